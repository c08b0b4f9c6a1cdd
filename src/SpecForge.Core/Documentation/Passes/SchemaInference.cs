using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SpecForge.Core.Documentation.Passes;

/// <summary>
/// A schema read off an example, for bodies the docs show but do not describe field by field. Inferred schemas are
/// marked <c>x-specforge-inferred</c>: every field is optional, since one example cannot show what is required.
/// </summary>
public static class SchemaInference
{
    private static readonly Regex Uuid = new("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", RegexOptions.CultureInvariant);
    private static readonly Regex DateTime = new(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", RegexOptions.CultureInvariant);
    private static readonly Regex Date = new(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant);

    /// <summary>The schema <paramref name="example"/> suggests.</summary>
    public static JsonObject FromExample(JsonNode? example)
    {
        var schema = Infer(example);
        schema["x-specforge-inferred"] = true;
        return schema;
    }

    private static JsonObject Infer(JsonNode? example)
    {
        switch (example)
        {
            case JsonObject obj:
                var properties = new JsonObject();
                foreach (var member in obj)
                {
                    properties[member.Key] = Infer(member.Value);
                }

                return new JsonObject { ["type"] = "object", ["properties"] = properties };
            case JsonArray array:
                var first = array.FirstOrDefault(item => item is not null);
                return new JsonObject { ["type"] = "array", ["items"] = first is null ? new JsonObject() : Infer(first) };
            case JsonValue value:
                return value.GetValueKind() switch
                {
                    JsonValueKind.String => String(value.GetValue<string>()),
                    JsonValueKind.Number => new JsonObject { ["type"] = value.ToJsonString().IndexOfAny(new[] { '.', 'e', 'E' }) >= 0 ? "number" : "integer" },
                    JsonValueKind.True or JsonValueKind.False => new JsonObject { ["type"] = "boolean" },
                    _ => new JsonObject(),
                };
            default:
                // null says only that null is allowed; the type is unknown.
                return new JsonObject();
        }
    }

    private static JsonObject String(string text)
    {
        var schema = new JsonObject { ["type"] = "string" };
        if (Uuid.IsMatch(text))
        {
            schema["format"] = "uuid";
        }
        else if (DateTime.IsMatch(text))
        {
            schema["format"] = "date-time";
        }
        else if (Date.IsMatch(text))
        {
            schema["format"] = "date";
        }

        return schema;
    }
}
