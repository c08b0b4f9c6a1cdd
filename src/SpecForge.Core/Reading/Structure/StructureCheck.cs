using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using SpecForge.Core.Collections;
using SpecForge.Core.Diagnostics;

namespace SpecForge.Core.Reading.Structure;

/// <summary>
/// Checks a document's tree against the shapes OpenAPI allows before Microsoft.OpenApi builds its object model from
/// it: that reader throws, without a position, on a boolean field holding "yes", a count holding "x", a null where a
/// schema belongs, a boolean schema outside 3.1 and more. Each bad element is removed or replaced with a located
/// warning (SF1004), so the rest of the document is still generated; strings past the length limit are cut (SF1012)
/// and lone surrogates become U+FFFD (SF1013).
/// </summary>
internal sealed class StructureCheck
{
    private static readonly HashSet<string> ParameterLocations3 = new(StringComparer.Ordinal) { "query", "header", "path", "cookie" };
    private static readonly HashSet<string> ParameterLocations2 = new(StringComparer.Ordinal) { "query", "header", "path", "formData", "body" };
    private static readonly HashSet<string> TransferSchemes2 = new(StringComparer.OrdinalIgnoreCase) { "http", "https", "ws", "wss" };

    private readonly OpenApiGrammar _grammar;
    private readonly string _filePath;
    private readonly ISourceLocator _locator;
    private readonly List<SpecDiagnostic> _diagnostics;
    private readonly Dictionary<JsonObject, string> _kinds = new(ReferenceEquality<JsonObject>.Instance);
    private readonly List<ReferenceSite> _references = new();

    // 3.1 schemas named by $id: a $ref may use that URI instead of a JSON pointer.
    private readonly Dictionary<string, JsonObject> _schemaIds = new(StringComparer.Ordinal);

    private StructureCheck(OpenApiGrammar grammar, string filePath, ISourceLocator locator, List<SpecDiagnostic> diagnostics)
    {
        _grammar = grammar;
        _filePath = filePath;
        _locator = locator;
        _diagnostics = diagnostics;
    }

    /// <summary>Checks and repairs <paramref name="root"/> in place; returns the version it was read as.</summary>
    public static SpecGeneration Run(JsonObject root, string filePath, ISourceLocator locator, List<SpecDiagnostic> diagnostics)
    {
        var generation = SpecVersionCheck.Resolve(root, filePath, locator, diagnostics);
        var check = new StructureCheck(OpenApiGrammar.For(generation), filePath, locator, diagnostics);
        check.CheckObject(root, "Document", PathSegment.Root);
        new ReferenceCheck(root, generation, check._kinds, check._schemaIds, filePath, locator, diagnostics).Run(check._references);
        return generation;
    }

    // What to do with a node: keep it as it is, drop it, or put Replacement in its place.
    private readonly struct Verdict
    {
        private Verdict(bool remove, bool replace, JsonNode? replacement)
        {
            Remove = remove;
            Replace = replace;
            Replacement = replacement;
        }

        public static Verdict Keep => default;

        public static Verdict Drop => new(remove: true, replace: false, null);

        public bool Remove { get; }

        public bool Replace { get; }

        public JsonNode? Replacement { get; }

        public static Verdict With(JsonNode? replacement) => new(remove: false, replace: true, replacement);
    }

    private Verdict Check(JsonNode? node, Shape shape, PathSegment path)
    {
        switch (shape.Kind)
        {
            case ShapeKind.Any:
                return CheckAny(node, path);
            case ShapeKind.String:
                // A number or boolean where text belongs ("version: 1.0" in YAML) is its text, as every reader takes it.
                return node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? CheckString(value, path)
                    : node is JsonValue scalar && scalar.GetValueKind() is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False ? Verdict.With(JsonValue.Create(scalar.ToJsonString()))
                    : Wrong(node, shape, path);
            case ShapeKind.Boolean:
                return CheckBoolean(node, shape, path);
            case ShapeKind.Count:
                return IsCount(node) ? Verdict.Keep : Wrong(node, shape, path);
            case ShapeKind.Number:
                return IsNumber(node) ? Verdict.Keep : Wrong(node, shape, path);
            case ShapeKind.BooleanOrNumber:
                return IsNumber(node) ? Verdict.Keep : CheckBoolean(node, shape, path);
            case ShapeKind.TypeNames:
                return CheckTypeNames(node, path);
            case ShapeKind.Object:
                return node is JsonObject obj ? CheckObject(obj, shape.Name!, path) : Wrong(node, shape, path);
            case ShapeKind.Map:
                return node is JsonObject map ? CheckMap(map, shape, path) : Wrong(node, shape, path);
            case ShapeKind.List:
                return node is JsonArray list ? CheckList(list, shape.Item!, path) : Wrong(node, shape, path);
            case ShapeKind.SchemaOrBoolean when node is JsonValue flag && flag.GetValueKind() is JsonValueKind.True or JsonValueKind.False:
                return Verdict.Keep;
            default:
                return CheckSchema(node, path);
        }
    }

    private Verdict CheckObject(JsonObject obj, string kind, PathSegment path)
    {
        if (obj.TryGetPropertyValue("$ref", out var reference) && !IsNonEmptyString(reference))
        {
            Report($"'$ref' must be a non-empty string holding a reference; found {Describe(reference)}. It is ignored.", path.Key("$ref"));
            obj.Remove("$ref");
        }

        CheckKeys(obj, path);
        _kinds[obj] = kind;
        if (obj.ContainsKey("$ref"))
        {
            _references.Add(new ReferenceSite(obj, kind, path));
        }

        if (kind == "Schema" && obj["$id"] is JsonValue id && id.GetValueKind() == JsonValueKind.String)
        {
            _schemaIds[id.GetValue<string>()] = obj;
        }

        var fields = _grammar.Fields(kind);
        foreach (var entry in obj.ToList())
        {
            var shape = fields.TryGetValue(entry.Key, out var known) ? known : Shape.Any;
            Apply(obj, entry.Key, Check(entry.Value, shape, path.Key(entry.Key)));
        }

        return obj.ContainsKey("$ref") ? Verdict.Keep : CheckMeaning(obj, kind, path);
    }

    // Beyond kinds: what an object needs to mean anything to the readers downstream.
    private Verdict CheckMeaning(JsonObject obj, string kind, PathSegment path)
    {
        switch (kind)
        {
            case "Parameter":
                var locations = _grammar.Generation == SpecGeneration.Swagger2 ? ParameterLocations2 : ParameterLocations3;
                if (!IsNonEmptyString(obj["name"]))
                {
                    Report($"A parameter needs a 'name'; this one has {Describe(obj["name"])}, so it is skipped.", obj.ContainsKey("name") ? path.Key("name") : path);
                    return Verdict.Drop;
                }

                if (obj["in"] is not JsonValue where || where.GetValueKind() != JsonValueKind.String || !locations.Contains(where.GetValue<string>()))
                {
                    Report($"A parameter's 'in' is one of {string.Join(", ", locations)}; the parameter '{obj["name"]!.GetValue<string>()}' has {Describe(obj["in"])}, so it is skipped.", obj.ContainsKey("in") ? path.Key("in") : path);
                    return Verdict.Drop;
                }

                if (_grammar.Generation == SpecGeneration.Swagger2 && where.GetValue<string>() != "body" && !obj.ContainsKey("type"))
                {
                    Report($"The {where.GetValue<string>()} parameter '{obj["name"]!.GetValue<string>()}' has no 'type'; it is read as a string.", path);
                    obj["type"] = "string";
                }

                return Verdict.Keep;
            case "Discriminator" when !IsNonEmptyString(obj["propertyName"]):
                Report("A discriminator needs a 'propertyName'; this one is ignored.", path);
                return Verdict.Drop;
            case "Tag" when !IsNonEmptyString(obj["name"]):
                Report("A tag needs a 'name'; this one is skipped.", path);
                return Verdict.Drop;
            case "Server" when !obj.ContainsKey("url"):
                Report("A server needs a 'url'; this one is skipped.", path);
                return Verdict.Drop;
            case "Document" or "Operation" when _grammar.Generation == SpecGeneration.Swagger2 && obj["schemes"] is JsonArray schemes:
                DropUnknownSchemes(schemes, path.Key("schemes"));
                return Verdict.Keep;
            case "SecurityScheme" when !IsNonEmptyString(obj["type"]):
                Report("A security scheme needs a 'type'; this one is skipped.", path);
                return Verdict.Drop;
            default:
                return Verdict.Keep;
        }
    }

    // Microsoft.OpenApi builds each 2.0 server's URL from a scheme, the host and the base path, and throws on a scheme
    // that cannot start a URI; 2.0 allows only these four.
    private void DropUnknownSchemes(JsonArray schemes, PathSegment path)
    {
        var unknown = new List<int>();
        for (var i = 0; i < schemes.Count; i++)
        {
            if (schemes[i] is not JsonValue value || value.GetValueKind() != JsonValueKind.String || !TransferSchemes2.Contains(value.GetValue<string>()))
            {
                Report($"A scheme is one of {string.Join(", ", TransferSchemes2)}; {Describe(schemes[i])} is left out.", path.Index(i));
                unknown.Add(i);
            }
        }

        for (var i = unknown.Count - 1; i >= 0; i--)
        {
            schemes.RemoveAt(unknown[i]);
        }
    }

    private Verdict CheckMap(JsonObject map, Shape shape, PathSegment path)
    {
        if (shape.Name is { } kind)
        {
            _kinds[map] = kind;
            if (map.ContainsKey("$ref"))
            {
                return CheckObject(map, kind, path);
            }
        }

        CheckKeys(map, path);
        foreach (var entry in map.ToList())
        {
            var isExtension = shape.AllowsExtensions && entry.Key.StartsWith("x-", StringComparison.Ordinal);
            Apply(map, entry.Key, Check(entry.Value, isExtension ? Shape.Any : shape.Item!, path.Key(entry.Key)));
        }

        return Verdict.Keep;
    }

    private Verdict CheckList(JsonArray list, Shape item, PathSegment path)
    {
        for (var index = list.Count - 1; index >= 0; index--)
        {
            var verdict = Check(list[index], item, path.Index(index));
            if (verdict.Remove)
            {
                list.RemoveAt(index);
            }
            else if (verdict.Replace)
            {
                list[index] = verdict.Replacement;
            }
        }

        return Verdict.Keep;
    }

    private Verdict CheckSchema(JsonNode? node, PathSegment path)
    {
        switch (node)
        {
            case JsonObject schema:
                return CheckObject(schema, "Schema", path);
            case JsonValue flag when flag.GetValueKind() is JsonValueKind.True or JsonValueKind.False:
                // JSON Schema's boolean schemas: true allows anything, false nothing. OpenAPI 3.1 allows them
                // everywhere; the reader does not, so they become the objects that mean the same.
                var allows = flag.GetValueKind() == JsonValueKind.True;
                if (_grammar.Generation != SpecGeneration.OpenApi31)
                {
                    Report($"A boolean schema ({(allows ? "true" : "false")}) is OpenAPI 3.1; it is read as {(allows ? "{}" : "{\"not\": {}}")}.", path);
                }

                return Verdict.With(allows ? new JsonObject() : new JsonObject { ["not"] = new JsonObject() });
            default:
                return Wrong(node, Shape.Schema, path);
        }
    }

    private Verdict CheckTypeNames(JsonNode? node, PathSegment path)
    {
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            return CheckString(value, path);
        }

        if (node is JsonArray names)
        {
            CheckList(names, Shape.String, path);
            foreach (var item in names.ToList())
            {
                if (item is not JsonValue name || name.GetValueKind() != JsonValueKind.String)
                {
                    names.Remove(item);
                }
            }

            return names.Count > 0 ? Verdict.Keep : Verdict.Drop;
        }

        return Wrong(node, Shape.TypeNames, path);
    }

    private Verdict CheckBoolean(JsonNode? node, Shape shape, PathSegment path)
    {
        if (node is JsonValue value)
        {
            switch (value.GetValueKind())
            {
                case JsonValueKind.True:
                case JsonValueKind.False:
                    return Verdict.Keep;
                case JsonValueKind.String when bool.TryParse(value.GetValue<string>(), out var parsed):
                    return Verdict.With(JsonValue.Create(parsed));
            }
        }

        return Wrong(node, shape, path);
    }

    private Verdict CheckAny(JsonNode? node, PathSegment path)
    {
        switch (node)
        {
            case JsonObject obj:
                CheckKeys(obj, path);
                foreach (var entry in obj.ToList())
                {
                    Apply(obj, entry.Key, CheckAny(entry.Value, path.Key(entry.Key)));
                }

                return Verdict.Keep;
            case JsonArray array:
                return CheckList(array, Shape.Any, path);
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                return CheckString(value, path);
            default:
                return Verdict.Keep;
        }
    }

    private Verdict CheckString(JsonValue value, PathSegment path)
    {
        var text = value.GetValue<string>();
        var repaired = Repair(text, path);
        return ReferenceEquals(repaired, text) ? Verdict.Keep : Verdict.With(JsonValue.Create(repaired));
    }

    // Keys are checked like strings; a repaired key keeps its value under the new name.
    private void CheckKeys(JsonObject obj, PathSegment path)
    {
        foreach (var entry in obj.ToList())
        {
            var repaired = Repair(entry.Key, path.Key(entry.Key));
            if (!ReferenceEquals(repaired, entry.Key))
            {
                var value = entry.Value;
                obj.Remove(entry.Key);
                obj[repaired] = value;
            }
        }
    }

    private string Repair(string text, PathSegment path)
    {
        if (text.Length > ReadingLimits.MaxStringChars)
        {
            Report(DiagnosticCatalog.InputTooLarge, SpecSeverity.Error, $"A string of {text.Length:N0} characters; SpecForge reads at most {ReadingLimits.MaxStringChars:N0} per string, so it is cut there.", path);
            text = text.Substring(0, ReadingLimits.MaxStringChars);
        }

        if (UnicodeText.HasLoneSurrogate(text))
        {
            Report(DiagnosticCatalog.ValueRepaired, SpecSeverity.Warning, "The text holds a lone UTF-16 surrogate, which is no character; it is read as U+FFFD.", path);
            text = UnicodeText.ReplaceLoneSurrogates(text);
        }

        return text;
    }

    private Verdict Wrong(JsonNode? node, Shape expected, PathSegment path)
    {
        Report($"Expected {expected} here; found {Describe(node)}. It is ignored.", path);
        return Verdict.Drop;
    }

    private static void Apply(JsonObject obj, string key, Verdict verdict)
    {
        if (verdict.Remove)
        {
            obj.Remove(key);
        }
        else if (verdict.Replace)
        {
            obj[key] = verdict.Replacement;
        }
    }

    private static bool IsNonEmptyString(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>().Length > 0;

    private static bool IsCount(JsonNode? node) =>
        node is JsonValue value
        && (value.GetValueKind() == JsonValueKind.Number || value.GetValueKind() == JsonValueKind.String)
        && int.TryParse(Text(value), NumberStyles.None, CultureInfo.InvariantCulture, out _);

    // Microsoft.OpenApi keeps bounds as decimal; a number past decimal's range would overflow it.
    private static bool IsNumber(JsonNode? node) =>
        node is JsonValue value
        && (value.GetValueKind() == JsonValueKind.Number || value.GetValueKind() == JsonValueKind.String)
        && decimal.TryParse(Text(value), NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static string Text(JsonValue value) => value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();

    private static string Describe(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return "null";
            case JsonObject:
                return "an object";
            case JsonArray:
                return "an array";
            default:
                var text = node.ToJsonString();
                return text.Length <= 40 ? text : text.Substring(0, 40) + "…";
        }
    }

    private void Report(string message, PathSegment path) =>
        Report(DiagnosticCatalog.OpenApiStructureError, SpecSeverity.Warning, message, path);

    private void Report(string id, SpecSeverity severity, string message, PathSegment path) =>
        _diagnostics.Add(SpecDiagnostic.At(id, message, _filePath, _locator.Locate(path.Pointer)) with { Severity = severity });
}
