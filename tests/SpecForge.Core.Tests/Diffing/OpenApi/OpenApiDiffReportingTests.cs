using System;
using System.Linq;
using SpecForge.Core.Diffing;
using static SpecForge.Core.Tests.Diffing.OpenApi.OpenApiSemanticsTests;

namespace SpecForge.Core.Tests.Diffing.OpenApi;

/// <summary>
/// How changes are reported: a component's change once, at the component, by the rules of every direction it is used
/// in; operations matched whatever their path variables are called; a stable order; odd documents never throwing.
/// </summary>
public sealed class OpenApiDiffReportingTests
{
    private static string SharedPet(string petProperties) => $$"""
        openapi: 3.0.3
        info: { title: Pets, version: "1" }
        paths:
          /pets:
            get:
              tags: [pets]
              responses:
                "200":
                  description: The pets
                  content:
                    application/json:
                      schema: { type: array, items: { $ref: '#/components/schemas/Pet' } }
            post:
              tags: [pets]
              requestBody:
                content:
                  application/json:
                    schema: { $ref: '#/components/schemas/Pet' }
              responses:
                "201": { description: Created }
          /owners/{id}:
            get:
              tags: [owners]
              responses:
                "200":
                  description: The owner
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Owner' }
        components:
          schemas:
            Owner:
              type: object
              properties:
                pets: { type: array, items: { $ref: '#/components/schemas/Pet' } }
            Pet:
              type: object
              properties: {{petProperties}}
        """;

    [Fact]
    public void A_component_change_is_reported_once_per_direction_at_the_component_with_its_users_counted()
    {
        var report = Diff(SharedPet("{ id: { type: integer }, tag: { type: string } }"), SharedPet("{ id: { type: integer } }"));

        Assert.Equal(new[] { "request-property-removed", "response-property-removed" }, report.Changes.Select(c => c.RuleId));
        foreach (var change in report.Changes)
        {
            // GET and POST /pets directly, GET /owners/{id} through Owner.
            Assert.StartsWith("schema 'Pet' (used by 3 operations): ", change.Message, StringComparison.Ordinal);
            Assert.Equal("/components/schemas/Pet/properties/tag", change.Old!.Pointer);
            Assert.Null(change.New);
            Assert.Null(change.Operation);
            Assert.Null(change.Tag);
        }
    }

    [Fact]
    public void A_change_that_hurts_only_one_direction_is_reported_only_for_it()
    {
        // A new optional property breaks neither; making `tag` required breaks requests only, where callers may omit it.
        var report = Diff(
            SharedPet("{ id: { type: integer }, tag: { type: string } }"),
            SharedPet("{ id: { type: integer }, tag: { type: string }, age: { type: integer } }").Replace("      type: object\n      properties: {", "      type: object\n      required: [tag]\n      properties: {", StringComparison.Ordinal));

        var change = Assert.Single(report.Changes);
        Assert.Equal("request-property-became-required", change.RuleId);
        Assert.Equal("schema 'Pet' (used by 3 operations): request property 'tag' became required", change.Message);
    }

    [Fact]
    public void Inline_changes_carry_their_operation_and_its_first_tag()
    {
        var old = SharedPet("{ id: { type: integer } }");
        var report = Diff(old, old.Replace("/owners/{id}:\n    get:\n      tags: [owners]", "/owners/{id}:\n    get:\n      tags: [owners]\n      deprecated: true", StringComparison.Ordinal));

        var change = Assert.Single(report.Changes);
        Assert.Equal("endpoint-deprecated", change.RuleId);
        Assert.Equal("GET /owners/{id}", change.Operation);
        Assert.Equal("owners", change.Tag);
    }

    [Fact]
    public void Readonly_and_writeonly_properties_only_count_in_the_direction_they_travel()
    {
        var report = Diff(
            SharedPet("{ id: { type: integer, readOnly: true }, secret: { type: string, writeOnly: true } }"),
            SharedPet("{ }"));

        Assert.Equal(
            new[] { ("request-property-removed", "secret"), ("response-property-removed", "id") },
            report.Changes.Select(c => (c.RuleId, c.Message.Split('\'')[3])).OrderBy(c => c.RuleId));
    }

    [Fact]
    public void A_renamed_path_variable_is_the_same_endpoint_with_its_parameter_renamed()
    {
        const string Template = """
            openapi: 3.0.3
            info: { title: Pets, version: "1" }
            paths:
              /pets/{NAME}:
                get:
                  parameters:
                    - { name: NAME, in: path, required: true, schema: { type: integer } }
                  responses:
                    "200": { description: The pet }
            """;

        var report = Diff(Template.Replace("NAME", "id", StringComparison.Ordinal), Template.Replace("NAME", "petId", StringComparison.Ordinal));

        Assert.Equal(new[] { "request-parameter-added-required", "request-parameter-removed" }, report.Changes.Select(c => c.RuleId));
        Assert.All(report.Changes, c => Assert.Equal("GET /pets/{petId}", c.Operation));
    }

    [Fact]
    public void Changes_are_ordered_by_path_then_method_then_rule_and_the_order_is_stable()
    {
        const string Old = """
            openapi: 3.0.3
            info: { title: Pets, version: "1" }
            paths:
              /b:
                post: { responses: { "200": { description: ok }, "404": { description: gone } } }
                get: { responses: { "200": { description: ok } } }
              /a:
                get: { responses: { "200": { description: ok } } }
            """;
        const string New = """
            openapi: 3.0.3
            info: { title: Pets, version: "1" }
            paths:
              /b:
                post: { deprecated: true, responses: { "200": { description: ok } } }
            """;

        var first = Diff(Old, New).Changes;
        var second = Diff(Old, New).Changes;

        Assert.Equal(
            new[] { "GET /a endpoint-removed", "GET /b method-removed", "POST /b endpoint-deprecated", "POST /b response-non-success-status-removed" },
            first.Select(c => c.Operation + " " + c.RuleId));
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("paths: { /pets: { get: { } } }")]
    [InlineData("paths: { /pets: { get: { responses: { \"200\": { description: ok, content: { application/json: { } } } } } } }")]
    [InlineData("paths: { /pets: { get: { responses: { \"200\": { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Missing' } } } } } } } }")]
    [InlineData("paths: { /pets: { get: { security: [ { unknown: [] } ], parameters: [ { in: query }, { name: x } ], responses: { } } } }")]
    [InlineData("paths: { }\nservers: [ { } ]")]
    [InlineData("components: { schemas: { Loop: { $ref: '#/components/schemas/Loop' } } }")]
    public void Odd_documents_compare_without_failing(string body)
    {
        var odd = "openapi: 3.0.3\ninfo: { title: Odd, version: \"1\" }\n" + body;
        const string Plain = "openapi: 3.0.3\ninfo: { title: Odd, version: \"1\" }\npaths: { /pets: { get: { responses: { \"200\": { description: ok } } } } }";

        foreach (var (old, @new) in new[] { (odd, odd), (odd, Plain), (Plain, odd) })
        {
            var report = Diff(old, @new);

            Assert.DoesNotContain(report.Diagnostics, d => d.Id == "SF9999");
        }
    }

    [Fact]
    public void A_change_deep_inside_circular_components_is_found_once()
    {
        const string Template = """
            openapi: 3.0.3
            info: { title: Tree, version: "1" }
            paths:
              /tree:
                get:
                  responses:
                    "200":
                      description: The tree
                      content:
                        application/json:
                          schema: { $ref: '#/components/schemas/Node' }
            components:
              schemas:
                Node:
                  type: object
                  properties:
                    children: { type: array, items: { $ref: '#/components/schemas/Node' } }
                    leaf: { $ref: '#/components/schemas/Leaf' }
                Leaf:
                  type: object
                  properties:
                    parent: { $ref: '#/components/schemas/Node' }
                    weight: { type: WEIGHT }
            """;

        var report = Diff(Template.Replace("WEIGHT", "integer", StringComparison.Ordinal), Template.Replace("WEIGHT", "number", StringComparison.Ordinal));

        var change = Assert.Single(report.Changes);
        Assert.Equal("schema 'Leaf' (used by GET /tree): response property 'weight' type changed from integer to number", change.Message);
    }

    [Fact]
    public void Json_inputs_locate_changes_by_line_and_column()
    {
        var old = OpenApiDiffFixtures.Load("endpoint-added", "old");
        var @new = OpenApiDiffFixtures.Load("endpoint-added", "new");

        var change = Assert.Single(SpecDiff.Compare(@new, old).Changes);

        Assert.Equal("method-removed", change.RuleId);
        Assert.EndsWith(".json", @new.Path, StringComparison.Ordinal);

        // "post" is on the seventh line of new.json, indented by six spaces.
        Assert.Equal((7, 7), (change.Old!.Line, change.Old.Column));
    }
}
