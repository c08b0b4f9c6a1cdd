using SpecForge.Core.Diagnostics;

namespace SpecForge.Core.Documentation.Draft;

/// <summary>Reports a normalizer finding at the documentation position of the element it concerns.</summary>
internal static class DraftDiagnostics
{
    public static void Report(this DraftApi api, string id, string message, SourceRef? source) =>
        api.Diagnostics.Add(source is null
            ? SpecDiagnostic.Create(id, message, string.Empty)
            : SpecDiagnostic.Create(id, message, source.File, source.Line, source.Column));
}
