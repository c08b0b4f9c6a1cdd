using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using SpecForge.Cli.Commands;
using SpecForge.Core.Diffing.Reports;
using SpecForge.IntegrationTests.Infrastructure;
using SpecForge.Tests.Shared;

namespace SpecForge.IntegrationTests;

/// <summary>
/// <c>specforge diff</c>: the fixture pair pets.v1 → pets.v2 removes DELETE /pets/{petId} (breaking), widens
/// Pet.status with "reserved" (warning) and adds the optional query parameter 'sort' (info).
/// </summary>
public sealed class DiffCliTests
{
    private static readonly string V1 = FixtureFiles.PathOf(Path.Combine("diff", "pets.v1.yaml"));
    private static readonly string V2 = FixtureFiles.PathOf(Path.Combine("diff", "pets.v2.yaml"));
    private static readonly string V2Swagger = FixtureFiles.PathOf(Path.Combine("diff", "pets.v2.swagger.json"));

    [Theory]
    [InlineData("never", 0)]
    [InlineData("breaking", 1)]
    [InlineData("warning", 1)]
    public void Fail_on_sets_the_exit_code(string failOn, int expected)
    {
        var (exit, stdout, stderr) = Run(new DiffOptions(V1, V2, FailOn: Enum.Parse<FailOn>(failOn, ignoreCase: true)));

        Assert.True(exit == expected, stdout + stderr);
        Assert.StartsWith("1 breaking, 1 warning, 1 info", stdout, StringComparison.Ordinal);
        Assert.Contains("method-removed  DELETE /pets/{petId}", stdout, StringComparison.Ordinal);
        Assert.Contains("pets.v1.yaml(41,5) /paths/~1pets~1{petId}/delete", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_a_warning_left_fails_on_warning_but_not_on_breaking()
    {
        using var folder = new TempDirectory("specforge-diff");
        var ignore = folder.Combine("ignore.txt");
        File.WriteAllText(ignore, "# accepted\nDELETE /pets/{petId}  deleting pets moved to the admin API\n");

        var (onBreaking, stdout, _) = Run(new DiffOptions(V1, V2, FailOn: FailOn.Breaking, IgnoreFile: ignore));
        var (onWarning, _, _) = Run(new DiffOptions(V1, V2, FailOn: FailOn.Warning, IgnoreFile: ignore));

        Assert.True(onBreaking == 0, stdout);
        Assert.Equal(1, onWarning);
        Assert.StartsWith("0 breaking, 1 warning, 1 info, 1 ignored", stdout, StringComparison.Ordinal);
        Assert.Contains("deleting pets moved to the admin API", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_swagger_20_document_equal_to_its_31_counterpart_shows_no_change()
    {
        var (exit, stdout, stderr) = Run(new DiffOptions(V2, V2Swagger, FailOn: FailOn.Warning));

        Assert.True(exit == 0, stdout + stderr);
        Assert.StartsWith("0 breaking, 0 warnings, 0 info", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_lists_every_change_with_both_locations()
    {
        using var folder = new TempDirectory("specforge-diff");
        var output = folder.Combine("diff.json");

        var (exit, stdout, _) = Run(new DiffOptions(V1, V2, Format: DiffFormat.Json, Output: output));

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stdout);
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("summary").GetProperty("breaking").GetInt32());
        var widened = root.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("rule").GetString() == "response-enum-widened");
        Assert.Equal("warning", widened.GetProperty("level").GetString());
        Assert.Equal("/components/schemas/Pet/properties/status/enum", widened.GetProperty("old").GetProperty("pointer").GetString());
        Assert.Equal(55, widened.GetProperty("new").GetProperty("line").GetInt32());
        Assert.Contains("keep unknown enum values", widened.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_output_is_grouped_by_level_then_tag()
    {
        var (_, stdout, _) = Run(new DiffOptions(V1, V2, Format: DiffFormat.Markdown));

        var breaking = stdout.IndexOf("### Breaking (1)", StringComparison.Ordinal);
        var warnings = stdout.IndexOf("### Warnings (1)", StringComparison.Ordinal);
        var info = stdout.IndexOf("### Info (1)", StringComparison.Ordinal);
        Assert.True(breaking > 0 && breaking < warnings && warnings < info, stdout);
        Assert.Contains("#### pets", stdout[breaking..warnings], StringComparison.Ordinal);
        Assert.Contains("#### Shared schemas", stdout[warnings..info], StringComparison.Ordinal);
        Assert.Contains("| `method-removed` |", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_seed_docs_indexes_compare_within_the_range_both_cover()
    {
        var (exit, stdout, stderr) = Run(new DiffOptions(RepoPaths.InRepo("specs", "mindhunters", "llms.v1.txt"), RepoPaths.InRepo("specs", "mindhunters", "llms.v2.txt")));

        Assert.True(exit == 0, stdout + stderr);
        Assert.StartsWith("22 breaking, 1 warning, 122 info", stdout, StringComparison.Ordinal);
        Assert.Contains("likely renamed to 'Remove a tag from a contact'", stdout, StringComparison.Ordinal);
        Assert.Contains("llms.v2.txt is truncated", stdout, StringComparison.Ordinal);
        Assert.Contains("the 62 entries of", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Changes_in_markdown_docs_point_at_the_markdown_page()
    {
        using var folder = new TempDirectory("specforge-diff");
        var old = folder.Combine("old.md");
        var @new = folder.Combine("new.md");
        const string Docs = "# Acme API — full reference\n\nBase URL: `https://api.acme.test/v1`\n\n---\n\n## Widgets\n\nManage widgets.\n\n"
            + "### GET /widgets/:id\n\nGet one widget.\n\nParameters:\n- `id` (path, uuid, required): Widget ID\n";
        File.WriteAllText(old, Docs);
        File.WriteAllText(@new, Docs + "- `expand` (query, string, required): What to expand\n");

        var (exit, stdout, stderr) = Run(new DiffOptions(old, @new, FailOn: FailOn.Breaking));

        Assert.True(exit == 1, stdout + stderr);
        Assert.Contains("request-parameter-added-required  GET /widgets/{id}: query parameter 'expand'", stdout, StringComparison.Ordinal);
        Assert.Matches(@"new: .*new\.md\(1[0-9],\d+\)", stdout);
    }

    [Fact]
    public void Unreadable_inputs_and_mixed_kinds_exit_2()
    {
        using var folder = new TempDirectory("specforge-diff");
        var broken = folder.Combine("broken.yaml");
        File.WriteAllText(broken, "openapi: 3.0.3\ninfo: [unclosed\n");

        var (malformed, _, malformedErr) = Run(new DiffOptions(V1, broken));
        var (mixed, _, mixedErr) = Run(new DiffOptions(V1, RepoPaths.InRepo("specs", "mindhunters", "llms.v1.txt")));
        var (missing, _, missingErr) = Run(new DiffOptions(V1, folder.Combine("absent.yaml")));

        Assert.Equal(2, malformed);
        Assert.Matches(@"broken\.yaml\(\d+,\d+\): error SF1002", malformedErr);
        Assert.Equal(2, mixed);
        Assert.Contains("SF4003", mixedErr, StringComparison.Ordinal);
        Assert.Equal(2, missing);
        Assert.Contains("absent.yaml", missingErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_tool_reads_its_options_from_the_command_line()
    {
        var result = await CliProcess.RunAsync("diff", V1, V2, "--format", "markdown", "--fail-on", "breaking");

        Assert.True(result.ExitCode == 1, result.Describe());
        Assert.StartsWith("## API diff: 1 breaking, 1 warning, 1 info", result.StandardOutput, StringComparison.Ordinal);
    }

    private static (int Exit, string Stdout, string Stderr) Run(DiffOptions options)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = DiffCommand.Run(options, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
