using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using SpecForge.Cli.Commands;
using SpecForge.Cli.Regen;
using SpecForge.Tests.Shared;

namespace SpecForge.IntegrationTests.Regen;

/// <summary>
/// The repository's own committed artifacts (specs/specforge.json) are what regeneration makes now, and the manifest
/// describes the SDKs the samples actually build, so the committed surfaces are the samples' SDKs.
/// </summary>
public sealed class RepositoryArtifactsTests
{
    private static readonly string ManifestPath = RepoPaths.InRepo("specs", "specforge.json");

    [Fact]
    public void Committed_specs_and_sdk_surfaces_are_up_to_date()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = RegenCommand.Run(new RegenOptions(ManifestPath, Check: true), stdout, stderr);

        Assert.True(exit == 0, $"Run build/regen.sh and review the diff.\n{stdout}\n{stderr}");
        Assert.DoesNotContain("stale", stdout.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SeedApis.Sample", "TrustPager")]
    [InlineData("SeedApis.Sample", "Mindhunters")]
    [InlineData("Petstore.Sample", "Petstore")]
    public void The_manifest_describes_the_sdk_the_sample_builds(string sample, string api)
    {
        var (manifest, error) = RegenManifest.Load(ManifestPath);
        Assert.True(manifest is not null, error?.ToString());
        var entry = manifest!.Apis.Single(a => a.Name == api);
        var project = RepoPaths.InRepo("samples", sample, sample + ".csproj");
        var item = XDocument.Load(project).Descendants("SpecForgeSpec")
            .Single(i => (string?)i.Attribute("Namespace") == entry.Namespace);
        var folder = Path.GetDirectoryName(project)!;
        var included = ((string)item.Attribute("Include")!).Split(';').Select(p => Path.GetFullPath(Path.Combine(folder, p.Replace('\\', Path.DirectorySeparatorChar))));

        Assert.Equal(entry.ClientName, (string?)item.Attribute("ClientName"));
        Assert.Equal(entry.Sources.Count > 0 ? entry.Sources : [entry.Spec!], included);
    }
}
