using System.Linq;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Modeling;

namespace SpecForge.Core.Tests.Modeling;

/// <summary>Schema keywords reach the model as equatable values, the same for OpenAPI 3.0 and 3.1 spellings.</summary>
public sealed class ConstraintModelingTests
{
    [Fact]
    public void Exclusive_bounds_read_the_same_from_3_0_booleans_and_3_1_numbers()
    {
        var v30 = Property(Parse("openapi: 3.0.3", "{ type: integer, minimum: 0, exclusiveMinimum: true, maximum: 9, exclusiveMaximum: true }"));
        var v31 = Property(Parse("openapi: 3.1.0", "{ type: integer, exclusiveMinimum: 0, exclusiveMaximum: 9 }"));

        Assert.Equal(new ConstraintsModel { Minimum = "0", ExclusiveMinimum = true, Maximum = "9", ExclusiveMaximum = true }, v30.Constraints);
        Assert.Equal(v30.Constraints, v31.Constraints);
    }

    [Fact]
    public void A_3_0_false_exclusive_flag_keeps_the_bound_inclusive()
    {
        var property = Property(Parse("openapi: 3.0.3", "{ type: integer, minimum: 2, exclusiveMinimum: false }"));

        Assert.Equal(new ConstraintsModel { Minimum = "2" }, property.Constraints);
    }

    [Fact]
    public void Lists_carry_their_item_constraints_and_aliases_are_followed()
    {
        var parsed = Parse("openapi: 3.1.0", "{ type: array, minItems: 1, uniqueItems: true, items: { $ref: '#/components/schemas/Phone' } }",
            "Phone: { type: string, pattern: '^\\+[1-9]\\d{1,14}$', x-format: e164 }");

        var constraints = Property(parsed).Constraints!;
        Assert.Equal(1, constraints.MinItems);
        Assert.True(constraints.UniqueItems);
        Assert.Equal("^\\+[1-9]\\d{1,14}$", constraints.Items!.Pattern);
        Assert.Null(constraints.Items.Format);
    }

    [Fact]
    public void The_markdown_x_format_is_the_format_only_when_no_pattern_says_it()
    {
        var parsed = Parse("openapi: 3.1.0", "{ type: string, x-format: e164 }");

        Assert.Equal("e164", Property(parsed).Constraints!.Format);
    }

    [Fact]
    public void A_time_with_a_pattern_is_a_string_checked_by_the_pattern_and_a_time_alone_a_TimeOnly_checked_by_the_format()
    {
        var documented = Property(Parse("openapi: 3.1.0", "{ type: string, format: time, pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' }"));
        var bare = Property(Parse("openapi: 3.1.0", "{ type: string, format: time }"));
        var dated = Property(Parse("openapi: 3.1.0", "{ type: string, format: date, pattern: '^\\d{4}-\\d{2}-\\d{2}$' }"));

        Assert.Equal(("string?", new ConstraintsModel { Pattern = "^([01]\\d|2[0-3]):[0-5]\\d$" }), (documented.Type.Display, documented.Constraints));
        Assert.Equal(("global::System.TimeOnly?", new ConstraintsModel { Format = "time" }), (bare.Type.Display, bare.Constraints));
        // Only time gives way: a date's pattern agrees with RFC 3339's full-date, so the DateOnly stays.
        Assert.Equal(("global::System.DateOnly?", "date"), (dated.Type.Display, dated.Constraints!.Format));
    }

    [Fact]
    public void Const_and_listed_values_are_json()
    {
        var parsed = Parse("openapi: 3.1.0", "{ type: string, const: fixed }");

        Assert.Equal("\"fixed\"", Property(parsed).Constraints!.ConstJson);
    }

    [Fact]
    public void A_pattern_dotnet_cannot_check_is_a_located_warning_and_is_dropped()
    {
        var parsed = Parse("openapi: 3.1.0", "{ type: string, minLength: 1, pattern: '[a-' }");

        var warning = Assert.Single(parsed.Diagnostics, d => d.Id == DiagnosticCatalog.PatternNotSupported);
        Assert.Equal(SpecSeverity.Warning, warning.Severity);
        Assert.Equal("/specs/t.yaml", warning.FilePath);
        Assert.Equal(11, warning.Line);
        Assert.True(warning.Column > 1);
        Assert.Equal(new ConstraintsModel { MinLength = 1 }, Property(parsed).Constraints);
    }

    [Fact]
    public void A_schema_without_keywords_has_no_constraints()
    {
        Assert.Null(Property(Parse("openapi: 3.1.0", "{ type: string }")).Constraints);
    }

    private static SpecParseResult Parse(string version, string schema, string extraComponent = "")
    {
        var yaml = version + "\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
            + (extraComponent.Length > 0 ? "    " + extraComponent + "\n" : "    Filler: { type: string }\n")
            + "    Holder:\n      type: object\n      properties:\n        value:\n          " + schema.Replace("\n", " ") + "\n";
        var parsed = SpecPipeline.Parse(SpecInput.Create("/specs/t.yaml", yaml, null, "TClient", null));
        Assert.DoesNotContain(parsed.Diagnostics, d => d.Severity == SpecSeverity.Error);
        return parsed;
    }

    private static PropertyModel Property(SpecParseResult parsed) =>
        parsed.Model!.Dtos.Single(d => d.Name == "Holder").Properties.Single();
}
