using System.Linq;
using System.Text.Json;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Modeling;

namespace SpecForge.Core.Tests.Modeling;

/// <summary>
/// OpenAPI 3.0's way to say "this reference or null": <c>nullable: true</c> beside an <c>allOf</c>, <c>anyOf</c> or
/// <c>oneOf</c> with no <c>type</c> (GitHub's repository <c>license</c>, Stripe's expandable objects). Microsoft.OpenApi
/// drops the flag there, as 3.0.3's letter says; the APIs send null, so SpecForge keeps it as a null branch.
/// </summary>
public sealed class NullableCompositionTests
{
    private const string Header30 = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\n";

    private const string Repository = """
        components:
          schemas:
            License: { type: object, properties: { key: { type: string } } }
            Repository:
              type: object
              required: [license, owner, plan]
              properties:
                license:
                  nullable: true
                  allOf:
                    - $ref: '#/components/schemas/License'
                owner:
                  nullable: true
                  description: Who owns it.
                  anyOf:
                    - $ref: '#/components/schemas/License'
                plan:
                  nullable: true
                  oneOf:
                    - $ref: '#/components/schemas/License'
                    - { type: string }
                example:
                  type: object
                  example: { nullable: true, allOf: [] }
        """;

    [Fact]
    public void A_required_nullable_allOf_anyOf_or_oneOf_member_is_nullable()
    {
        var model = Build(Header30 + Repository);

        var repository = model.Dtos.Single(d => d.Name == "Repository");
        var license = repository.Properties.Single(p => p.JsonName == "license");
        var owner = repository.Properties.Single(p => p.JsonName == "owner");
        var plan = repository.Properties.Single(p => p.JsonName == "plan");
        Assert.True(license.IsRequired);
        Assert.Equal(("License", true), (license.Type.Name, license.Type.IsNullable));
        Assert.Equal(("License", true), (owner.Type.Name, owner.Type.IsNullable));
        Assert.Equal("Who owns it.", owner.Description);
        Assert.True(plan.Type.IsNullable);
        Assert.Equal(TypeKind.Union, plan.Type.Kind);
    }

    [Fact]
    public void The_normalized_document_says_it_with_a_null_branch()
    {
        var parsed = SpecPipeline.Parse(SpecInput.Create("/specs/t.yaml", Header30 + Repository, null, "TClient", null), includeSpecJson: true);
        using var json = JsonDocument.Parse(parsed.Model!.SpecJson!);

        var properties = json.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("Repository").GetProperty("properties");
        Assert.Equal(
            """[{"$ref":"#/components/schemas/License"},{"type":"null"}]""",
            properties.GetProperty("license").GetProperty("anyOf").GetRawText());
        Assert.False(properties.GetProperty("license").TryGetProperty("allOf", out _));
        Assert.Equal(2, properties.GetProperty("owner").GetProperty("anyOf").GetArrayLength());
        Assert.Equal("""{"type":"null"}""", properties.GetProperty("plan").GetProperty("oneOf")[2].GetRawText());
        // Data is not a schema: an example's members stay as written.
        Assert.Equal("""{"nullable":true,"allOf":[]}""", properties.GetProperty("example").GetProperty("example").GetRawText());
    }

    [Fact]
    public void Several_allOf_parts_move_together_into_the_non_null_branch()
    {
        var model = Build(Header30 + """
            components:
              schemas:
                Base: { type: object, properties: { id: { type: string } } }
                Holder:
                  type: object
                  required: [item]
                  properties:
                    item:
                      nullable: true
                      allOf:
                        - $ref: '#/components/schemas/Base'
                        - { type: object, properties: { extra: { type: integer } } }
            """);

        var item = model.Dtos.Single(d => d.Name == "Holder").Properties.Single();
        Assert.True(item.Type.IsNullable);
        var composed = model.Dtos.Single(d => d.Name == item.Type.Name);
        Assert.Equal(new[] { "extra", "id" }, composed.Properties.Select(p => p.JsonName).OrderBy(n => n, System.StringComparer.Ordinal));
    }

    [Fact]
    public void A_oneOf_whose_branch_already_takes_null_gets_no_second_null_branch()
    {
        var parsed = SpecPipeline.Parse(SpecInput.Create("/specs/t.yaml", Header30 + """
            components:
              schemas:
                Value:
                  nullable: true
                  oneOf:
                    - { type: string, nullable: true }
                    - { type: integer }
            """, null, "TClient", null), includeSpecJson: true);
        using var json = JsonDocument.Parse(parsed.Model!.SpecJson!);

        Assert.Equal(2, json.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("Value").GetProperty("oneOf").GetArrayLength());
    }

    [Fact]
    public void In_a_3_1_document_nullable_is_not_a_keyword_and_changes_nothing()
    {
        var model = Build("openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\n" + Repository);

        var license = model.Dtos.Single(d => d.Name == "Repository").Properties.Single(p => p.JsonName == "license");
        Assert.False(license.Type.IsNullable);
    }

    [Fact]
    public void A_single_branch_anyOf_is_its_branch()
    {
        var model = Build("openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\n" + """
            components:
              schemas:
                License: { type: object, properties: { key: { type: string } } }
                Repository:
                  type: object
                  required: [license]
                  properties:
                    license:
                      anyOf:
                        - $ref: '#/components/schemas/License'
            """);

        var license = model.Dtos.Single(d => d.Name == "Repository").Properties.Single();
        Assert.Equal(("License", false, TypeKind.Record), (license.Type.Name, license.Type.IsNullable, license.Type.Kind));
    }

    private static ApiModel Build(string yaml)
    {
        var parsed = SpecPipeline.Parse(SpecInput.Create("/specs/t.yaml", yaml, null, "TClient", null));
        Assert.DoesNotContain(parsed.Diagnostics, d => d.Severity == SpecSeverity.Error);
        return parsed.Model!;
    }
}
