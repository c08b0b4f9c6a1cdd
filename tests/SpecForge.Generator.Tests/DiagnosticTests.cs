using System.Linq;
using Microsoft.CodeAnalysis;
using SpecForge.Generator.Tests.Infrastructure;
using SpecForge.Tests.SharedGenerator;

namespace SpecForge.Generator.Tests;

/// <summary>Bad input becomes a located diagnostic, never an exception (DESIGN.md rule 5).</summary>
public sealed class DiagnosticTests
{
    private const string ValidSpec = """
        openapi: 3.0.0
        info: { title: T, version: "1" }
        paths: {}
        """;

    [Fact]
    public void Malformed_json_is_SF1001_at_the_broken_token()
    {
        var text = "{\n  \"openapi\": \"3.0.0\",\n  \"info\": { \"title\": \"T\" \"version\": \"1\" }\n}\n";

        var diagnostic = Single(new TestFile("/specs/broken.json", text));

        AssertAt(diagnostic, "SF1001", "/specs/broken.json", line: 3, column: 26);
    }

    [Fact]
    public void Malformed_yaml_is_SF1002_at_the_broken_line()
    {
        var text = "openapi: 3.0.0\ninfo:\n  title: T\n  version: \"1\n  x: [1, 2\npaths: {}\n";

        var diagnostic = Single(new TestFile("/specs/broken.yaml", text));

        Assert.Equal("SF1002", diagnostic.Id);
        Assert.Equal("/specs/broken.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.InRange(diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1, 4, 6);
    }

    [Fact]
    public void Json_that_is_not_openapi_is_SF1003()
    {
        var diagnostic = Single(new TestFile("/specs/package.json", "{\n  \"name\": \"left-pad\",\n  \"version\": \"1.3.0\"\n}\n"));

        AssertAt(diagnostic, "SF1003", "/specs/package.json", line: 1, column: 1);
    }

    [Fact]
    public void An_unresolvable_ref_is_SF1006_at_the_reference_and_the_rest_still_generates()
    {
        var text = """
            openapi: 3.0.0
            info: { title: T, version: "1" }
            paths:
              /a:
                get:
                  operationId: getA
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema:
                            $ref: "#/components/schemas/Missing"
            """;

        var (_, result, _) = GeneratorHarness.Run(new[] { new TestFile("/specs/dangling.yaml", text) });

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "SF1006");
        AssertAt(diagnostic, "SF1006", "/specs/dangling.yaml", line: 13, column: 17);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains(GeneratorHarness.Sources(result), s => s.HintName == "DanglingClient.Client.g.cs");
    }

    [Fact]
    public void A_broken_template_is_SF3001_at_the_template_line_and_the_default_is_used()
    {
        var template = "{{ render \"FileHeader\" }}\nnamespace {{ Namespace }}\n{\n{{ for property in Properties }}\n    // {{ property.Name }}\n}\n";

        var (_, result, output) = GeneratorHarness.Run(new[]
        {
            new TestFile("/specs/api.yaml", ValidSpec + "\ncomponents:\n  schemas:\n    Thing: { type: object, properties: { a: { type: string } } }\n"),
            new TestFile("/my/templates/Dto.sbncs", template, Kind: "Template"),
        });

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "SF3001");
        AssertAt(diagnostic, "SF3001", "/my/templates/Dto.sbncs", line: 5, column: 27);
        Assert.Contains("<end>", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotNull(output.GetTypeByMetadataName("Api.Thing"));
    }

    [Fact]
    public void A_misspelled_member_is_SF3002_at_its_line_and_column_not_empty_text()
    {
        var (_, result, _) = GeneratorHarness.Run(new[]
        {
            new TestFile("/specs/api.yaml", ValidSpec),
            new TestFile("/my/templates/ClientOptions.sbncs", "// options\nnamespace {{ Namespace }} { public partial class {{ ClientNmae }}Options { } }\n", Kind: "Template"),
        });

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "SF3002");
        AssertAt(diagnostic, "SF3002", "/my/templates/ClientOptions.sbncs", line: 2, column: 53);
        Assert.Contains("ClientNmae", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(GeneratorHarness.Sources(result), s => s.HintName.StartsWith("ApiClient.", System.StringComparison.Ordinal));
        Assert.All(result.Results, r => Assert.Null(r.Exception));
    }

    [Fact]
    public void A_misspelled_member_of_a_loop_item_inside_a_rendered_partial_is_reported_in_the_partial()
    {
        var (_, result, _) = GeneratorHarness.Run(new[]
        {
            new TestFile("/specs/api.yaml", ValidSpec + "\ncomponents:\n  schemas:\n    Thing: { type: object, properties: { a: { type: string } } }\n"),
            new TestFile("/my/templates/Dto.Members.sbncs", "{{ for property in Properties }}\n// {{ property.Nmae }}\n{{ end }}", Kind: "Template"),
        });

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "SF3002");
        AssertAt(diagnostic, "SF3002", "/my/templates/Dto.Members.sbncs", line: 2, column: 16);
    }

    [Fact]
    public void An_unknown_function_is_SF3002()
    {
        var (_, result, _) = GeneratorHarness.Run(new[]
        {
            new TestFile("/specs/api.yaml", ValidSpec),
            new TestFile("/my/templates/Client.Members.sbncs", "{{ string.shout Namespace }}", Kind: "Template"),
        });

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "SF3002");
        AssertAt(diagnostic, "SF3002", "/my/templates/Client.Members.sbncs", line: 1, column: 11);
    }

    [Fact]
    public void A_handlebars_override_is_SF3004_saying_how_to_convert_it()
    {
        var (_, result, output) = GeneratorHarness.Run(new[]
        {
            new TestFile("/specs/api.yaml", ValidSpec),
            new TestFile("/my/templates/Dto.Members.hbs", "{{#each Properties}}{{Name}}{{/each}}", Kind: "Template"),
        });

        var diagnostic = Assert.Single(result.Diagnostics);
        AssertAt(diagnostic, "SF3004", "/my/templates/Dto.Members.hbs", line: 1, column: 1);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("specforge templates export", message);
        Assert.Contains("{{ for item in Items }}", message);
        Assert.NotEmpty(GeneratorHarness.Sources(result));
    }

    [Fact]
    public void An_override_that_matches_no_template_is_SF3003()
    {
        var (_, result, _) = GeneratorHarness.Run(new[]
        {
            new TestFile("/specs/api.yaml", ValidSpec),
            new TestFile("/my/templates/Dtoo.sbncs", "typo", Kind: "Template"),
        });

        AssertAt(Assert.Single(result.Diagnostics), "SF3003", "/my/templates/Dtoo.sbncs", line: 1, column: 1);
    }

    [Fact]
    public void An_allof_cycle_is_SF1010_at_the_reference_that_closes_it_and_the_code_still_compiles()
    {
        var text = """
            openapi: 3.1.0
            info: { title: T, version: "1" }
            paths: {}
            components:
              schemas:
                A:
                  allOf:
                    - $ref: "#/components/schemas/B"
                    - { type: object, properties: { a: { type: string } } }
                B:
                  allOf:
                    - $ref: "#/components/schemas/A"
                    - { type: object, properties: { b: { type: string } } }
            """;

        var (_, result, output) = GeneratorHarness.Run(new[] { new TestFile("/specs/cycle.yaml", text) });

        // A inherits B (its one $ref); B cannot inherit A back, so B copies A's members and meets itself on the way.
        var cycle = Assert.Single(result.Diagnostics, d => d.Id == "SF1010");
        AssertAt(cycle, "SF1010", "/specs/cycle.yaml", line: 8, column: 11);
        GeneratedCode.AssertCleanAndCompiles(result, output);
    }

    [Fact]
    public void A_schema_nested_500_deep_is_SF1009_not_a_stack_overflow()
    {
        var deep = string.Concat(System.Linq.Enumerable.Repeat("{\"type\":\"object\",\"properties\":{\"x\":", 500)) + "{}" + new string('}', 1000);
        var text = "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"T\",\"version\":\"1\"},\"paths\":{},\"components\":{\"schemas\":{\"Deep\":" + deep + "}}}";

        var diagnostic = Single(new TestFile("/specs/deep.json", text));

        Assert.Equal("SF1009", diagnostic.Id);
        Assert.Equal(1, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
    }

    [Fact]
    public void An_invalid_but_readable_spec_gives_warnings_not_errors()
    {
        var text = """
            openapi: 3.0.0
            info: { title: T, version: "1" }
            paths:
              /things/{id}:
                get:
                  operationId: getThing
                  responses:
                    "200": { description: ok }
            """;

        var (_, result, output) = GeneratorHarness.Run(new[] { new TestFile("/specs/api.yaml", text) });

        // The harness compiles with warnings as errors, which promotes the warning without changing its nature.
        var warning = Assert.Single(result.Diagnostics);
        Assert.True(warning.Severity == DiagnosticSeverity.Warning || warning.IsWarningAsError, warning.ToString());
        Assert.Contains("{id}", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        GeneratedCode.AssertCleanAndCompiles(result, output);
    }

    private static Diagnostic Single(TestFile file)
    {
        var (_, result, _) = GeneratorHarness.Run(new[] { file });
        Assert.All(result.Results, r => Assert.Null(r.Exception));
        Assert.Empty(GeneratorHarness.Sources(result));
        return Assert.Single(result.Diagnostics);
    }

    private static void AssertAt(Diagnostic diagnostic, string id, string path, int line, int column)
    {
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(path, span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
    }
}
