using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Documentation;
using SpecForge.Core.Documentation.Readers;
using SpecForge.Core.Reading;
using SpecForge.Core.Reading.External;

namespace SpecForge.Core.Diffing;

/// <summary>Reads one side of a diff into a <see cref="DiffSide"/>, locating pointers where the user can look them up.</summary>
internal static class DiffSides
{
    private const string SourceExtension = "x-specforge-source";

    /// <summary>
    /// The side, or null (with an error in <paramref name="diagnostics"/>) when no document could be read. An
    /// unexpected exception is SF9999 on this side's file, never on the other side's.
    /// </summary>
    public static DiffSide? Read(IReadOnlyList<DocumentInput> files, List<SpecDiagnostic> diagnostics, SpecFileSource parts)
    {
        try
        {
            return ReadSide(files, diagnostics, parts);
        }
        catch (System.Exception ex) when (ProcessingSite.IsUnexpected(ex, out var site))
        {
            diagnostics.Add(SpecPipeline.InternalError(ex, files.Count > 0 ? files[0].Path : string.Empty, site));
            return null;
        }
    }

    private static DiffSide? ReadSide(IReadOnlyList<DocumentInput> files, List<SpecDiagnostic> diagnostics, SpecFileSource parts)
    {
        if (files.Count == 1 && DocumentKinds.Detect(files[0].Path, files[0].Text) == DocumentKind.OpenApi)
        {
            var read = OpenApiReader.Read(files[0].Path, files[0].Text, Reading.Selecting.OperationFilter.All, parts);
            diagnostics.AddRange(read.Diagnostics.Where(d => d.Severity == SpecSeverity.Error));
            if (read.Document is null)
            {
                return null;
            }

            var locator = read.Locator;
            return new DiffSide(files[0].Path, read.Document, pointer =>
            {
                var position = locator.Locate(pointer);
                return new ChangeLocation(pointer, position.Line, position.Column, position.FilePath);
            });
        }

        var normalized = DocsNormalizer.Normalize(files);
        diagnostics.AddRange(normalized.Diagnostics.Where(d => d.Severity == SpecSeverity.Error));
        if (normalized.Json is null || normalized.Document is null)
        {
            return null;
        }

        var document = OpenApiReader.Read(files[0].Path + ".normalized.json", normalized.Json).Document;
        if (document is null)
        {
            return null;
        }

        var tree = normalized.Document;
        return new DiffSide(files[0].Path, document, pointer => LocateInSources(tree, pointer));
    }

    // A position in the normalized JSON means nothing to the user; the normalizer stamped each operation, parameter
    // and schema it wrote with the documentation file and line it came from, so the nearest stamp is the answer.
    private static ChangeLocation LocateInSources(JsonObject root, string pointer)
    {
        JsonNode? node = root;
        var best = SourceOf(root);
        foreach (var segment in JsonPointers.Split(pointer))
        {
            node = node switch
            {
                JsonObject o => o[segment],
                JsonArray a when int.TryParse(segment, out var i) && i >= 0 && i < a.Count => a[i],
                _ => null,
            };
            if (node is null)
            {
                break;
            }

            best = SourceOf(node) ?? best;
        }

        return best is { } source
            ? new ChangeLocation(pointer, source.Line, source.Column, source.File)
            : new ChangeLocation(pointer);
    }

    private static (string File, int Line, int Column)? SourceOf(JsonNode node) =>
        node is JsonObject o && o[SourceExtension] is JsonObject source && source["file"]?.GetValue<string>() is { } file
            ? (file, source["line"]?.GetValue<int>() ?? 0, source["column"]?.GetValue<int>() ?? 0)
            : null;
}
