using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
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

    private const string SpecWithThing = ValidSpec + "\ncomponents:\n  schemas:\n    Thing: { type: object, properties: { a: { type: string } } }\n";

    [Fact]
    public async Task Malformed_json_is_SF1001_at_the_broken_token()
    {
        var text = "{\n  \"openapi\": \"3.0.0\",\n  \"info\": { \"title\": \"T\" \"version\": \"1\" }\n}\n";

        var test = await SpecForgeGeneratorTest.VerifyAsync(
            new[] { new TestFile("/specs/broken.json", text) },
            DiagnosticResult.CompilerError("SF1001").WithSpan("/specs/broken.json", 3, 26, 3, 26));

        Assert.Empty(test.GeneratedHintNames);
    }

    [Fact]
    public async Task Malformed_yaml_is_SF1002_at_the_broken_line()
    {
        var text = "openapi: 3.0.0\ninfo:\n  title: T\n  version: \"1\n  x: [1, 2\npaths: {}\n";

        var test = await SpecForgeGeneratorTest.VerifyAsync(
            new[] { new TestFile("/specs/broken.yaml", text) },
            DiagnosticResult.CompilerError("SF1002").WithSpan("/specs/broken.yaml", 4, 12, 4, 12));

        Assert.Empty(test.GeneratedHintNames);
    }

    [Fact]
    public async Task Json_that_is_not_openapi_is_SF1003()
    {
        var test = await SpecForgeGeneratorTest.VerifyAsync(
            new[] { new TestFile("/specs/package.json", "{\n  \"name\": \"left-pad\",\n  \"version\": \"1.3.0\"\n}\n") },
            DiagnosticResult.CompilerError("SF1003").WithSpan("/specs/package.json", 1, 1, 1, 1));

        Assert.Empty(test.GeneratedHintNames);
    }

    [Fact]
    public async Task An_unresolvable_ref_is_SF1006_at_the_reference_and_the_rest_still_generates()
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

        var test = await SpecForgeGeneratorTest.VerifyAsync(
            new[] { new TestFile("/specs/dangling.yaml", text) },
            DiagnosticResult.CompilerError("SF1006").WithSpan("/specs/dangling.yaml", 13, 17, 13, 17));

        Assert.Contains("DanglingClient.Client.g.cs", test.GeneratedHintNames);
    }

    [Fact]
    public async Task A_broken_template_is_SF3001_at_the_template_line_and_the_default_is_used()
    {
        var template = "{{ render \"FileHeader\" }}\nnamespace {{ Namespace }}\n{\n{{ for property in Properties }}\n    // {{ property.Name }}\n}\n";

        var test = await SpecForgeGeneratorTest.VerifyAsync(
            new[] { new TestFile("/specs/api.yaml", SpecWithThing), new TestFile("/my/templates/Dto.sbncs", template, Kind: "Template") },
            DiagnosticResult.CompilerError("SF3001").WithSpan("/my/templates/Dto.sbncs", 5, 27, 5, 27)
                .WithMessage("Template 'Dto': Error while parsing for statement: The <end> statement was not found in: for <variable> in <expression> ... end"));

        Assert.NotNull(test.Output!.GetTypeByMetadataName("Api.Thing"));
    }

    [Fact]
    public async Task A_misspelled_member_is_SF3002_at_its_line_and_column_not_empty_text()
    {
        var test = await SpecForgeGeneratorTest.VerifyAsync(
            new[]
            {
                new TestFile("/specs/api.yaml", ValidSpec),
                new TestFile("/my/templates/ClientOptions.sbncs", "// options\nnamespace {{ Namespace }} { public partial class {{ ClientNmae }}Options { } }\n", Kind: "Template"),
            },
            DiagnosticResult.CompilerError("SF3002").WithSpan("/my/templates/ClientOptions.sbncs", 2, 53, 2, 53)
                .WithMessage("Template failed while rendering: The variable or function `ClientNmae` was not found"));

        // The client's files are not half written; the codec, rendered apart, is still there.
        Assert.DoesNotContain("ApiClient.Options.g.cs", test.GeneratedHintNames);
        Assert.DoesNotContain("ApiClient.Client.g.cs", test.GeneratedHintNames);
        Assert.Contains("ApiClient.Json.g.cs", test.GeneratedHintNames);
    }

    [Fact]
    public async Task A_misspelled_member_of_a_loop_item_inside_a_rendered_partial_is_reported_in_the_partial_once_for_all_records()
    {
        // Three records render the hook, each in its own unit; the verifier fails on any diagnostic beyond the one expected.
        await SpecForgeGeneratorTest.VerifyAsync(
            new[]
            {
                new TestFile("/specs/api.yaml", SpecWithThing + "    Other: { type: object, properties: { b: { type: string } } }\n    Third: { type: object, properties: { c: { type: integer } } }\n"),
                new TestFile("/my/templates/Dto.Members.sbncs", "{{ for property in Properties }}\n// {{ property.Nmae }}\n{{ end }}", Kind: "Template"),
            },
            DiagnosticResult.CompilerError("SF3002").WithSpan("/my/templates/Dto.Members.sbncs", 2, 16, 2, 16));
    }

    [Fact]
    public async Task An_unknown_function_is_SF3002()
    {
        await SpecForgeGeneratorTest.VerifyAsync(
            new[] { new TestFile("/specs/api.yaml", ValidSpec), new TestFile("/my/templates/Client.Members.sbncs", "{{ string.shout Namespace }}", Kind: "Template") },
            DiagnosticResult.CompilerError("SF3002").WithSpan("/my/templates/Client.Members.sbncs", 1, 11, 1, 11));
    }

    [Fact]
    public async Task A_handlebars_override_is_SF3004_saying_how_to_convert_it()
    {
        var test = await SpecForgeGeneratorTest.VerifyAsync(
            new[] { new TestFile("/specs/api.yaml", ValidSpec), new TestFile("/my/templates/Dto.Members.hbs", "{{#each Properties}}{{Name}}{{/each}}", Kind: "Template") },
            DiagnosticResult.CompilerError("SF3004").WithSpan("/my/templates/Dto.Members.hbs", 1, 1, 1, 1)
                .WithMessage(
                    "'Dto.Members.hbs' is a Handlebars template; SpecForge templates are Scriban now, so it is not used. "
                    + "Start from the default with 'specforge templates export <dir>' and carry your change over: "
                    + "'{{Name}}' becomes '{{ Name }}', '{{#each Items}}...{{/each}}' becomes '{{ for item in Items }}...{{ end }}' with 'item.Name' inside, "
                    + "'{{> Partial}}' becomes '{{ render \"Partial\" }}' (docs/templates.md)."));

        Assert.NotEmpty(test.GeneratedHintNames);
    }

    [Fact]
    public async Task An_override_that_matches_no_template_is_SF3003()
    {
        await SpecForgeGeneratorTest.VerifyAsync(
            new[] { new TestFile("/specs/api.yaml", ValidSpec), new TestFile("/my/templates/Dtoo.sbncs", "typo", Kind: "Template") },
            DiagnosticResult.CompilerWarning("SF3003").WithSpan("/my/templates/Dtoo.sbncs", 1, 1, 1, 1));
    }

    [Fact]
    public async Task An_allof_cycle_is_SF1010_at_the_reference_that_closes_it_and_the_code_still_compiles()
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

        // A inherits B (its one $ref); B cannot inherit A back, so B copies A's members and meets itself on the way.
        await SpecForgeGeneratorTest.VerifyCompilingCleanlyAsync(
            new[] { new TestFile("/specs/cycle.yaml", text) },
            DiagnosticResult.CompilerWarning("SF1010").WithSpan("/specs/cycle.yaml", 8, 11, 8, 11));
    }

    [Fact]
    public async Task A_schema_nested_500_deep_is_SF1009_not_a_stack_overflow()
    {
        var deep = string.Concat(System.Linq.Enumerable.Repeat("{\"type\":\"object\",\"properties\":{\"x\":", 500)) + "{}" + new string('}', 1000);
        var text = "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"T\",\"version\":\"1\"},\"paths\":{},\"components\":{\"schemas\":{\"Deep\":" + deep + "}}}";

        var test = await SpecForgeGeneratorTest.VerifyAsync(
            new[] { new TestFile("/specs/deep.json", text) },
            DiagnosticResult.CompilerError("SF1009").WithSpan("/specs/deep.json", 1, 4538, 1, 4538));

        Assert.Empty(test.GeneratedHintNames);
    }

    [Fact]
    public async Task An_invalid_but_readable_spec_gives_warnings_not_errors()
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

        await SpecForgeGeneratorTest.VerifyCompilingCleanlyAsync(
            new[] { new TestFile("/specs/api.yaml", text) },
            DiagnosticResult.CompilerWarning("SF1005").WithSpan("/specs/api.yaml", 5, 5, 5, 5)
                .WithMessage("The path variable '{id}' has no parameter declared; it is generated as a required string."));
    }
}
