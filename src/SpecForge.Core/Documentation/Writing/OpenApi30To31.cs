using System.Linq;
using System.Text.Json.Nodes;

namespace SpecForge.Core.Documentation.Writing;

/// <summary>
/// Rewrites the 3.0-only spellings of an embedded OpenAPI slice as 3.1 says them, in place: <c>nullable: true</c>
/// becomes a <c>"null"</c> type, boolean <c>exclusiveMinimum/Maximum</c> become numbers.
/// </summary>
internal static class OpenApi30To31
{
    // Values, not schemas: an example may well have a member called "nullable".
    private static readonly string[] Payloads = { "example", "examples", "default", "enum", "const", "value" };

    public static void Convert(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                ConvertSchemaKeywords(obj);
                foreach (var member in obj.ToList().Where(m => !Payloads.Contains(m.Key)))
                {
                    Convert(member.Value);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Convert(item);
                }

                break;
        }
    }

    private static void ConvertSchemaKeywords(JsonObject obj)
    {
        if (obj["nullable"] is JsonValue nullable && nullable.TryGetValue<bool>(out var isNullable))
        {
            obj.Remove("nullable");
            if (isNullable && obj["type"] is JsonValue type)
            {
                obj["type"] = new JsonArray(JsonValue.Create(type.GetValue<string>()), JsonValue.Create("null"));
            }
        }

        MoveExclusive(obj, "exclusiveMinimum", "minimum");
        MoveExclusive(obj, "exclusiveMaximum", "maximum");
    }

    private static void MoveExclusive(JsonObject obj, string exclusive, string bound)
    {
        if (obj[exclusive] is not JsonValue flag || !flag.TryGetValue<bool>(out var isExclusive))
        {
            return;
        }

        obj.Remove(exclusive);
        if (isExclusive && obj[bound] is JsonValue value)
        {
            obj.Remove(bound);
            obj[exclusive] = value.DeepClone();
        }
    }
}
