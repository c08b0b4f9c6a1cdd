using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
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
    // "3.1.0", "3.1" or "3": the minor version, and the patch when there is one.
    private static readonly Regex Version3 = new(@"^3(?:\.([0-9]{1,3})(\.[0-9]{1,3})?)?$", RegexOptions.CultureInvariant);

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
        var match = Version3.Match(written);
        var minor = !match.Success ? -1 : match.Groups[1].Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var exact = match.Success && match.Groups[2].Success;
        return minor switch
        {
            0 => (exact ? written : "3.0.0", SpecGeneration.OpenApi30),
            1 => (exact ? written : "3.1.0", SpecGeneration.OpenApi31),
            2 => (exact ? written : "3.2.0", SpecGeneration.OpenApi31),
            _ => ("3.1.0", SpecGeneration.OpenApi31),
        };
    }

    private static bool IsKnown3(string written) => Version3.Match(written) is { Success: true } match && match.Groups[1].Value is "0" or "1" or "2";

    private static string Text(JsonNode? node) => node switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value => value.ToJsonString(),
        _ => string.Empty,
    };
}
