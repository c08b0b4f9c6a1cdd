using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Reading.External;
using SpecForge.Core.Reading.Selecting;
using SpecForge.Core.Reading.Structure;

namespace SpecForge.Core.Reading;

/// <summary>
/// Reads OpenAPI 2.0, 3.0 and 3.1 documents, JSON or YAML, through Microsoft.OpenApi's JSON reader.
/// YAML is first turned into the same JSON tree, so both syntaxes behave identically from here on.
/// </summary>
public static class OpenApiReader
{
    // The reader says this for a $ref whose target is missing; it files it as a mere validation warning.
    private const string UnresolvedReferenceText = "does not point to an existing";

    // Never resolved: the generator must not touch the network or files outside its inputs.
    private static readonly Uri DocumentLocation = new("file:///specforge/spec.json");

    /// <summary>Reads <paramref name="text"/>, the content of <paramref name="filePath"/>.</summary>
    public static OpenApiReadResult Read(string filePath, string text) => Read(filePath, text, OperationFilter.All);

    /// <summary>
    /// Reads <paramref name="text"/>, the content of <paramref name="filePath"/>, keeping only the operations
    /// <paramref name="operations"/> selects and what they reach.
    /// </summary>
    public static OpenApiReadResult Read(string filePath, string text, OperationFilter operations) =>
        Read(filePath, text, operations, SpecFileSource.None);

    /// <summary>
    /// Reads <paramref name="text"/>, the content of <paramref name="filePath"/>, with the files its <c>$ref</c>s name
    /// taken from <paramref name="files"/>, keeping only the operations <paramref name="operations"/> selects and what they reach.
    /// </summary>
    public static OpenApiReadResult Read(string filePath, string text, OperationFilter operations, SpecFileSource files)
    {
        // A file read from disk cannot hold a lone surrogate; text handed over in memory can, and no writer takes it.
        text = UnicodeText.ReplaceLoneSurrogates(text.TrimStart('\uFEFF'));
        if (ReadingLimits.CheckDocumentSize(filePath, text) is { } tooLarge)
        {
            return new OpenApiReadResult(null, new FixedSourceLocator(SourcePosition.Start), new[] { tooLarge });
        }

        var tree = SpecFormats.Parse(filePath, text);

        var diagnostics = new List<SpecDiagnostic>(tree.Diagnostics);
        if (tree.Root is null)
        {
            if (diagnostics.Count == 0)
            {
                diagnostics.Add(SpecDiagnostic.Create(DiagnosticCatalog.NotOpenApi, "The file is empty.", filePath, 1, 1));
            }

            return new OpenApiReadResult(null, tree.Locator, diagnostics);
        }

        if (!LooksLikeOpenApi(tree.Root))
        {
            diagnostics.Add(SpecDiagnostic.At(
                DiagnosticCatalog.NotOpenApi,
                "This is not an OpenAPI document: its root needs an 'openapi' field (3.x) or a 'swagger: \"2.0\"' field.",
                filePath,
                tree.Locator.Locate(string.Empty)));
            return new OpenApiReadResult(null, tree.Locator, diagnostics);
        }

        // Parts first, so everything after sees one document whose positions still lead back to the file each part is in.
        var locator = ExternalReferences.MayHaveAny(text)
            ? ExternalReferences.Bundle(filePath, (JsonObject)tree.Root, tree.Locator, files, diagnostics)
            : tree.Locator;

        // Microsoft.OpenApi throws on shapes it does not expect; whatever would make it throw is reported and repaired first.
        StructureCheck.Run((JsonObject)tree.Root, filePath, locator, diagnostics);

        // On the checked tree, so selection follows only references that resolve; before Microsoft.OpenApi, so it
        // never reads what is dropped.
        OperationSelection.Apply((JsonObject)tree.Root, operations, filePath, locator, diagnostics);
        SchemaRewrites.Apply((JsonObject)tree.Root);
        var settings = new OpenApiReaderSettings { LoadExternalRefs = false };
        var (result, removed) = ElementIsolation.Read((JsonObject)tree.Root, root => new OpenApiJsonReader().Read(root, DocumentLocation, settings));
        foreach (var (pointer, failure) in removed)
        {
            diagnostics.Add(SpecDiagnostic.At(
                DiagnosticCatalog.OpenApiStructureError,
                $"The OpenAPI reader fails on this element ({failure.GetType().Name}: {failure.Message}); it is left out so the rest can be generated.",
                filePath,
                locator.Locate(pointer)));
        }

        foreach (var error in result.Diagnostic?.Errors ?? (IList<OpenApiError>)Array.Empty<OpenApiError>())
        {
            // A part the reader could not read is skipped; while the rest still makes a document, real specs
            // (odd "$vocabulary" values, say) must not fail the user's build over it.
            var isError = error is not OpenApiValidatorError && result.Document is null;
            diagnostics.Add(Convert(error, isError, filePath, locator));
        }

        foreach (var warning in result.Diagnostic?.Warnings ?? (IList<OpenApiError>)Array.Empty<OpenApiError>())
        {
            diagnostics.Add(Convert(warning, isError: false, filePath, locator));
        }

        return new OpenApiReadResult(result.Document, locator, diagnostics);
    }

    private static bool LooksLikeOpenApi(JsonNode root) =>
        root is JsonObject obj
        && ((obj["openapi"] is JsonValue openapi && openapi.ToString().StartsWith("3", StringComparison.Ordinal))
            || (obj["swagger"] is JsonValue swagger && swagger.ToString().StartsWith("2", StringComparison.Ordinal)));

    private static SpecDiagnostic Convert(OpenApiError error, bool isError, string filePath, ISourceLocator locator)
    {
        var pointer = error.Pointer ?? string.Empty;
        var position = locator.Locate(pointer);
        if (error.Message.IndexOf(UnresolvedReferenceText, StringComparison.Ordinal) >= 0)
        {
            return SpecDiagnostic.At(DiagnosticCatalog.UnresolvedReference, error.Message, filePath, position);
        }

        var where = pointer.Length > 0 ? $" (at {pointer})" : string.Empty;
        if (error is OpenApiValidatorError or OpenApiValidatorWarning)
        {
            return SpecDiagnostic.At(DiagnosticCatalog.OpenApiValidationWarning, error.Message + where, filePath, position);
        }

        var severity = isError ? SpecSeverity.Error : SpecSeverity.Warning;
        return new SpecDiagnostic(DiagnosticCatalog.OpenApiStructureError, severity, error.Message + where + (isError ? string.Empty : "; this part is skipped."), position.FilePath ?? filePath, position.Line, position.Column);
    }
}
