using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using SpecForge.Cli.Commands;
using SpecForge.IntegrationTests.Infrastructure;
using SpecForge.Tests.SharedGenerator;

namespace SpecForge.IntegrationTests;

/// <summary>
/// The CLI and the generator share Core, so for the same spec and names they must produce the same files to the byte;
/// a drift (different defaults, line endings, encodings or template handling) shows up here first.
/// </summary>
public sealed class CliMatchesGeneratorTests
{
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    public static TheoryData<string, string?, string?, string?> Cases => new()
    {
        // Explicit names, as <SpecForgeSpec Namespace=".." ClientName=".." /> gives them.
        { FixtureFiles.Petstore, "Fixtures.Petstore", "PetstoreClient", null },

        // No names: both fall back to the file name (the generator sees no RootNamespace here).
        { FixtureFiles.Inventory, null, null, null },

        // A template override: --template on one side, a <SpecForgeTemplate> additional file on the other.
        { FixtureFiles.Petstore, "Custom.Pets", "PetsApi", FixtureFiles.ClientOptionsTemplate },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Cli_output_is_byte_identical_to_generator_output(string spec, string? @namespace, string? clientName, string? template)
    {
        var specPath = FixtureFiles.PathOf(spec);
        var templates = template is null ? Array.Empty<string>() : [FixtureFiles.PathOf(template)];
        using var output = new TempDirectory("specforge-cli-vs-gen");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exitCode = GenerateCommand.Run(new GenerateOptions(specPath, output.Path, @namespace, clientName, templates), stdout, stderr);
        var files = templates.Select(t => new TestFile(t, File.ReadAllText(t), Kind: "Template"))
            .Prepend(new TestFile(specPath, File.ReadAllText(specPath), Namespace: @namespace, ClientName: clientName));
        // Both with their defaults: the harness otherwise turns on the nullable warnings the CLI leaves off.
        var defaults = new Dictionary<string, string> { [GeneratorHarness.NullableWarningsProperty] = "false" };
        var generated = GeneratorHarness.Run(files, globalOptions: defaults).Result.Results.Single();

        Assert.True(exitCode == 0, $"CLI exit code {exitCode}.\n{stdout}\n{stderr}");
        Assert.Null(generated.Exception);
        Assert.Empty(generated.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));

        var cliFiles = Directory.GetFiles(output.Path).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        var hintNames = generated.GeneratedSources.Select(s => s.HintName).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        Assert.Equal(hintNames, cliFiles);
        Assert.Contains(hintNames, n => n.EndsWith(".Client.g.cs", StringComparison.Ordinal));

        foreach (var source in generated.GeneratedSources)
        {
            var expected = Utf8WithoutBom.GetBytes(source.SourceText.ToString());
            var actual = File.ReadAllBytes(Path.Combine(output.Path, source.HintName));
            Assert.True(
                expected.AsSpan().SequenceEqual(actual),
                $"{source.HintName} differs between the generator and the CLI.\n--- generator ---\n{source.SourceText}\n--- cli ---\n{Encoding.UTF8.GetString(actual)}");
        }

        if (template is not null)
        {
            // Equal output could also mean both ignored the override; it must actually have been used.
            var options = generated.GeneratedSources.Single(s => s.HintName.EndsWith(".Options.g.cs", StringComparison.Ordinal));
            Assert.Contains(FixtureFiles.OverrideMarker, options.SourceText.ToString(), StringComparison.Ordinal);
        }
    }
}
