using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SpecForge.Core.Reading.Selecting;

/// <summary>An operation of the document and the unit selection keeps for it.</summary>
internal sealed record IndexedOperation(SpecOperation Operation, string Unit);

/// <summary>Every operation under <c>paths</c>, read from the checked JSON tree before Microsoft.OpenApi sees it.</summary>
internal static class OperationIndex
{
    // A chain of path item references longer than this is not one the reference check lets through.
    private const int MaxReferenceHops = 16;

    public static List<IndexedOperation> Read(JsonObject root)
    {
        var operations = new List<IndexedOperation>();
        if (root["paths"] is not JsonObject paths)
        {
            return operations;
        }

        foreach (var entry in paths)
        {
            if (entry.Key.StartsWith("x-", StringComparison.Ordinal) || entry.Value is not JsonObject item)
            {
                continue;
            }

            // A path item given by $ref is shared with whatever else refers to its target, so it is kept or dropped whole.
            var isReference = SpecUnits.ReferenceOf(item) is not null;
            foreach (var method in Resolve(root, item)?.Where(m => SpecUnits.IsMethod(m.Key) && m.Value is JsonObject) ?? Enumerable.Empty<KeyValuePair<string, JsonNode?>>())
            {
                var operation = (JsonObject)method.Value!;
                operations.Add(new IndexedOperation(
                    new SpecOperation(entry.Key, method.Key.ToUpperInvariant(), Text(operation["operationId"]), Tags(operation)),
                    isReference ? SpecUnits.Path(entry.Key) : SpecUnits.Operation(entry.Key, method.Key)));
            }
        }

        return operations;
    }

    private static JsonObject? Resolve(JsonObject root, JsonObject item)
    {
        for (var hop = 0; hop < MaxReferenceHops && SpecUnits.ReferenceOf(item) is { } reference; hop++)
        {
            if (SpecUnits.LocalPointer(reference) is not { } tokens || JsonPointers.Resolve(root, tokens) is not JsonObject target)
            {
                return null;
            }

            item = target;
        }

        return item;
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static IReadOnlyList<string> Tags(JsonObject operation) =>
        operation["tags"] is JsonArray tags ? tags.Select(Text).OfType<string>().ToList() : new List<string>();
}
