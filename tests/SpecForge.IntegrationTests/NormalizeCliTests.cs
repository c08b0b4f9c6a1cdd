using System;
using System.IO;
using System.Text.Json.Nodes;
using SpecForge.Cli.Commands;
using SpecForge.IntegrationTests.Infrastructure;
using SpecForge.Tests.Shared;
using Spectre.Console;

namespace SpecForge.IntegrationTests;

/// <summary><c>specforge normalize</c>: documentation in, an OpenAPI 3.1 file and a summary table out, with the documented exit codes.</summary>
public sealed class NormalizeCliTests
{
    private const string Reference = """
        # Acme API — full reference

        Base URL: `https://api.acme.test/v1`

        Authentication: `Authorization: Bearer ` (one key per workspace).

        ---

        ## Widgets

        Manage widgets.

        ### GET /widgets/:id

        Get one widget.

        **Scopes:** `widgets:read`

        Parameters:
        - `id` (path, uuid, required): Widget ID
        - `limit` (query, number): Max results (1-100, default 25)
        - `kind` (query, wibble): An unknown type token
        """;

    [Fact]
    public void Normalize_writes_an_openapi_31_document_and_a_summary()
    {
        using var folder = new TempDirectory("specforge-normalize");
        var input = Path.Combine(folder.Path, "acme.md");
        File.WriteAllText(input, Reference);
        var output = Path.Combine(folder.Path, "out", "acme.openapi.json");
        var table = new StringWriter();
        var console = Console(table);
        var stderr = new StringWriter();

        var exitCode = NormalizeCommand.Run(new NormalizeOptions(new[] { input }, output, "Acme"), console, stderr);

        Assert.True(exitCode == 0, stderr.ToString());
        var document = JsonNode.Parse(File.ReadAllText(output))!;
        Assert.Equal("3.1.0", document["openapi"]!.GetValue<string>());
        Assert.Equal("Acme", document["info"]!["title"]!.GetValue<string>());
        Assert.Equal("getWidgetsById", document["paths"]!["/widgets/{id}"]!["get"]!["operationId"]!.GetValue<string>());
        Assert.Contains("acme.md(", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("warning SF2009", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("operations", table.ToString(), StringComparison.Ordinal);
        Assert.Contains("SF2009 Type not understood (warning)", table.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_report_constraints_counts_what_was_read_and_lists_each_ambiguous_phrase_at_its_position()
    {
        using var folder = new TempDirectory("specforge-normalize");
        var input = Path.Combine(folder.Path, "acme.md");
        File.WriteAllText(input, Reference + "\n- `priority` (query, string): Priority: low, medium (default), high, critical\n");
        var output = Path.Combine(folder.Path, "acme.openapi.json");
        var table = new StringWriter();

        var exitCode = NormalizeCommand.Run(new NormalizeOptions(new[] { input }, output, "Acme", Report: "constraints"), Console(table), new StringWriter());

        Assert.Equal(0, exitCode);
        var text = table.ToString();
        Assert.Matches(@"constraint phrases read\s*│\s*3\s*│", text);
        Assert.Matches(@"constraint keywords set\s*│\s*4\s*│", text);
        Assert.Matches(@"constraint phrases skipped as ambiguous\s*│\s*1\s*│", text);
        Assert.Contains("acme.md(23,41)", text.Replace("\n", string.Empty).Replace("│", string.Empty).Replace(" ", string.Empty), StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_of_an_unknown_kind_of_file_exits_1_and_writes_nothing()
    {
        using var folder = new TempDirectory("specforge-normalize");
        var input = Path.Combine(folder.Path, "notes.txt");
        File.WriteAllText(input, "Shopping list: eggs, milk.");
        var output = Path.Combine(folder.Path, "out.json");
        var stderr = new StringWriter();

        var exitCode = NormalizeCommand.Run(new NormalizeOptions(new[] { input }, output, null), Console(new StringWriter()), stderr);

        Assert.Equal(1, exitCode);
        Assert.Contains("error SF2011", stderr.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Normalize_of_a_missing_file_is_a_usage_error()
    {
        var stderr = new StringWriter();

        var exitCode = NormalizeCommand.Run(new NormalizeOptions(new[] { "/no/such/file.md" }, "/tmp/x.json", null), Console(new StringWriter()), stderr);

        Assert.Equal(2, exitCode);
        Assert.Contains("does not exist", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Normalizing_the_seed_reproduces_the_committed_spec()
    {
        using var folder = new TempDirectory("specforge-normalize");
        var output = Path.Combine(folder.Path, "trustpager.openapi.json");
        var input = RepoPaths.InRepo("specs", "trustpager", "trustpager-full-reference.md");

        // Sources relative to the repository root, as build/regen.sh produces them from there.
        var exitCode = NormalizeCommand.Run(new NormalizeOptions(new[] { input }, output, "TrustPager", RepoPaths.Root), Console(new StringWriter()), new StringWriter());

        Assert.Equal(0, exitCode);
        Assert.True(File.ReadAllText(RepoPaths.InRepo("specs", "trustpager", "trustpager.openapi.json")) == File.ReadAllText(output), "The CLI and the committed spec differ: run build/regen.sh.");
    }

    private static IAnsiConsole Console(StringWriter writer) =>
        AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(writer) });
}
