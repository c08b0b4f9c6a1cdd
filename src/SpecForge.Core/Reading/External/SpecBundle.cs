using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using SpecForge.Core.Diagnostics;

namespace SpecForge.Core.Reading.External;

/// <summary>What bundling a multi-file spec gave: the single document as JSON (null when the root could not be read) and the problems met.</summary>
public sealed record SpecBundleResult(string? Json, IReadOnlyList<SpecDiagnostic> Diagnostics);

/// <summary>
/// <c>specforge bundle</c>: a spec and the files its <c>$ref</c>s name, written out as the one document SpecForge reads
/// them as (<see cref="ExternalReferences"/>), for tools that take one file and for reviewing what a build sees.
/// </summary>
public static class SpecBundle
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,

        // Spec text stays readable (no \u escapes of '<', '+' or non-ASCII letters); it is written to a .json file, not into HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Bundles <paramref name="text"/>, the content of <paramref name="rootPath"/>, reading its parts from <paramref name="files"/>.</summary>
    public static SpecBundleResult Bundle(string rootPath, string text, SpecFileSource files)
    {
        var diagnostics = new List<SpecDiagnostic>();
        if (ReadingLimits.CheckDocumentSize(rootPath, text) is { } tooLarge)
        {
            return new SpecBundleResult(null, new[] { tooLarge });
        }

        var tree = SpecFormats.Parse(rootPath, UnicodeText.ReplaceLoneSurrogates(text.TrimStart('\uFEFF')));
        diagnostics.AddRange(tree.Diagnostics);
        if (tree.Root is not JsonObject root || !(root.ContainsKey("openapi") || root.ContainsKey("swagger")))
        {
            if (tree.Root is not null)
            {
                diagnostics.Add(SpecDiagnostic.Create(DiagnosticCatalog.NotOpenApi, "This is not an OpenAPI document: its root needs an 'openapi' field (3.x) or a 'swagger: \"2.0\"' field.", rootPath, 1, 1));
            }

            return new SpecBundleResult(null, diagnostics);
        }

        ExternalReferences.Bundle(rootPath, root, tree.Locator, files, diagnostics);
        return new SpecBundleResult(root.ToJsonString(Indented) + "\n", diagnostics);
    }
}
