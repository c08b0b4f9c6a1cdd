using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SpecForge.Core.Diagnostics;

namespace SpecForge.Core.Reading.Structure;

/// <summary>
/// Reads the document's version field and writes back one Microsoft.OpenApi accepts: it throws on anything else
/// ("2.0.0", "3", "3.9.9"), so those are read as the nearest version SpecForge knows, with a warning.
/// </summary>
internal static class SpecVersionCheck
{
    public static SpecGeneration Resolve(JsonObject root, string filePath, ISourceLocator locator, List<SpecDiagnostic> diagnostics)
    {
        // OpenAPI 3's field wins when it holds a 3.x version; a Swagger 2 field wins over any other 'openapi'.
        var isSwagger = root.ContainsKey("swagger") && !Text(root["openapi"]).StartsWith("3", StringComparison.Ordinal);
        var key = isSwagger ? "swagger" : "openapi";
        var other = isSwagger ? "openapi" : "swagger";
        var written = Text(root[key]);
        var (canonical, generation) = isSwagger ? ("2.0", SpecGeneration.Swagger2) : Canonical3(written);
        if (root.ContainsKey(other))
        {
            root.Remove(other);
            diagnostics.Add(Warning($"The document has both 'openapi' and 'swagger' fields; it is read as {(isSwagger ? "Swagger" : "OpenAPI")} {canonical}.", "/" + other));
        }

        if (written != canonical || root[key] is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
        {
            root[key] = canonical;
            if (!(isSwagger ? written == "2.0" : IsKnown3(written)))
            {
                diagnostics.Add(Warning($"'{key}: {written}' is not a version SpecForge knows; the document is read as {(isSwagger ? "Swagger" : "OpenAPI")} {canonical}.", "/" + key));
            }
        }

        return generation;

        SpecDiagnostic Warning(string message, string pointer) =>
            SpecDiagnostic.At(DiagnosticCatalog.OpenApiStructureError, message, filePath, locator.Locate(pointer)) with { Severity = SpecSeverity.Warning };
    }

    private static (string Canonical, SpecGeneration Generation) Canonical3(string written)
    {
        var parts = written.Split('.');
        var minor = parts.Length > 1 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : 0;
        var patchIsNumber = parts.Length == 3 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out _);
        return minor switch
        {
            0 => (patchIsNumber ? written : "3.0.0", SpecGeneration.OpenApi30),
            1 => (patchIsNumber ? written : "3.1.0", SpecGeneration.OpenApi31),
            2 => (patchIsNumber ? written : "3.2.0", SpecGeneration.OpenApi31),
            _ => ("3.1.0", SpecGeneration.OpenApi31),
        };
    }

    private static bool IsKnown3(string written) =>
        written.StartsWith("3.0.", StringComparison.Ordinal) || written.StartsWith("3.1.", StringComparison.Ordinal) || written.StartsWith("3.2.", StringComparison.Ordinal)
        || written is "3.0" or "3.1" or "3.2";

    private static string Text(JsonNode? node) => node switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value => value.ToJsonString(),
        _ => string.Empty,
    };
}
