using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SpecForge.Core.Reading;

/// <summary>
/// Rewrites an OpenAPI 3.0 schema that says <c>nullable: true</c> beside <c>allOf</c>, <c>anyOf</c> or <c>oneOf</c>
/// but names no <c>type</c> into the composition with a <c>{"type": "null"}</c> branch, before the document is read (a
/// step of <see cref="SchemaRewrites"/>, in 3.0 documents). 3.0.3 gives <c>nullable</c> effect only beside
/// <c>type</c>, and Microsoft.OpenApi drops it otherwise; but wrapping a <c>$ref</c> in <c>allOf</c> with
/// <c>nullable: true</c> is how 3.0 specs say "this reference or null" (GitHub's has 95, 59 of them on required members
/// such as a repository's <c>license</c>), the APIs send null there, and NSwag and Kiota read it as nullable. Without
/// this, a required one made a generated reader reject the API's own responses.
/// </summary>
internal static class NullableCompositions
{
    public static void Apply(JsonObject schema)
    {
        if (schema["nullable"] is not JsonValue nullable || nullable.GetValueKind() != JsonValueKind.True || schema.ContainsKey("type"))
        {
            return;
        }

        if (Branches(schema, "oneOf") is { } oneOf)
        {
            // One branch that already takes null would make null match two, which oneOf rejects.
            if (!oneOf.Any(AllowsNull))
            {
                oneOf.Add(NullSchema());
            }
        }
        else if (Branches(schema, "anyOf") is { } anyOf)
        {
            anyOf.Add(NullSchema());
        }
        else if (Branches(schema, "allOf") is { } allOf)
        {
            // allOf cannot take an alternative, so it moves into the first branch of an anyOf; a lone reference
            // moves as it is, the way 3.1 specs write a nullable reference.
            schema.Remove("allOf");
            var nonNull = allOf.Count == 1 ? Detached(allOf) : new JsonObject { ["allOf"] = allOf };
            schema["anyOf"] = new JsonArray(nonNull, NullSchema());
        }
        else
        {
            return;
        }

        schema.Remove("nullable");
    }

    private static JsonArray? Branches(JsonObject schema, string keyword) =>
        schema[keyword] is JsonArray branches && branches.Count > 0 && branches.All(b => b is JsonObject) ? branches : null;

    private static bool AllowsNull(JsonNode? branch) =>
        branch is JsonObject obj
        && ((obj["nullable"] is JsonValue nullable && nullable.GetValueKind() == JsonValueKind.True && obj.ContainsKey("type"))
            || (obj["type"] is JsonValue type && type.GetValueKind() == JsonValueKind.String && type.GetValue<string>() == "null"));

    // A node has one parent: the lone branch leaves its array before it joins another.
    private static JsonNode Detached(JsonArray single)
    {
        var only = single[0]!;
        single.RemoveAt(0);
        return only;
    }

    private static JsonObject NullSchema() => new() { ["type"] = "null" };
}
