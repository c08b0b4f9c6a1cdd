using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecForge.Generator.Tests.Infrastructure;
using SpecForge.Tests.Shared;
using SpecForge.Tests.SharedGenerator;

namespace SpecForge.Generator.Tests;

/// <summary>No value the pipeline caches holds a Roslyn symbol, compilation, semantic model or syntax node.</summary>
public sealed class IncrementalStepOutputTests
{
    // Roslyn's own input nodes (the compilation, parse options, additional texts...) are where the generator starts,
    // not values it made; every step after them is the generator's and is walked.
    private static readonly HashSet<string> RoslynInputs = typeof(WellKnownGeneratorInputs)
        .GetFields()
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToHashSet();

    private static readonly string[] TrackingNameValues = typeof(TrackingNames)
        .GetFields()
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void No_step_output_holds_a_symbol_a_compilation_a_semantic_model_or_a_syntax_node()
    {
        // Every kind of input and every branch: an OpenAPI file with a mock, markdown pages grouped by Api, a template
        // override, a file that is not SpecForge's, and a web project's references (dependency injection, endpoints).
        var files = new[]
        {
            new TestFile("/specs/store-v30.yaml", File.ReadAllText(FixtureSnapshotTests.FixturePath("store-v30.yaml")), Namespace: "Store", ClientName: "StoreClient", Mock: "true"),
            new TestFile("/templates/Dto.Members.sbncs", "        // hook", Kind: "Template"),
            new TestFile("/docs/notes.md", "# Notes", Kind: ""),
        }.Concat(SeedFiles.MindhuntersPages()).ToArray();
        var webProject = Compilations.Create(GeneratorHarness.LatestParseOptions, "namespace Consumer { internal static class Placeholder { } }")
            .AddReferences(AspNetCoreReferences.Value);
        var session = IncrementalSession.Start(files, webProject);
        var first = session.Last;
        var edited = session.EditFile("/specs/store-v30.yaml", text => text.Replace("Item", "Article"));

        // The unnamed step pairing each file with AnalyzerConfigOptionsProvider is walked too: the harness's provider
        // holds strings only (the compiler's own keys its options by syntax tree, a Roslyn input and no value of ours).
        var finder = new RoslynObjectFinder();
        var walkedSteps = new HashSet<string>();
        foreach (var (run, result) in new[] { ("first run", first), ("after an edit", edited) })
        {
            foreach (var step in GeneratorSteps(result))
            {
                walkedSteps.Add(step.Name ?? "(unnamed step)");
                for (var i = 0; i < step.Outputs.Length; i++)
                {
                    finder.Walk(step.Outputs[i].Value, $"{run}: {step.Name ?? "(unnamed step)"}.Outputs[{i}]");
                }
            }
        }

        Assert.True(finder.Found.Count == 0, "Roslyn objects held in step outputs:\n" + string.Join("\n", finder.Found.Take(20)));
        Assert.Superset(TrackingNameValues.ToHashSet(), walkedSteps);
        Assert.True(finder.Visited > 500, $"Only {finder.Visited} objects were walked: the outputs were not tracked.");
    }

    [Fact]
    public void The_finder_sees_a_compilation_however_deep_it_is_held()
    {
        var compilation = Compilations.Create(GeneratorHarness.LatestParseOptions, "class C { }");
        var tree = compilation.SyntaxTrees.Single();
        var finder = new RoslynObjectFinder();

        finder.Walk((1, new List<object> { "text", new[] { compilation } }), "tuple");
        finder.Walk(new KeyValuePair<string, object>("root", tree.GetRoot()), "pair");
        finder.Walk(compilation.GetTypeByMetadataName("C"), "symbol");
        finder.Walk(new object[] { "text", 42, System.Guid.Empty }, "plain");

        Assert.Equal(
            new[]
            {
                "tuple.Item2._items[1][0]: Microsoft.CodeAnalysis.CSharp.CSharpCompilation",
                "pair.value: Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax",
                "symbol: Microsoft.CodeAnalysis.CSharp.Symbols.PublicModel.NonErrorNamedTypeSymbol",
            },
            finder.Found);
    }

    // The generator's named steps and its source outputs, and every unnamed step between them, down to Roslyn's inputs.
    private static IEnumerable<IncrementalGeneratorRunStep> GeneratorSteps(GeneratorRunResult result)
    {
        var seen = new HashSet<IncrementalGeneratorRunStep>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<IncrementalGeneratorRunStep>(
            result.TrackedSteps.Values.Concat(result.TrackedOutputSteps.Values).SelectMany(steps => steps));
        while (pending.Count > 0)
        {
            var step = pending.Pop();
            if ((step.Name is not null && RoslynInputs.Contains(step.Name)) || !seen.Add(step))
            {
                continue;
            }

            yield return step;
            foreach (var (source, _) in step.Inputs)
            {
                pending.Push(source);
            }
        }
    }
}
