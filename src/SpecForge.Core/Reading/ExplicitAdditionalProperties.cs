using System.Text.Json;
using System.Text.Json.Nodes;

namespace SpecForge.Core.Reading;

/// <summary>
/// Rewrites <c>"additionalProperties": true</c> to the equivalent empty schema <c>{}</c> before the document is read
/// (a step of <see cref="SchemaRewrites"/>). Microsoft.OpenApi reads <c>true</c> and an absent keyword alike, but they
/// mean different things to a user: an explicit <c>true</c> asks for unlisted members to be kept, so records get a bag
/// for them only then.
/// </summary>
internal static class ExplicitAdditionalProperties
{
    public static void Apply(JsonObject schema)
    {
        if (schema["additionalProperties"] is JsonValue value && value.GetValueKind() == JsonValueKind.True)
        {
            schema["additionalProperties"] = new JsonObject();
        }
    }
}
