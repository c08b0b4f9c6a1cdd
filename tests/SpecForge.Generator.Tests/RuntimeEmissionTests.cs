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
    public void The_runtime_holds_what_the_sdk_reaches_unless_the_project_asks_for_it_whole()
    {
        var specs = new[] { Fixture("store-v30.yaml", "Store", mock: "false") };
        var (_, trimmed, trimmedOutput) = GeneratorHarness.Run(specs);
        var (_, whole, wholeOutput) = GeneratorHarness.Run(specs, globalOptions: new Dictionary<string, string> { ["build_property.SpecForgeTrimRuntime"] = "false" });

        GeneratedCode.AssertCleanAndCompiles(trimmed, trimmedOutput);
        GeneratedCode.AssertCleanAndCompiles(whole, wholeOutput);
        var kept = RuntimeMembers(trimmedOutput);
        var all = RuntimeMembers(wholeOutput);
        Assert.Subset(all, kept);
        Assert.True(kept.Count < all.Count * 3 / 4, $"{kept.Count} of {all.Count} runtime members kept");

        // The store's strings have no format but date, so no rule for an email or an address is compiled; what its
        // converters call is, and the public surface is whole.
        Assert.Contains("Store.SpecForge.Validation.ConstraintRules.IsEmail", all);
        Assert.DoesNotContain("Store.SpecForge.Validation.ConstraintRules.IsEmail", kept);
        Assert.Contains("Store.SpecForge.Client.JsonCodec.ReadDate", kept);
        Assert.Equal(all.Where(m => m.StartsWith("Store.SpecForge.ApiException.", System.StringComparison.Ordinal)), kept.Where(m => m.StartsWith("Store.SpecForge.ApiException.", System.StringComparison.Ordinal)));
    }

    private static HashSet<string> RuntimeMembers(Microsoft.CodeAnalysis.Compilation output)
    {
        var members = new HashSet<string>(System.StringComparer.Ordinal);
        var pending = new Stack<Microsoft.CodeAnalysis.INamespaceOrTypeSymbol>();
        pending.Push(output.Assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            foreach (var member in pending.Pop().GetMembers())
            {
                if (member is Microsoft.CodeAnalysis.INamespaceOrTypeSymbol container)
                {
                    pending.Push(container);
                }
                else if (member.ContainingType.ToDisplayString().StartsWith("Store.SpecForge", System.StringComparison.Ordinal) && !member.IsImplicitlyDeclared)
                {
                    members.Add(member.ContainingType.ToDisplayString() + "." + member.Name);
                }
            }
        }

        return members;
    }

    [Fact]
    public void Without_a_mock_the_engine_is_not_emitted()
    {
        var (_, result, output) = GeneratorHarness.Run(new[] { Fixture("store-v30.yaml", "Store", mock: "false") });

        GeneratedCode.AssertCleanAndCompiles(result, output);
        Assert.DoesNotContain(GeneratorHarness.Sources(result), s => s.HintName.Contains(".SpecForge.Mocking.", System.StringComparison.Ordinal));
        Assert.Null(output.GetTypeByMetadataName("Store.SpecForge.Validation.SchemaValidator"));
    }

    [Fact]
    public void The_pattern_translator_comes_only_with_a_schema_that_has_a_pattern()
    {
        const string withPattern = """
            openapi: 3.0.3
            info: { title: Codes, version: "1" }
            paths:
              /codes/{code}:
                get:
                  parameters:
                    - { name: code, in: path, required: true, schema: { type: string, pattern: "^[A-Z]{3}$" } }
                  responses:
                    "204": { description: ok }
            """;
        var (_, plain, plainOutput) = GeneratorHarness.Run(new[] { Fixture("store-v30.yaml", "Store", mock: "false") });
        var (_, patterned, patternedOutput) = GeneratorHarness.Run(new[] { new TestFile("/specs/codes.yaml", withPattern, Namespace: "Codes", Mock: "false") });

        GeneratedCode.AssertCleanAndCompiles(plain, plainOutput);
        GeneratedCode.AssertCleanAndCompiles(patterned, patternedOutput);
        var plainNames = GeneratorHarness.Sources(plain).Select(s => s.HintName).ToList();
        var patternedNames = GeneratorHarness.Sources(patterned).Select(s => s.HintName).ToList();
        Assert.Contains("Store.SpecForge.Validation.Checks.g.cs", plainNames);
        Assert.DoesNotContain(plainNames, n => n.Contains(".Validation.Rules.Pattern", System.StringComparison.Ordinal) || n.EndsWith(".Checks.Pattern.g.cs", System.StringComparison.Ordinal));
        Assert.Contains("Codes.SpecForge.Validation.Rules.Patterns.g.cs", patternedNames);
        Assert.Contains("Codes.SpecForge.Validation.Checks.Pattern.g.cs", patternedNames);
    }
}
