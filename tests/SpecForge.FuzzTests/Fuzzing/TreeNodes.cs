using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace SpecForge.FuzzTests.Fuzzing;

/// <summary>Finding and replacing nodes of a parsed spec.</summary>
internal static class TreeNodes
{
    private const int MaxCollected = 200_000;

    /// <summary>Every node below <paramref name="root"/> (the root excluded), up to a bound, in document order.</summary>
    public static List<JsonNode?> All(JsonNode root)
    {
        var found = new List<JsonNode?>();
        var stack = new Stack<JsonNode>();
        stack.Push(root);
        while (stack.Count > 0 && found.Count < MaxCollected)
        {
            var node = stack.Pop();
            IEnumerable<JsonNode?> children = node switch
            {
                JsonObject obj => obj.Select(p => p.Value),
                JsonArray array => array,
                _ => Array.Empty<JsonNode?>(),
            };
            foreach (var child in children)
            {
                found.Add(child);
                if (child is not null)
                {
                    stack.Push(child);
                }
            }
        }

        return found;
    }

    /// <summary>Objects that look like schemas: they have a type, properties, items, a composition or a $ref.</summary>
    public static List<JsonObject> Schemas(JsonNode root) =>
        All(root).OfType<JsonObject>()
            .Where(o => o.ContainsKey("type") || o.ContainsKey("properties") || o.ContainsKey("items") || o.ContainsKey("allOf")
                || o.ContainsKey("oneOf") || o.ContainsKey("anyOf") || o.ContainsKey("$ref") || o.ContainsKey("enum"))
            .ToList();

    /// <summary>The named schemas: components/schemas (3.x) or definitions (2.0), with the $ref prefix that reaches them.</summary>
    public static (JsonObject? Schemas, string RefPrefix) Components(JsonNode root)
    {
        if (root is not JsonObject document)
        {
            return (null, "#/components/schemas/");
        }

        if ((document["components"] as JsonObject)?["schemas"] is JsonObject schemas)
        {
            return (schemas, "#/components/schemas/");
        }

        return document["definitions"] is JsonObject definitions ? (definitions, "#/definitions/") : (null, "#/components/schemas/");
    }

    /// <summary>Puts <paramref name="replacement"/> where <paramref name="node"/> is; false for the root.</summary>
    public static bool Replace(JsonNode node, JsonNode? replacement)
    {
        switch (node.Parent)
        {
            case JsonObject parent:
                var key = node.GetPropertyName();
                parent[key] = replacement;
                return true;
            case JsonArray array:
                var index = node.GetElementIndex();
                array[index] = replacement;
                return true;
            default:
                return false;
        }
    }

    public static T Pick<T>(this IReadOnlyList<T> items, Random random) => items[random.Next(items.Count)];
}
