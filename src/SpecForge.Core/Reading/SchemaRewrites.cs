using System.Text.Json;
using System.Text.Json.Nodes;

namespace SpecForge.Core.Reading;

/// <summary>
/// The rewrites the checked tree gets before Microsoft.OpenApi reads it, each where the library would read a spec
/// differently from what its authors mean, in one walk of the tree: a large spec is megabytes of nodes.
/// </summary>
internal static class SchemaRewrites
{
    // Values here are data, not schemas: an example's member called additionalProperties or nullable stays as it is.
    private static readonly string[] DataKeywords = { "example", "examples", "default", "enum", "const", "x-examples" };

    public static void Apply(JsonObject root)
    {
        var isOpenApi30 = root["openapi"] is JsonValue version && version.GetValueKind() == JsonValueKind.String
            && version.GetValue<string>().StartsWith("3.0", System.StringComparison.Ordinal);
        Walk(root, isOpenApi30);
    }

    private static void Walk(JsonNode? node, bool isOpenApi30)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var pair in obj)
                {
                    if (System.Array.IndexOf(DataKeywords, pair.Key) < 0)
                    {
                        Walk(pair.Value, isOpenApi30);
                    }
                }

                // After the walk: an object cannot change while it is enumerated.
                ExplicitAdditionalProperties.Apply(obj);
                if (isOpenApi30)
                {
                    NullableCompositions.Apply(obj);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Walk(item, isOpenApi30);
                }

                break;
        }
    }
}
