using System;
using System.IO;
using System.Linq;
using SpecForge.Cli.Commands;
using SpecForge.IntegrationTests.Infrastructure;
using SpecForge.Tests.Shared;

namespace SpecForge.IntegrationTests;

/// <summary><c>specforge templates export</c>: the defaults, written where a user can start an override from them.</summary>
public sealed class TemplatesCliTests
{
    [Fact]
    public void Export_writes_every_default_template_in_its_artifact_folder_as_in_the_repository()
    {
        using var output = new TempDirectory("specforge-templates");

        var (exitCode, stdout, stderr) = Export(output.Path, force: false);

        Assert.True(exitCode == 0, stderr);
        var repository = RepoPaths.InRepo("templates", "csharp");
        var expected = Directory.GetFiles(repository, "*.sbncs", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(repository, f)).OrderBy(f => f, StringComparer.Ordinal).ToArray();
        var written = Directory.GetFiles(output.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output.Path, f)).OrderBy(f => f, StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, written);
        Assert.Contains(Path.Combine("Dto", "Dto.Kind.sbncs"), written);
        Assert.All(written, f => Assert.Equal(File.ReadAllText(Path.Combine(repository, f)).Replace("\r\n", "\n"), File.ReadAllText(Path.Combine(output.Path, f))));
        Assert.Contains($"Wrote {expected.Length} templates", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_over_existing_templates_refuses_without_force_and_says_why()
    {
        using var output = new TempDirectory("specforge-templates");
        Directory.CreateDirectory(Path.Combine(output.Path, "Dto"));
        File.WriteAllText(Path.Combine(output.Path, "Dto", "Dto.Kind.sbncs"), "class\n");

        var (refused, _, stderr) = Export(output.Path, force: false);
        Assert.Equal(2, refused);
        Assert.Contains("--force", stderr, StringComparison.Ordinal);
        Assert.Equal("class\n", File.ReadAllText(Path.Combine(output.Path, "Dto", "Dto.Kind.sbncs")));

        var (forced, _, _) = Export(output.Path, force: true);
        Assert.Equal(0, forced);
        Assert.StartsWith("{{~ #", File.ReadAllText(Path.Combine(output.Path, "Dto", "Dto.Kind.sbncs")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_exported_template_edited_and_passed_back_changes_the_output()
    {
        using var templates = new TempDirectory("specforge-templates");
        using var output = new TempDirectory("specforge-cli");
        Export(templates.Path, force: false);
        var kind = Path.Combine(templates.Path, "Dto", "Dto.Kind.sbncs");
        File.WriteAllText(kind, File.ReadAllText(kind).Replace("record", "class", StringComparison.Ordinal));

        var exitCode = GenerateCommand.Run(
            new GenerateOptions(FixtureFiles.PathOf(FixtureFiles.Petstore), output.Path, "Fixtures.Petstore", "PetstoreClient", [kind]),
            new StringWriter(),
            new StringWriter());

        Assert.Equal(0, exitCode);
        var pet = File.ReadAllText(Path.Combine(output.Path, "PetstoreClient.Models.P.g.cs"));
        Assert.Contains("public partial class Pet", pet, StringComparison.Ordinal);
        Assert.DoesNotContain("partial record", pet, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Stdout, string Stderr) Export(string directory, bool force)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = TemplatesCommand.Export(directory, force, stdout, stderr);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }
}
