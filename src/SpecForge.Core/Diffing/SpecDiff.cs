using System;
using System.Collections.Generic;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Diffing.DocsIndex;
using SpecForge.Core.Diffing.OpenApi;
using SpecForge.Core.Documentation;
using SpecForge.Core.Documentation.Readers;
using SpecForge.Core.Reading.External;

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
    public static DiffReport Compare(IReadOnlyList<DocumentInput> old, IReadOnlyList<DocumentInput> @new) =>
        Compare(old, @new, SpecFileSource.None);

    /// <summary>
    /// Compares <paramref name="old"/> with <paramref name="new"/>, reading the files an OpenAPI side's <c>$ref</c>s
    /// name from <paramref name="files"/> (each side relative to its own root file).
    /// </summary>
    public static DiffReport Compare(IReadOnlyList<DocumentInput> old, IReadOnlyList<DocumentInput> @new, SpecFileSource files)
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
                // Blamed on the side that is not an index: an index that stopped being one (emptied, garbled) is the
                // usual cause, and its own reader would say nothing.
                var (index, other) = oldIsIndex ? (oldPath, newPath) : (newPath, oldPath);
                diagnostics.Add(SpecDiagnostic.Create(
                    DiagnosticCatalog.DiffInputsIncomparable,
                    $"'{other}' is not a docs index while '{index}' is; compare two indexes, or two API descriptions.",
                    other,
                    1,
                    1));
                return Empty(oldPath, newPath, diagnostics);
            }

            var oldSide = DiffSides.Read(old, diagnostics, files);
            var newSide = DiffSides.Read(@new, diagnostics, files);
            if (oldSide is null || newSide is null)
            {
                return Empty(oldPath, newPath, diagnostics);
            }

            return new DiffReport(oldPath, newPath, DiffInputKind.OpenApi, OpenApiDiffer.Compare(oldSide, newSide), Array.Empty<string>(), diagnostics);
        }
        catch (Exception ex) when (ProcessingSite.IsUnexpected(ex, out var site))
        {
            // Reading is guarded per side (DiffSides); what lands here happened while comparing.
            diagnostics.Add(SpecPipeline.InternalError(ex, newPath, site));
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
