using System.Text.Json;

namespace SpecForge.Core.Tests.Documentation;

/// <summary>
/// The spec JSON stays valid JSON with the values the author wrote, where Microsoft.OpenApi keeps keyword values as
/// text: a 3.0 boolean exclusiveMinimum in a 3.1 document (OpenAI's spec) and constants of a non-string type (Discord's).
/// </summary>
public sealed class SpecJsonValidityTests
{
    // OpenAI's spec: 3.1, but with 3.0's boolean exclusiveMinimum, which the reader keeps as the text "True".
    private const string OpenApi31Yaml = """
        openapi: 3.1.0
        info: { title: Tuning, version: "1" }
        paths: {}
        components:
          schemas:
            Hyperparameters:
              type: object
              properties:
                learning_rate_multiplier:
                  oneOf:
                    - { type: string, enum: [auto] }
                    - { type: number, minimum: 0, exclusiveMinimum: true }
                batch_size: { type: integer, minimum: 1, maximum: 256 }
        """;

    private const string OpenApi31Json = """
        {"openapi":"3.1.0","info":{"title":"Options","version":"1"},"paths":{},"components":{"schemas":{
          "OptionType":{"type":"integer","oneOf":[{"const":1,"title":"SUB_COMMAND"},{"const":11,"title":"ATTACHMENT"}]},
          "Flag":{"type":"boolean","const":true},
          "Label":{"type":"string","const":"1"},
          "Sample":{"type":"object","properties":{"type":{"type":"string"}},"example":{"const":"1","type":"integer"}}}}}
        """;

    [Fact]
    public void A_boolean_exclusive_minimum_without_a_minimum_still_gives_valid_json()
    {
        var parsed = SpecPipeline.Parse(SpecInput.Create("/specs/tuning.yaml", OpenApi31Yaml, null, null, null), includeSpecJson: true);

        using var json = JsonDocument.Parse(parsed.Model!.SpecJson!);
        var properties = json.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("Hyperparameters").GetProperty("properties");
        var number = properties.GetProperty("learning_rate_multiplier").GetProperty("oneOf")[1];
        Assert.Equal(JsonValueKind.True, number.GetProperty("exclusiveMinimum").ValueKind);
        Assert.Equal(256, properties.GetProperty("batch_size").GetProperty("maximum").GetInt32());
    }

    [Fact]
    public void Constants_keep_the_json_type_their_schema_declares()
    {
        var parsed = SpecPipeline.Parse(SpecInput.Create("/specs/options.json", OpenApi31Json, null, null, null), includeSpecJson: true);

        using var json = JsonDocument.Parse(parsed.Model!.SpecJson!);
        var schemas = json.RootElement.GetProperty("components").GetProperty("schemas");
        var branches = schemas.GetProperty("OptionType").GetProperty("oneOf");
        Assert.Equal(JsonValueKind.Number, branches[0].GetProperty("const").ValueKind);
        Assert.Equal(11, branches[1].GetProperty("const").GetInt32());
        Assert.Equal(JsonValueKind.True, schemas.GetProperty("Flag").GetProperty("const").ValueKind);
        Assert.Equal("1", schemas.GetProperty("Label").GetProperty("const").GetString());
        Assert.Equal("1", schemas.GetProperty("Sample").GetProperty("example").GetProperty("const").GetString());
    }
}
