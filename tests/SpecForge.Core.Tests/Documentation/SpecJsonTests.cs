using System.IO;
using System.Text.Json;
using SpecForge.Core.Documentation;
using SpecForge.Core.Documentation.Draft;
using SpecForge.Core.Documentation.Writing;
using SpecForge.Tests.Shared;

namespace SpecForge.Core.Tests.Documentation;

/// <summary>
/// The normalized spec a mock embeds: asked for, every input kind becomes OpenAPI 3.1 JSON; not asked for, it costs nothing.
/// </summary>
public sealed class SpecJsonTests
{
    private const string Swagger2Yaml = """
        swagger: "2.0"
        info: { title: Old Pets, version: "1" }
        basePath: /v1
        paths:
          /pets/{id}:
            get:
              operationId: getPet
              produces: [application/json]
              parameters:
                - { name: id, in: path, required: true, type: integer }
              responses:
                "200":
                  description: ok
                  schema: { $ref: "#/definitions/Pet" }
        definitions:
          Pet:
            type: object
            required: [name]
            properties:
              name: { type: string, x-nullable: true }
        """;

    [Fact]
    public void Without_the_flag_the_model_carries_no_spec_json()
    {
        var parsed = SpecPipeline.Parse(SpecInput.Create("/specs/pets.yaml", Swagger2Yaml, null, null, null));

        Assert.NotNull(parsed.Model);
        Assert.Null(parsed.Model!.SpecJson);
    }

    [Fact]
    public void A_swagger_2_yaml_document_becomes_openapi_31_json_with_its_paths_and_schemas()
    {
        var parsed = SpecPipeline.Parse(SpecInput.Create("/specs/pets.yaml", Swagger2Yaml, null, null, null), includeSpecJson: true);

        using var json = JsonDocument.Parse(parsed.Model!.SpecJson!);
        var root = json.RootElement;
        Assert.StartsWith("3.1", root.GetProperty("openapi").GetString());
        var parameter = root.GetProperty("paths").GetProperty("/pets/{id}").GetProperty("get").GetProperty("parameters")[0];
        Assert.Equal("integer", parameter.GetProperty("schema").GetProperty("type").GetString());
        Assert.Equal("#/components/schemas/Pet", root.GetProperty("paths").GetProperty("/pets/{id}").GetProperty("get")
            .GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.True(root.GetProperty("components").GetProperty("schemas").TryGetProperty("Pet", out _));
        Assert.DoesNotContain("\n", parsed.Model.SpecJson!, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Equal_documents_in_different_layouts_give_equal_models_with_the_json()
    {
        var compact = SpecPipeline.Parse(SpecInput.Create("/specs/pets.yaml", Swagger2Yaml, null, null, null), includeSpecJson: true);
        var spaced = SpecPipeline.Parse(SpecInput.Create("/specs/pets.yaml", Swagger2Yaml.Replace(": ", ":   ") + "\n\n", null, null, null), includeSpecJson: true);

        Assert.Equal(compact.Model, spaced.Model);
    }

    [Fact]
    public void Markdown_docs_give_the_normalizer_json_without_the_positions_it_came_from()
    {
        var path = RepoPaths.InRepo("specs", "trustpager", "trustpager-full-reference.md");
        var text = File.ReadAllText(path);

        var parsed = SpecPipeline.Parse(SpecInput.Create(path, text, "TrustPager", "TrustPagerClient", null), includeSpecJson: true);

        var normalized = DocsNormalizer.Normalize(new[] { new DocumentInput(path, text) }).Json!;
        Assert.Contains(Sources.Extension, normalized);
        Assert.Contains(path, normalized);
        Assert.Equal(SpecJson.WithoutSources(normalized), parsed.Model!.SpecJson);
        Assert.DoesNotContain(Sources.Extension, parsed.Model.SpecJson);
        Assert.DoesNotContain(path, parsed.Model.SpecJson);
        Assert.Equal(
            System.Text.Json.Nodes.JsonNode.Parse(normalized)!["paths"]!.AsObject().Count,
            System.Text.Json.Nodes.JsonNode.Parse(parsed.Model.SpecJson!)!["paths"]!.AsObject().Count);
    }
}
