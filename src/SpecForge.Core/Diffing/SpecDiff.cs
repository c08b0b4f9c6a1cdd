using System;
using System.Collections.Generic;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Diffing.DocsIndex;
using SpecForge.Core.Diffing.OpenApi;
using SpecForge.Core.Normalizing;
using SpecForge.Core.Reading;

namespace SpecForge.Core.Diffing;

/// <summary>
/// <c>specforge diff</c>'s engine: two versions of an API in, one <see cref="DiffReport"/> out. Each side is one
/// OpenAPI file (2.0, 3.0 or 3.1; JSON or YAML), a set of documentation files normalized first, or one docs index.
/// Both sides are brought to Microsoft.OpenApi's model before comparing, so a 2.0 spec and its 3.1 conversion are
/// equal. Never throws: a failure becomes SF9999 in the report.
/// </summary>
public static class SpecDiff
{
    /// <summary>Compares <paramref name="old"/> with <paramref name="new"/>; each list is the files of one side.</summary>
    public static DiffReport Compare(IReadOnlyList<DocumentInput> old, IReadOnlyList<DocumentInput> @new)
    {
        var oldPath = old.Count > 0 ? old[0].Path : string.Empty;
        var newPath = @new.Count > 0 ? @new[0].Path : string.Empty;
        var diagnostics = new List<SpecDiagnostic>();
        try
        {
            var oldIsIndex = IsSingleDocsIndex(old);
            var newIsIndex = IsSingleDocsIndex(@new);
            if (oldIsIndex && newIsIndex)
            {
                var oldIndex = DocsIndexReader.Read(old[0].Path, old[0].Text);
                var newIndex = DocsIndexReader.Read(@new[0].Path, @new[0].Text);
                var indexDiff = DocsIndexDiffer.Compare(oldIndex, newIndex);
                return new DiffReport(oldPath, newPath, DiffInputKind.DocsIndex, indexDiff.Changes, indexDiff.Notes, diagnostics);
            }

            if (oldIsIndex != newIsIndex)
            {
                var index = oldIsIndex ? oldPath : newPath;
                diagnostics.Add(SpecDiagnostic.Create(
                    DiagnosticCatalog.DiffInputsIncomparable,
                    $"'{index}' is a docs index and the other side is not; compare two indexes, or two API descriptions.",
                    index,
                    1,
                    1));
                return Empty(oldPath, newPath, diagnostics);
            }

            var oldSide = DiffSides.Read(old, diagnostics);
            var newSide = DiffSides.Read(@new, diagnostics);
            if (oldSide is null || newSide is null)
            {
                return Empty(oldPath, newPath, diagnostics);
            }

            return new DiffReport(oldPath, newPath, DiffInputKind.OpenApi, OpenApiDiffer.Compare(oldSide, newSide), Array.Empty<string>(), diagnostics);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            diagnostics.Add(SpecPipeline.InternalError(ex, newPath));
            return Empty(oldPath, newPath, diagnostics);
        }
    }

    /// <summary>Compares two single files.</summary>
    public static DiffReport Compare(DocumentInput old, DocumentInput @new) => Compare(new[] { old }, new[] { @new });

    private static bool IsSingleDocsIndex(IReadOnlyList<DocumentInput> side) =>
        side.Count == 1 && DocumentKinds.Detect(side[0].Path, side[0].Text) == DocumentKind.DocsIndex;

    private static DiffReport Empty(string oldPath, string newPath, List<SpecDiagnostic> diagnostics) =>
        new(oldPath, newPath, DiffInputKind.OpenApi, Array.Empty<SpecChange>(), Array.Empty<string>(), diagnostics);
}
