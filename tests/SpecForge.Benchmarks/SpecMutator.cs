using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace SpecForge.Benchmarks;

/// <summary>
/// Makes a "next version" of a spec: the given number of edits of ten kinds that real API revisions make (an
/// operation removed, a parameter added or made required, a type changed, a status removed, an operationId renamed,
/// an enum widened, a property removed, a limit tightened, an operation deprecated), spread evenly over the document.
/// Deterministic, so every run diffs the same pair.
/// </summary>
internal static class SpecMutator
{
    private static readonly string[] Methods = { "get", "put", "post", "delete", "patch" };

    public static string Mutate(string json, int count)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        var operations = Operations(root);
        var schemas = root["components"]?["schemas"]?.AsObject().Where(s => s.Value?["properties"] is JsonObject p && p.Count > 1).Select(s => s.Value!.AsObject()).ToList() ?? new List<JsonObject>();
        var kinds = new Action<int>[]
        {
            i => Pick(operations, i).Path.Remove(Pick(operations, i).Method),
            i => Parameters(Pick(operations, i).Operation).Add(new JsonObject { ["name"] = $"bench_{i}", ["in"] = "query", ["required"] = true, ["schema"] = new JsonObject { ["type"] = "string" } }),
            i => Parameters(Pick(operations, i).Operation).Add(new JsonObject { ["name"] = $"bench_header_{i}", ["in"] = "header", ["schema"] = new JsonObject { ["type"] = "integer" } }),
            i => Pick(operations, i).Operation["deprecated"] = true,
            i => Pick(operations, i).Operation["operationId"] = $"benchRenamed{i}",
            i => (Pick(operations, i).Operation["responses"] as JsonObject)?.Remove((Pick(operations, i).Operation["responses"] as JsonObject)!.Select(r => r.Key).Last()),
            i => Pick(schemas, i)["properties"]!.AsObject().Remove(Pick(schemas, i)["properties"]!.AsObject().Last().Key),
            i => Pick(schemas, i)["properties"]!.AsObject().First().Value!.AsObject()["type"] = "boolean",
            i => Pick(schemas, i)["properties"]!.AsObject()[$"bench_{i}"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("a", "b") },
            i => Pick(schemas, i)["required"] = new JsonArray(Pick(schemas, i)["properties"]!.AsObject().Select(p => (JsonNode)JsonValue.Create(p.Key)!).ToArray()),
        };

        for (var i = 0; i < count; i++)
        {
            // Kind i % 10 on the (i / 10)-th of five evenly spaced targets, so no two edits hit the same thing.
            kinds[i % kinds.Length](i);
        }

        return root.ToJsonString();
    }

    private static T Pick<T>(IReadOnlyList<T> items, int i) => items[(int)((long)items.Count * (i * 7 + 3) / (50 * 7 + 3)) % items.Count];

    private static JsonArray Parameters(JsonObject operation)
    {
        if (operation["parameters"] is not JsonArray parameters)
        {
            parameters = new JsonArray();
            operation["parameters"] = parameters;
        }

        return parameters;
    }

    private static List<(JsonObject Path, string Method, JsonObject Operation)> Operations(JsonObject root) =>
        root["paths"]!.AsObject()
            .SelectMany(p => Methods.Where(m => p.Value?[m] is JsonObject).Select(m => (p.Value!.AsObject(), m, p.Value![m]!.AsObject())))
            .ToList();
}
