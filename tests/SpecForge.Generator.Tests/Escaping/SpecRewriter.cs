using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SpecForge.Generator.Tests.Escaping;

/// <summary>
/// Appends text to every string of an OpenAPI 3.1 document that the model carries towards generated code: titles,
/// summaries and descriptions everywhere, names of schemas, properties, parameters, headers, tags, security schemes
/// and scopes, operationIds, paths, media types, enum values and their names, defaults, examples, consts, patterns,
/// formats, server URLs and variables, discriminator values. What the structure hangs on stays consistent: a renamed
/// property is renamed in <c>required</c> and the discriminator too, a renamed schema in every <c>$ref</c>, a path
/// variable in its parameter, a tag in every operation, a scheme in every security requirement. Only keywords,
/// status codes, methods, <c>in</c>, <c>style</c>, <c>type</c> and the formats that pick a type stay as they are.
/// </summary>
internal sealed class SpecRewriter
{
    private static readonly Regex PathVariable = new(@"\{([^{}]+)\}");
    private static readonly string[] Keywords = { "openapi", "type", "in", "style", "scheme", "$schema", "$id" };
    private static readonly string[] TypeFormats = { "binary", "int32", "int64" };
    private static readonly string[] DataKeys = { "example", "examples", "default", "const", "value", "enum", "x-enum-varnames" };
    private const string SchemaRefPrefix = "#/components/schemas/";

    private readonly string _text;
    private readonly string _name;

    private SpecRewriter(string text, string name)
    {
        _text = text;
        _name = name;
    }

    /// <summary>Appends <paramref name="text"/> (by default all of the hostile text) to every string.</summary>
    public static SpecRewriter Hostile(string? text = null) => new(text ?? HostileText.Full, HostileText.AsName(text ?? HostileText.Full));

    /// <summary>Appends the benign twin of <paramref name="text"/>: the same spec, the same names, nothing that could inject.</summary>
    public static SpecRewriter Benign(string? text = null) => Hostile(HostileText.Benign(text ?? HostileText.Full));

    /// <summary>A rewritten copy of <paramref name="spec"/>.</summary>
    public JsonObject Rewrite(JsonObject spec)
    {
        var copy = (JsonObject)spec.DeepClone();
        VisitObject(copy, key: null, parentKey: null);
        return copy;
    }

    private string Text(string value) => value + " " + _text;

    private string Name(string value) => value + " " + _name;

    private string MediaType(string value) => value + "; p=" + _text;

    private string Pattern(string value) => value + "|" + HostileText.AsPattern(_text);

    private string Path(string value) => PathVariable.Replace(value, m => "{" + Name(m.Groups[1].Value) + "}") + " " + _name;

    private string Reference(string value) =>
        value.StartsWith(SchemaRefPrefix, System.StringComparison.Ordinal) ? SchemaRefPrefix + Name(value.Substring(SchemaRefPrefix.Length)) : value;

    private void VisitObject(JsonObject node, string? key, string? parentKey)
    {
        System.Func<string, string>? renameKey = key switch
        {
            "schemas" or "securitySchemes" when parentKey == "components" => Name,
            "paths" when parentKey is null => Path,
            "properties" or "headers" or "mapping" or "scopes" or "encoding" => Text,
            "content" => MediaType,
            _ => null,
        };

        // A parameter's "in" decides how its name changes, wherever "in" stands in the object.
        var location = node["in"] is JsonValue value && value.TryGetValue<string>(out var where) ? where : null;
        var entries = node.ToList();
        node.Clear();
        foreach (var (childKey, child) in entries)
        {
            node[renameKey?.Invoke(childKey) ?? childKey] = Visit(child, childKey, location, key);
        }
    }

    private JsonNode? Visit(JsonNode? child, string key, string? ownerLocation, string? ownerKey)
    {
        switch (child)
        {
            // "default" is a status under "responses", and data anywhere else.
            case JsonObject obj when DataKeys.Contains(key) && ownerKey != "responses":
                VisitData(obj);
                return obj;
            case JsonObject obj:
                VisitObject(obj, key, ownerKey);
                return obj;
            case JsonArray array:
                VisitArray(array, key);
                return array;
            case JsonValue value when value.TryGetValue<string>(out var text):
                return JsonValue.Create(String(text, key, ownerLocation, ownerKey));
            default:
                return child;
        }
    }

    private string String(string value, string key, string? ownerLocation, string? ownerKey)
    {
        if (ownerKey == "mapping")
        {
            return Reference(value);
        }

        return key switch
        {
            "$ref" => Reference(value),
            _ when Keywords.Contains(key) => value,
            "format" => TypeFormats.Contains(value) ? value : Text(value),
            "pattern" => Pattern(value),
            "contentType" => MediaType(value),
            "name" when ownerLocation == "path" || ownerKey == "tags" => Name(value),
            _ => Text(value),
        };
    }

    private void VisitArray(JsonArray array, string key)
    {
        for (var i = 0; i < array.Count; i++)
        {
            var item = array[i];
            switch (key)
            {
                case "type":
                    break;
                case "tags" when item is JsonValue:
                    array[i] = JsonValue.Create(Name(item.GetValue<string>()));
                    break;
                case "tags" when item is JsonObject tag:
                    VisitObject(tag, "tags", null);
                    break;
                case "required":
                    array[i] = JsonValue.Create(Text(item!.GetValue<string>()));
                    break;
                case "security" when item is JsonObject requirement:
                    var alternatives = requirement.ToList();
                    requirement.Clear();
                    foreach (var (scheme, scopes) in alternatives)
                    {
                        var renamed = new JsonArray(((JsonArray)scopes!).Select(s => (JsonNode)JsonValue.Create(Text(s!.GetValue<string>()))).ToArray());
                        requirement[Name(scheme)] = renamed;
                    }

                    break;
                case var _ when DataKeys.Contains(key):
                    array[i] = VisitDataItem(item);
                    break;
                default:
                    array[i] = item is null ? null : Visit(item.DeepClone(), key, null, key);
                    break;
            }
        }
    }

    // Examples, defaults, consts and listed values are data: every string in them changes, keys and numbers stay.
    private void VisitData(JsonObject data)
    {
        foreach (var name in data.Select(p => p.Key).ToList())
        {
            data[name] = VisitDataItem(data[name]);
        }
    }

    private JsonNode? VisitDataItem(JsonNode? item)
    {
        switch (item)
        {
            case JsonObject obj:
                var copy = (JsonObject)obj.DeepClone();
                VisitData(copy);
                return copy;
            case JsonArray array:
                return new JsonArray(array.Select(a => VisitDataItem(a?.DeepClone())).ToArray());
            case JsonValue value when value.TryGetValue<string>(out var text):
                return JsonValue.Create(Text(text));
            default:
                return item?.DeepClone();
        }
    }
}
