using System.Text.Json.Nodes;

namespace SpecForge.Core.Reading;

/// <summary>
/// Rewrites <c>"additionalProperties": true</c> to the equivalent empty schema <c>{}</c> before the document is read.
/// Microsoft.OpenApi reads <c>true</c> and an absent keyword alike, but they mean different things to a user: an
/// explicit <c>true</c> asks for unlisted members to be kept, so records get a bag for them only then.
/// </summary>
internal static class ExplicitAdditionalProperties
{
    // Values here are data, not schemas; a member of an example that happens to be called additionalProperties stays.
    private static readonly string[] DataKeywords = { "example", "examples", "default", "enum", "const", "x-examples" };

    public static void Rewrite(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                // Replaced after the walk: an object cannot change while it is enumerated, and copying every
                // object's members first would cost the whole of a large spec on every read.
                var explicitTrue = false;
                foreach (var pair in obj)
                {
                    if (pair.Key == "additionalProperties" && pair.Value is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.True)
                    {
                        explicitTrue = true;
                    }
                    else if (System.Array.IndexOf(DataKeywords, pair.Key) < 0)
                    {
                        Rewrite(pair.Value);
                    }
                }

                if (explicitTrue)
                {
                    obj["additionalProperties"] = new JsonObject();
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Rewrite(item);
                }

                break;
        }
    }
}
