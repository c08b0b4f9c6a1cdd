using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace SpecForge.Core.Modeling;

/// <summary>
/// 3.1 tuples (<c>prefixItems</c>) are arrays in C#. Microsoft.OpenApi keeps <c>prefixItems</c> only as raw JSON, so
/// the item type is read from there: when every position has the same simple type the list has it, otherwise its
/// items are JsonElement.
/// </summary>
internal static class Tuples
{
    public static TypeRef? CommonItemType(IOpenApiSchema schema)
    {
        if (schema.UnrecognizedKeywords is not { } keywords || !keywords.TryGetValue("prefixItems", out var raw) || raw is not JsonArray { Count: > 0 } items)
        {
            return null;
        }

        var kinds = items.Select(i => i is JsonObject item ? (Type: (item["type"] as JsonValue)?.ToString(), Format: (item["format"] as JsonValue)?.ToString()) : (null, null)).Distinct().ToList();
        if (kinds.Count != 1)
        {
            return WellKnownTypes.JsonElement;
        }

        return kinds[0] switch
        {
            ("string", null) => WellKnownTypes.String,
            ("boolean", null) => WellKnownTypes.Boolean,
            ("integer", "int32") => WellKnownTypes.Int32,
            ("integer", _) => WellKnownTypes.Int64,
            ("number", "float") => WellKnownTypes.Single,
            ("number", _) => WellKnownTypes.Double,
            _ => WellKnownTypes.JsonElement,
        };
    }
}
