using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SpecForge.Core.Reading.Selecting;

/// <summary>
/// The parts of a document that selection keeps or drops whole, each named by its JSON pointer: every path item,
/// every operation, and every entry of the maps that hold reusable parts (the maps of <c>components</c>, Swagger
/// 2.0's <c>definitions</c>, <c>parameters</c> and <c>responses</c>, and <c>webhooks</c>). Security schemes are
/// never dropped: they hold no schema, and the client's options take credentials for them. Everything outside a unit
/// (info, servers, tags, security) is always kept.
/// </summary>
internal static class SpecUnits
{
    private static readonly HashSet<string> Methods = new(StringComparer.Ordinal) { "get", "put", "post", "delete", "options", "head", "patch", "trace" };
    private static readonly string[] Swagger2Maps = { "definitions", "parameters", "responses" };

    /// <summary>True for a path item key that holds an operation.</summary>
    public static bool IsMethod(string key) => Methods.Contains(key);

    public static bool IsSwagger2(JsonObject root) => root.ContainsKey("swagger");

    /// <summary>The pointer of the map holding the document's component schemas.</summary>
    public static string SchemaMap(JsonObject root) => IsSwagger2(root) ? "/definitions" : "/components/schemas";

    public static string Path(string path) => JsonPointers.Join(new[] { "paths", path });

    public static string Operation(string path, string method) => JsonPointers.Join(new[] { "paths", path, method });

    /// <summary>The maps whose entries are units that are dropped unless something kept reaches them.</summary>
    public static IEnumerable<(string Pointer, JsonObject Map)> DroppableMaps(JsonObject root)
    {
        if (root["webhooks"] is JsonObject webhooks)
        {
            yield return ("/webhooks", webhooks);
        }

        if (IsSwagger2(root))
        {
            foreach (var name in Swagger2Maps)
            {
                if (root[name] is JsonObject map)
                {
                    yield return ("/" + name, map);
                }
            }

            yield break;
        }

        if (root["components"] is JsonObject components)
        {
            foreach (var kind in components.Where(k => IsDroppableComponentKind(k.Key)).ToList())
            {
                if (kind.Value is JsonObject map)
                {
                    yield return (JsonPointers.Join(new[] { "components", kind.Key }), map);
                }
            }
        }
    }

    /// <summary>
    /// The pointer of the reusable unit that <paramref name="tokens"/> lie in, or null. Never a path item or an
    /// operation: only the filter keeps those, since Microsoft.OpenApi resolves no reference into <c>paths</c>.
    /// </summary>
    public static string? UnitOf(IReadOnlyList<string> tokens, bool swagger2)
    {
        if (tokens.Count >= 2 && (tokens[0] == "webhooks" || (swagger2 && Swagger2Maps.Contains(tokens[0]))))
        {
            return JsonPointers.Join(tokens.Take(2));
        }

        return !swagger2 && tokens.Count >= 3 && tokens[0] == "components" && IsDroppableComponentKind(tokens[1])
            ? JsonPointers.Join(tokens.Take(3))
            : null;
    }

    /// <summary>The tokens of a local reference (<c>#/a/b</c>, percent-escapes decoded), or null for any other form.</summary>
    public static IReadOnlyList<string>? LocalPointer(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            return null;
        }

        return JsonPointers.FromFragment(reference);
    }

    /// <summary>The <c>$ref</c> of <paramref name="node"/> when it is an object with a string one.</summary>
    public static string? ReferenceOf(JsonNode? node) =>
        node is JsonObject obj && obj["$ref"] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static bool IsDroppableComponentKind(string kind) =>
        kind != "securitySchemes" && !kind.StartsWith("x-", StringComparison.Ordinal);
}
