using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SpecForge.Generator;

/// <summary>
/// Where the SDKs of a project find the runtime: emitted into the project as source (the default), or in the
/// SpecForge.Runtime package (<c>&lt;SpecForgeRuntime&gt;Package&lt;/SpecForgeRuntime&gt;</c>), so that several assemblies
/// share one <c>ApiException</c>.
/// </summary>
/// <param name="UsesPackage">The project set <c>SpecForgeRuntime</c> to <c>Package</c>.</param>
/// <param name="Unrecognized">The value the project set when it is neither <c>Source</c> nor <c>Package</c>, else null.</param>
internal sealed record RuntimeChoice(bool UsesPackage, string? Unrecognized)
{
    /// <summary>
    /// Emitted source holds only what the SDKs reach (the default); <c>&lt;SpecForgeTrimRuntime&gt;false&lt;/SpecForgeTrimRuntime&gt;</c>
    /// emits each part whole, for a project whose own code calls the runtime's internal helpers.
    /// </summary>
    public bool TrimsSource { get; init; } = true;

    /// <summary>The namespace, assembly and package name of the packaged runtime: the runtime's sources as they are written.</summary>
    public const string PackageName = SpecForge.Core.Emitting.Runtime.RuntimeEmitter.PackageNamespace;

    public static RuntimeChoice Read(AnalyzerConfigOptionsProvider options)
    {
        options.GlobalOptions.TryGetValue("build_property.SpecForgeRuntime", out var value);
        var trimmed = value?.Trim() ?? string.Empty;
        options.GlobalOptions.TryGetValue("build_property.SpecForgeTrimRuntime", out var trim);
        var choice = trimmed.Length == 0 || string.Equals(trimmed, "Source", StringComparison.OrdinalIgnoreCase) ? new RuntimeChoice(false, null)
            : string.Equals(trimmed, "Package", StringComparison.OrdinalIgnoreCase) ? new RuntimeChoice(true, null)
            : new RuntimeChoice(false, trimmed);
        return choice with { TrimsSource = !string.Equals(trim?.Trim(), "false", StringComparison.OrdinalIgnoreCase) };
    }
}
