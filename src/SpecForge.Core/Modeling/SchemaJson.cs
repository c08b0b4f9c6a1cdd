using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace SpecForge.Core.Modeling;

/// <summary>JSON values carried by schemas (defaults, examples), as compact text for the model.</summary>
internal static class SchemaJson
{
    // The reader stands for a JSON null (`default: null`) with a sentinel string value; it means null, never that text.
    public static string? Compact(JsonNode? node) =>
        node is null ? null : JsonNullSentinel.IsJsonNullSentinel(node) ? "null" : node.ToJsonString();

    /// <summary>The first example: 3.1's <c>examples</c> array, else 3.0's <c>example</c>.</summary>
    public static string? Example(IOpenApiSchema schema)
    {
#pragma warning disable CS0618 // 3.0 documents have only the single example; the reader keeps it here.
        return Compact(schema.Examples?.FirstOrDefault() ?? schema.Example);
#pragma warning restore CS0618
    }
}
