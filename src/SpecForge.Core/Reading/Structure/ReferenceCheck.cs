using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using SpecForge.Core.Collections;
using SpecForge.Core.Diagnostics;

namespace SpecForge.Core.Reading.Structure;

/// <summary>
/// Follows every <c>$ref</c> of a checked document before Microsoft.OpenApi does: its resolver throws on a chain of
/// references that comes back to itself and on an empty or odd target, and silently drops what it cannot fetch. A
/// reference that points at nothing, at the wrong kind of object, outside the document, or round in a circle is a
/// located error; a schema so referenced becomes "any value" and any other object is left out, so the rest of the
/// document still generates.
/// </summary>
internal sealed class ReferenceCheck
{
    private readonly JsonObject _root;
    private readonly SpecGeneration _generation;
    private readonly IReadOnlyDictionary<JsonObject, string> _kinds;
    private readonly IReadOnlyDictionary<string, JsonObject> _schemaIds;
    private readonly string _filePath;
    private readonly ISourceLocator _locator;
    private readonly List<SpecDiagnostic> _diagnostics;

    public ReferenceCheck(
        JsonObject root,
        SpecGeneration generation,
        IReadOnlyDictionary<JsonObject, string> kinds,
        IReadOnlyDictionary<string, JsonObject> schemaIds,
        string filePath,
        ISourceLocator locator,
        List<SpecDiagnostic> diagnostics)
    {
        _root = root;
        _generation = generation;
        _kinds = kinds;
        _schemaIds = schemaIds;
        _filePath = filePath;
        _locator = locator;
        _diagnostics = diagnostics;
    }

    public void Run(IEnumerable<ReferenceSite> sites)
    {
        foreach (var site in sites)
        {
            // An earlier site's repair may have emptied this one already.
            if (site.Node["$ref"] is JsonValue value && value.GetValueKind() == JsonValueKind.String)
            {
                Check(site, value.GetValue<string>());
            }
        }
    }

    private void Check(ReferenceSite site, string reference)
    {
        reference = LocalForm(site, reference);
        if (IsSchemaIdReference(reference) || IsComponentNamedById(site, reference))
        {
            return;
        }

        if (!reference.StartsWith("#", StringComparison.Ordinal))
        {
            Fail(site, DiagnosticCatalog.UnresolvedReference, $"The reference '{reference}' is to another file or address; SpecForge reads only the spec file itself and never the network, so it is left out.");
            return;
        }

        var chain = new List<string> { reference };
        var visited = new HashSet<JsonObject>(ReferenceEquality<JsonObject>.Instance) { site.Node };
        while (true)
        {
            var target = Resolve(reference);
            if (target is null)
            {
                Fail(site, DiagnosticCatalog.UnresolvedReference, $"The {Noun(site.Kind)} reference '{reference}' does not point to an existing {Noun(site.Kind)}.");
                return;
            }

            if (!_kinds.TryGetValue(target, out var kind) || !Compatible(site.Kind, kind))
            {
                Fail(site, DiagnosticCatalog.UnresolvedReference, $"The {Noun(site.Kind)} reference '{reference}' points at {(kind is null ? "something that is not one" : "a " + Noun(kind))}.");
                return;
            }

            if (target["$ref"] is not JsonValue next || next.GetValueKind() != JsonValueKind.String)
            {
                return;
            }

            if (!visited.Add(target))
            {
                Fail(site, DiagnosticCatalog.ReferenceCycle, $"This $ref leads only to other $refs and round again ({string.Join(" → ", chain)}), so it names no {Noun(site.Kind)}.");
                return;
            }

            reference = next.GetValue<string>();
            if (!reference.StartsWith("#", StringComparison.Ordinal))
            {
                return;
            }

            chain.Add(reference);
        }
    }

    // A bare name ("Pet") is how some 2.0 tools wrote a definition's reference; when that definition exists, say so
    // and read it as the reference it means.
    private string LocalForm(ReferenceSite site, string reference)
    {
        if (site.Kind != "Schema" || reference.StartsWith("#", StringComparison.Ordinal) || reference.IndexOfAny(new[] { '/', '.', ':' }) >= 0)
        {
            return reference;
        }

        var local = (_generation == SpecGeneration.Swagger2 ? "#/definitions/" : "#/components/schemas/") + JsonPointers.EscapeSegment(reference);
        if (Resolve(local) is null)
        {
            return reference;
        }

        _diagnostics.Add(SpecDiagnostic.At(DiagnosticCatalog.OpenApiStructureError, $"The reference '{reference}' is a bare name; it is read as '{local}'.", _filePath, _locator.Locate(site.Path.Key("$ref").Pointer)) with { Severity = SpecSeverity.Warning });
        site.Node["$ref"] = local;
        return local;
    }

    // JSON Schema 2020-12 lets a 3.1 schema be named by its $id ("/components/schemas/tag"), a fragment after it being
    // a pointer into it or one of its $anchor names; Microsoft.OpenApi resolves those itself.
    private bool IsSchemaIdReference(string reference)
    {
        var hash = reference.IndexOf('#');
        var uri = hash < 0 ? reference : reference.Substring(0, hash);
        if (uri.Length == 0 || !_schemaIds.TryGetValue(uri, out var schema))
        {
            return false;
        }

        var fragment = hash < 0 ? string.Empty : reference.Substring(hash + 1);
        return fragment.Length == 0 || fragment.StartsWith("/", StringComparison.Ordinal) || HasAnchor(schema, fragment);
    }

    // Microsoft.OpenApi writes a reference to a 3.1 schema named by $id as "#/components/schemas/" + that $id, and
    // resolves it the same way when reading; a document it wrote must read back.
    private bool IsComponentNamedById(ReferenceSite site, string reference)
    {
        const string Prefix = "#/components/schemas/";
        return site.Kind == "Schema"
            && reference.StartsWith(Prefix, StringComparison.Ordinal)
            && Resolve(reference) is null
            && IsSchemaIdReference(reference.Substring(Prefix.Length));
    }

    private static bool HasAnchor(JsonNode? node, string anchor) => node switch
    {
        JsonObject obj => (obj["$anchor"] is JsonValue name && name.GetValueKind() == JsonValueKind.String && name.GetValue<string>() == anchor)
            || obj.Any(entry => HasAnchor(entry.Value, anchor)),
        JsonArray array => array.Any(item => HasAnchor(item, anchor)),
        _ => false,
    };

    private JsonObject? Resolve(string reference) =>
        JsonPointers.FromFragment(reference) is { } tokens ? JsonPointers.Resolve(_root, tokens) as JsonObject : null;

    private static bool Compatible(string siteKind, string targetKind) => siteKind == targetKind;

    private void Fail(ReferenceSite site, string id, string message)
    {
        _diagnostics.Add(SpecDiagnostic.At(id, message, _filePath, _locator.Locate(site.Path.Key("$ref").Pointer)));
        if (site.Kind == "Schema")
        {
            site.Node.Remove("$ref");
            return;
        }

        switch (site.Node.Parent)
        {
            case JsonObject parent:
                parent.Remove(site.Node.GetPropertyName());
                break;
            case JsonArray list:
                list.RemoveAt(site.Node.GetElementIndex());
                break;
        }
    }

    private static string Noun(string kind) => kind switch
    {
        "Schema" => "schema",
        "PathItem" => "path item",
        "RequestBody" => "request body",
        "SecurityScheme" => "security scheme",
        _ => kind.ToLowerInvariant(),
    };
}
