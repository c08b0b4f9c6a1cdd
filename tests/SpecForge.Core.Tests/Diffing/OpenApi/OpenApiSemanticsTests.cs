using System.Linq;
using SpecForge.Core.Diffing;
using SpecForge.Core.Documentation;

namespace SpecForge.Core.Tests.Diffing.OpenApi;

/// <summary>
/// The comparison is by meaning: different spellings of the same schema are equal across OpenAPI versions, and each
/// validation keyword that changes is judged tightened or relaxed by which values it still lets through.
/// </summary>
public sealed class OpenApiSemanticsTests
{
    private static string WithQueryParameter(string version, string schema) => $$"""
        openapi: {{version}}
        info: { title: Pets, version: "1" }
        paths:
          /pets:
            get:
              parameters:
                - { name: p, in: query, schema: {{schema}} }
              responses:
                "200": { description: The pets }
        """;

    private static string WithResponseSchema(string version, string schema) => $$"""
        openapi: {{version}}
        info: { title: Pets, version: "1" }
        paths:
          /pets:
            get:
              responses:
                "200":
                  description: The pets
                  content:
                    application/json:
                      schema: {{schema}}
        components:
          schemas:
            Pet: { type: object, properties: { id: { type: integer } } }
        """;

    [Theory]
    [InlineData("{ type: integer, minimum: 5, exclusiveMinimum: true }", "{ type: integer, exclusiveMinimum: 5 }")]
    [InlineData("{ type: integer, maximum: 9, exclusiveMaximum: true }", "{ type: integer, exclusiveMaximum: 9 }")]
    [InlineData("{ type: string, nullable: true, enum: [a, b] }", "{ type: [string, \"null\"], enum: [b, a, null] }")]
    [InlineData("{ type: string, format: email, description: An email }", "{ type: string, format: email, examples: [a@b.c] }")]
    public void A_30_parameter_schema_and_its_31_spelling_are_equal(string schema30, string schema31)
    {
        var report = Diff(WithQueryParameter("3.0.3", schema30), WithQueryParameter("3.1.0", schema31));

        Assert.Empty(report.Changes);
    }

    [Theory]
    [InlineData("{ $ref: '#/components/schemas/Pet' }", "{ $ref: '#/components/schemas/Pet' }")]
    [InlineData("{ allOf: [ { $ref: '#/components/schemas/Pet' } ], description: Annotated }", "{ $ref: '#/components/schemas/Pet' }")]
    [InlineData("{ type: array, nullable: true, items: { $ref: '#/components/schemas/Pet' } }", "{ oneOf: [ { type: array, items: { $ref: '#/components/schemas/Pet' } }, { type: 'null' } ] }")]
    [InlineData("{ type: object, nullable: true, properties: { a: { type: string } } }", "{ type: [object, 'null'], properties: { a: { type: string } } }")]
    public void A_30_response_schema_and_its_31_spelling_are_equal(string schema30, string schema31)
    {
        var report = Diff(WithResponseSchema("3.0.3", schema30), WithResponseSchema("3.1.0", schema31));

        Assert.Empty(report.Changes);
    }

    [Fact]
    public void A_reference_that_becomes_nullable_is_reported_at_the_use()
    {
        var report = Diff(
            WithResponseSchema("3.1.0", "{ $ref: '#/components/schemas/Pet' }"),
            WithResponseSchema("3.1.0", "{ oneOf: [ { $ref: '#/components/schemas/Pet' }, { type: 'null' } ] }"));

        var change = Assert.Single(report.Changes);
        Assert.Equal("response-property-became-nullable", change.RuleId);
        Assert.Equal("GET /pets: response 200 body became nullable", change.Message);
        Assert.Equal("/paths/~1pets/get/responses/200/content/application~1json/schema", change.New!.Pointer);
    }

    [Theory]
    [InlineData("{ type: integer, minimum: 1 }", "{ type: integer, minimum: 2 }", true, "minimum changed from >= 1 to >= 2")]
    [InlineData("{ type: integer, minimum: 1 }", "{ type: integer, minimum: 1, exclusiveMinimum: true }", true, "minimum changed from >= 1 to > 1")]
    [InlineData("{ type: integer, minimum: 1, exclusiveMinimum: true }", "{ type: integer, minimum: 1 }", false, "minimum changed from > 1 to >= 1")]
    [InlineData("{ type: integer, maximum: 10 }", "{ type: integer }", false, "maximum changed from <= 10 to none")]
    [InlineData("{ type: integer }", "{ type: integer, maximum: 10 }", true, "maximum changed from none to <= 10")]
    [InlineData("{ type: string, minLength: 1 }", "{ type: string, minLength: 2 }", true, "minLength changed from 1 to 2")]
    [InlineData("{ type: string, maxLength: 10 }", "{ type: string, maxLength: 5 }", true, "maxLength changed from 10 to 5")]
    [InlineData("{ type: string }", "{ type: string, pattern: '^a' }", true, "pattern changed from none to '^a'")]
    [InlineData("{ type: string, pattern: '^a' }", "{ type: string }", false, "pattern changed from '^a' to none")]
    [InlineData("{ type: array, items: { type: string } }", "{ type: array, minItems: 1, items: { type: string } }", true, "minItems changed from none to 1")]
    [InlineData("{ type: array, maxItems: 5, items: { type: string } }", "{ type: array, maxItems: 10, items: { type: string } }", false, "maxItems changed from 5 to 10")]
    [InlineData("{ type: array, items: { type: string } }", "{ type: array, uniqueItems: true, items: { type: string } }", true, "uniqueItems became true")]
    [InlineData("{ type: integer, multipleOf: 2 }", "{ type: integer, multipleOf: 4 }", true, "multipleOf changed from 2 to 4")]
    [InlineData("{ type: integer, multipleOf: 4 }", "{ type: integer, multipleOf: 2 }", false, "multipleOf changed from 4 to 2")]
    [InlineData("{ type: array, items: { type: string, maxLength: 9 } }", "{ type: array, items: { type: string, maxLength: 8 } }", true, "query parameter 'p' items maxLength changed from 9 to 8")]
    public void A_changed_constraint_is_tightened_or_relaxed_by_the_values_it_still_accepts(string before, string after, bool tightened, string message)
    {
        var report = Diff(WithQueryParameter("3.0.3", before), WithQueryParameter("3.0.3", after));

        var change = Assert.Single(report.Changes);
        Assert.Equal(tightened ? "request-parameter-constraint-tightened" : "request-parameter-constraint-relaxed", change.RuleId);
        Assert.Contains(message, change.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ type: string }", "{ type: string, format: date-time }", "type changed from string to string (date-time)")]
    [InlineData("{ type: integer }", "{ type: integer, format: int32 }", "type changed from integer to integer (int32)")]
    [InlineData("{ type: array, items: { type: string } }", "{ type: array, items: { type: integer } }", "items type changed from string to integer")]
    public void A_format_that_changes_the_generated_type_is_a_type_change(string before, string after, string message)
    {
        var report = Diff(WithQueryParameter("3.0.3", before), WithQueryParameter("3.0.3", after));

        var change = Assert.Single(report.Changes);
        Assert.Equal("request-parameter-type-changed", change.RuleId);
        Assert.Contains(message, change.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ type: string }", "{ type: string, format: email }")]
    [InlineData("{ type: integer }", "{ type: integer, format: int64 }")]
    [InlineData("{ type: string, format: byte }", "{ type: string, format: binary }")]
    public void A_format_the_generated_type_ignores_is_no_change(string before, string after)
    {
        Assert.Empty(Diff(WithQueryParameter("3.0.3", before), WithQueryParameter("3.0.3", after)).Changes);
    }

    internal static DiffReport Diff(string old, string @new) =>
        SpecDiff.Compare(new DocumentInput("old.yaml", old), new DocumentInput("new.yaml", @new));
}
