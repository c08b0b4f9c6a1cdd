namespace SpecForge.Core.Diagnostics;

/// <summary>How serious a <see cref="SpecDiagnostic"/> is; maps one to one onto Roslyn's severities.</summary>
public enum SpecSeverity
{
    /// <summary>Worth knowing; never fails a build.</summary>
    Info,

    /// <summary>Probably a mistake in the input; the output is still usable.</summary>
    Warning,

    /// <summary>The input is wrong; the output is missing or incomplete.</summary>
    Error,
}
