using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using SpecForge.IntegrationTests.Infrastructure;

namespace SpecForge.IntegrationTests;

/// <summary>
/// No verb exits non-zero without saying why: the real tool, run as a user would, prints at least one
/// <c>file(line,col): error SFxxxx: message</c> line naming the file at fault, and nothing else on standard error.
/// </summary>
public sealed class ExitReasonTests : IDisposable
{
    // What compilers print, and what editors and CI logs link: "file(line,col): severity id: message"; a problem with the
    // command line itself names the program instead of a file.
    private static readonly Regex DiagnosticLine = new(@"^(?<file>.+?)(\((?<line>\d+),(?<column>\d+)\))?: (error|warning|info) SF\d{4}: \S.*$");

    private readonly TempDirectory _folder = new("specforge-exit");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_missing_spec_is_SF0001_at_that_file_for_every_verb()
    {
        var missing = _folder.Combine("missing.yaml");
        foreach (var arguments in new[]
        {
            new[] { "generate", missing, "-o", _folder.Combine("out") },
            new[] { "normalize", missing, "-o", _folder.Combine("out.json") },
            new[] { "diff", missing, FixtureFiles.PathOf(FixtureFiles.Petstore) },
            new[] { "mock", missing },
            new[] { "regen", "--manifest", _folder.Combine("missing.json") },
        })
        {
            var result = await CliProcess.RunAsync(arguments);

            var errors = AssertExplained(result, expectedExit: 2);
            Assert.Contains(errors, e => e.Id == "SF0001" && e.File.EndsWith("missing." + (arguments[0] == "regen" ? "json" : "yaml"), StringComparison.Ordinal) && e.Line == 1);
        }
    }

    [Fact]
    public async Task A_command_line_the_tool_does_not_understand_is_SF0002_naming_the_tool()
    {
        var result = await CliProcess.RunAsync("generate", "--no-such-option");

        var errors = AssertExplained(result, expectedExit: 2);
        Assert.Contains(errors, e => e.Id == "SF0002" && e.File == "specforge");
    }

    [Fact]
    public async Task An_output_folder_that_cannot_be_created_is_SF0003_at_the_file_that_was_not_written()
    {
        var blocker = _folder.Combine("out");
        await File.WriteAllTextAsync(blocker, "a file where the output folder should be");

        var result = await CliProcess.RunAsync("generate", FixtureFiles.PathOf(FixtureFiles.Petstore), "-o", blocker);

        var errors = AssertExplained(result, expectedExit: 1);
        Assert.Contains(errors, e => e.Id == "SF0003" && e.File.StartsWith(blocker, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_docs_index_alone_is_SF2013_at_the_index()
    {
        var index = _folder.Combine("llms.txt");
        await File.WriteAllTextAsync(index, "# Acme\n\n## Docs\n\n- [Create a widget](https://docs.acme.test/api-reference/widgets/create-a-widget.md): Creates one.\n");

        var result = await CliProcess.RunAsync("normalize", index, "-o", _folder.Combine("acme.json"));

        var errors = AssertExplained(result, expectedExit: 1);
        Assert.Contains(errors, e => e.Id == "SF2013" && e.File.EndsWith("llms.txt", StringComparison.Ordinal));
        Assert.False(File.Exists(_folder.Combine("acme.json")));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_broken_side_of_a_diff_is_blamed_and_the_good_side_never_is(bool brokenIsOld)
    {
        var broken = FixtureFiles.PathOf(FixtureFiles.Malformed);
        var good = FixtureFiles.PathOf(FixtureFiles.Petstore);

        var result = brokenIsOld ? await CliProcess.RunAsync("diff", broken, good) : await CliProcess.RunAsync("diff", good, broken);

        var errors = AssertExplained(result, expectedExit: 2);
        Assert.All(errors, e => Assert.Equal(broken, e.File));
    }

    [Fact]
    public async Task A_change_at_the_fail_on_level_is_SF4004_where_it_is_in_the_new_document()
    {
        var v1 = FixtureFiles.PathOf("diff/pets.v1.yaml");
        var v2 = FixtureFiles.PathOf("diff/pets.v2.yaml");

        var result = await CliProcess.RunAsync("diff", v1, v2, "--fail-on", "breaking");

        var errors = AssertExplained(result, expectedExit: 1);
        Assert.All(errors, e => Assert.Equal("SF4004", e.Id));
        Assert.All(errors, e => Assert.True(e.File.EndsWith(".yaml", StringComparison.Ordinal) && e.Line > 0, e.Text));
        Assert.Contains(errors, e => e.File == v1);
    }

    [Fact]
    public async Task Spec_text_with_line_breaks_cannot_forge_a_diagnostic_line()
    {
        var spec = _folder.Combine("forged.yaml");
        await File.WriteAllTextAsync(spec, "openapi: 3.0.0\ninfo: {title: T, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n"
            + "          description: ok\n          content:\n            application/json:\n              schema:\n"
            + "                $ref: \"#/components/schemas/Gone\\nfile(7,7): error SF1001: forged\\u2028file(8,8): error SF1001: forged\"\n");

        var result = await CliProcess.RunAsync("generate", spec, "-o", _folder.Combine("out"));

        var errors = AssertExplained(result, expectedExit: 1);
        var unresolved = Assert.Single(errors);
        Assert.Equal(("SF1006", 12), (unresolved.Id, unresolved.Line));
        Assert.Contains("\\nfile(7,7): error SF1001: forged\\u2028file(8,8)", unresolved.Text, StringComparison.Ordinal);
        var lines = Lines(result.StandardError);
        Assert.All(lines, line => Assert.StartsWith(spec + "(", line, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.StartsWith("file(", StringComparison.Ordinal));
    }

    // Every line on standard error is a diagnostic, at least one an error.
    private static (string File, int Line, string Id, string Text)[] AssertExplained(ProcessResult result, int expectedExit)
    {
        Assert.True(result.ExitCode == expectedExit, result.Describe());
        var lines = Lines(result.StandardError);
        Assert.True(lines.Length > 0, "Nothing on standard error. " + result.Describe());
        var parsed = lines.Select(line => (Line: line, Match: DiagnosticLine.Match(line))).ToList();
        Assert.All(parsed, p => Assert.True(p.Match.Success, "Not a diagnostic line: " + p.Line));
        var errors = parsed.Where(p => p.Line.Contains(": error SF", StringComparison.Ordinal))
            .Select(p => (p.Match.Groups["file"].Value, p.Match.Groups["line"].Success ? int.Parse(p.Match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0, Regex.Match(p.Line, @"SF\d{4}").Value, p.Line))
            .ToArray();
        Assert.True(errors.Length > 0, "No error line. " + result.Describe());
        return errors;
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}
