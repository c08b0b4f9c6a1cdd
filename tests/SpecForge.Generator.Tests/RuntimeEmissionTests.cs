using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpecForge.Generator.Tests.Infrastructure;
using SpecForge.Tests.SharedGenerator;

namespace SpecForge.Generator.Tests;

/// <summary>The runtime is emitted once per compilation, in the project's namespace, and every SDK in it shares it.</summary>
public sealed class RuntimeEmissionTests
{
    private static TestFile Fixture(string name, string ns, string? mock = null) =>
        new("/specs/" + name, File.ReadAllText(FixtureSnapshotTests.FixturePath(name)), Namespace: ns, Mock: mock);

    [Fact]
    public void Two_sdks_in_one_project_share_one_runtime_in_the_root_namespace()
    {
        var (_, result, output) = GeneratorHarness.Run(
            new[] { Fixture("store-v30.yaml", "Store"), Fixture("store-v31.yaml", "People", mock: "true") },
            globalOptions: new Dictionary<string, string> { ["build_property.RootNamespace"] = "My.App" });

        GeneratedCode.AssertCleanAndCompiles(result, output);
        var runtime = GeneratorHarness.Sources(result).Where(s => GeneratedCode.IsRuntime(s.HintName)).Select(s => s.HintName).ToList();
        Assert.Equal(runtime.Distinct().Count(), runtime.Count);
        Assert.All(runtime, hint => Assert.StartsWith("My.App.SpecForge.", hint, System.StringComparison.Ordinal));
        Assert.Contains("My.App.SpecForge.Mocking.Engine.g.cs", runtime);
        var violation = output.GetTypeByMetadataName("My.App.SpecForge.ConstraintViolation");
        Assert.NotNull(violation);
        Assert.Null(output.GetTypeByMetadataName("Store.SpecForge.ConstraintViolation"));
        Assert.Null(output.GetTypeByMetadataName("People.SpecForge.ConstraintViolation"));
    }

    [Fact]
    public void The_project_can_name_the_runtime_namespace()
    {
        var (_, result, output) = GeneratorHarness.Run(
            new[] { Fixture("store-v30.yaml", "Store") },
            globalOptions: new Dictionary<string, string>
            {
                ["build_property.RootNamespace"] = "My.App",
                ["build_property.SpecForgeRuntimeNamespace"] = "Shared.Sdk",
            });

        GeneratedCode.AssertCleanAndCompiles(result, output);
        Assert.NotNull(output.GetTypeByMetadataName("Shared.Sdk.ConstraintViolation"));
        Assert.DoesNotContain(GeneratorHarness.Sources(result), s => s.HintName.StartsWith("My.App.SpecForge.", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_mock_the_engine_is_not_emitted()
    {
        var (_, result, output) = GeneratorHarness.Run(new[] { Fixture("store-v30.yaml", "Store", mock: "false") });

        GeneratedCode.AssertCleanAndCompiles(result, output);
        Assert.DoesNotContain(GeneratorHarness.Sources(result), s => s.HintName.Contains(".SpecForge.Mocking.", System.StringComparison.Ordinal));
        Assert.Null(output.GetTypeByMetadataName("Store.SpecForge.Validation.SchemaValidator"));
    }
}
