using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpecForge.Generator.Tests.Infrastructure;
using SpecForge.Tests.Shared;
using SpecForge.Tests.SharedGenerator;

namespace SpecForge.Generator.Tests;

/// <summary>Our own fixtures, one per OpenAPI version and syntax: each run is snapshotted and compiled strictly.</summary>
public sealed class FixtureSnapshotTests
{
    public static IEnumerable<object[]> Fixtures() =>
        Directory.GetFiles(FixturePath(string.Empty))
            .Select(Path.GetFileName)
            .OrderBy(name => name, System.StringComparer.Ordinal)
            .Select(name => new object[] { name! });

    // The YAML twin of a JSON fixture generates the same files (a test below says so); one snapshot of them is enough.
    public static IEnumerable<object[]> SnapshotFixtures() =>
        Fixtures().Where(row => !(((string)row[0]).EndsWith(".yaml", System.StringComparison.Ordinal)
            && File.Exists(FixturePath(Path.ChangeExtension((string)row[0], ".json")))));

    internal static string FixturePath(string name) => RepoPaths.InRepo("tests", "SpecForge.Generator.Tests", "Fixtures", name);

    [Theory]
    [MemberData(nameof(SnapshotFixtures))]
    public void Generates_compiling_code_matching_the_snapshot(string fixture)
    {
        var (_, result, output) = GeneratorHarness.Run(new[] { new TestFile("/specs/" + fixture, File.ReadAllText(FixturePath(fixture))) });

        GeneratedCode.AssertCleanAndCompiles(result, output);

        // The runtime is src/SpecForge.Runtime, reviewed as code there; the snapshots hold what the spec decides.
        Snapshot.MatchAll(nameof(FixtureSnapshotTests), fixture, GeneratorHarness.Sources(result).Where(s => !GeneratedCode.IsRuntime(s.HintName)));
    }

    [Theory]
    [InlineData("store-v2")]
    [InlineData("store-v30")]
    [InlineData("store-v31")]
    public void Json_and_yaml_spellings_of_one_spec_generate_identical_code(string stem)
    {
        var fromJson = GeneratorHarness.Sources(GeneratorHarness.Run(new[] { new TestFile("/specs/" + stem + ".json", File.ReadAllText(FixturePath(stem + ".json"))) }).Result).ToList();
        var fromYaml = GeneratorHarness.Sources(GeneratorHarness.Run(new[] { new TestFile("/specs/" + stem + ".yaml", File.ReadAllText(FixturePath(stem + ".yaml"))) }).Result).ToList();

        Assert.NotEmpty(fromJson);
        Assert.Equal(fromJson, fromYaml);
    }

    [Fact]
    public void Two_specs_in_one_compilation_get_their_own_outputs()
    {
        var (_, result, output) = GeneratorHarness.Run(new[]
        {
            new TestFile("/specs/store-v30.yaml", File.ReadAllText(FixturePath("store-v30.yaml"))),
            new TestFile("/specs/store-v31.yaml", File.ReadAllText(FixturePath("store-v31.yaml"))),
        });

        GeneratedCode.AssertCleanAndCompiles(result, output);
        var hints = GeneratorHarness.Sources(result).Select(s => s.HintName).ToList();
        Assert.Contains("StoreV30Client.Client.g.cs", hints);
        Assert.Contains("StoreV31Client.Client.g.cs", hints);
    }

    [Fact]
    public void Namespace_and_client_name_metadata_are_honoured()
    {
        var (_, result, output) = GeneratorHarness.Run(new[]
        {
            new TestFile("/specs/store-v31.yaml", File.ReadAllText(FixturePath("store-v31.yaml")), Namespace: "Acme.People", ClientName: "PeopleApi"),
        });

        GeneratedCode.AssertCleanAndCompiles(result, output);
        var client = GeneratorHarness.Sources(result).Single(s => s.HintName == "PeopleApi.Client.g.cs").Text;
        Assert.Contains("namespace Acme.People", client);
        Assert.Contains("public partial class PeopleApi", client);
        Assert.NotNull(output.GetTypeByMetadataName("Acme.People.PeopleApi"));
        Assert.NotNull(output.GetTypeByMetadataName("Acme.People.Person"));
    }

    [Fact]
    public void Default_namespace_combines_the_root_namespace_and_the_file_name()
    {
        var (_, result, output) = GeneratorHarness.Run(
            new[] { new TestFile("/specs/store-v31.yaml", File.ReadAllText(FixturePath("store-v31.yaml"))) },
            globalOptions: new Dictionary<string, string> { ["build_property.RootNamespace"] = "My.App" });

        GeneratedCode.AssertCleanAndCompiles(result, output);
        Assert.NotNull(output.GetTypeByMetadataName("My.App.StoreV31.StoreV31Client"));
    }

    [Fact]
    public void Files_without_specforge_metadata_are_ignored()
    {
        var (_, result, _) = GeneratorHarness.Run(new[] { new TestFile("/other/notes.yaml", "not: a spec", Kind: "Other") });

        Assert.Empty(GeneratorHarness.Sources(result));
        Assert.Empty(result.Diagnostics);
    }
}
