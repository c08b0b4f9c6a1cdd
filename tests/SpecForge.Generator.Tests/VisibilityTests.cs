using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecForge.Generator.Tests.Infrastructure;
using SpecForge.Tests.SharedGenerator;

namespace SpecForge.Generator.Tests;

/// <summary><c>Visibility="internal"</c>: an SDK embedded in a library adds nothing to the library's public API.</summary>
public sealed class VisibilityTests
{
    private static TestFile Types(string name, string? visibility) =>
        new($"/specs/{name}.yaml", File.ReadAllText(FixtureSnapshotTests.FixturePath("types-v31.yaml")), Namespace: name, ClientName: name + "Client", Mock: "true") { Visibility = visibility };

    [Fact]
    public void An_internal_sdk_declares_every_type_internal_and_compiles_without_warnings()
    {
        var (_, result, output) = GeneratorHarness.Run(new[] { Types("Hidden", "internal") });

        GeneratedCode.AssertCleanAndCompiles(result, output);
        var generated = TopLevelTypes(output, result).ToList();
        Assert.True(generated.Count > 20, $"Only {generated.Count} generated types.");
        Assert.Contains(generated, t => t.Name == "HiddenClient");
        Assert.Contains(generated, t => t.Name == "ApiException");
        Assert.All(generated, t => Assert.True(t.DeclaredAccessibility == Accessibility.Internal, $"{t.ToDisplayString()} is {t.DeclaredAccessibility}."));
    }

    [Fact]
    public void The_shared_runtime_stays_public_while_any_sdk_of_the_project_is_public()
    {
        // One project, so one runtime (Library.SpecForge) for both SDKs.
        var project = new Dictionary<string, string> { ["build_property.RootNamespace"] = "Library" };
        var (_, result, output) = GeneratorHarness.Run(new[] { Types("Hidden", "internal"), Types("Shown", null) }, globalOptions: project);

        GeneratedCode.AssertCleanAndCompiles(result, output);
        var generated = TopLevelTypes(output, result).ToList();
        Assert.Equal(Accessibility.Internal, generated.Single(t => t.Name == "HiddenClient").DeclaredAccessibility);
        Assert.Equal(Accessibility.Public, generated.Single(t => t.Name == "ShownClient").DeclaredAccessibility);
        var exception = generated.Single(t => t.Name == "ApiException" && !t.IsGenericType);
        Assert.Equal(("Library.SpecForge", Accessibility.Public), (exception.ContainingNamespace.ToDisplayString(), exception.DeclaredAccessibility));
    }

    // The top-level types declared in the generator's own trees.
    private static IEnumerable<INamedTypeSymbol> TopLevelTypes(Compilation output, GeneratorDriverRunResult result)
    {
        var trees = new HashSet<SyntaxTree>(result.GeneratedTrees);
        return All(output.Assembly.GlobalNamespace).Where(t => t.ContainingType is null && t.DeclaringSyntaxReferences.Any(r => trees.Contains(r.SyntaxTree)));

        static IEnumerable<INamedTypeSymbol> All(INamespaceSymbol scope) =>
            scope.GetTypeMembers().Concat(scope.GetNamespaceMembers().SelectMany(All));
    }
}
