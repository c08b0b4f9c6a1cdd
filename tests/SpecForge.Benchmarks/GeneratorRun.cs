using Microsoft.CodeAnalysis;
using SpecForge.Tests.Shared;
using SpecForge.Tests.SharedGenerator;

namespace SpecForge.Benchmarks;

/// <summary>One complete generator run over one spec with a fresh driver, as a build does it: nothing is cached between runs but what SpecForge caches per process.</summary>
internal static class GeneratorRun
{
    // The generator reads only additional files, so a bigger compilation would measure Roslyn rather than SpecForge.
    private static readonly Compilation Compilation =
        Compilations.Create(GeneratorHarness.LatestParseOptions, "namespace Consumer { internal static class Anchor { } }");

    public static GeneratorDriverRunResult Run(string path, string text) =>
        GeneratorHarness.CreateDriver(new[] { new TestFile(path, text) }, out _, trackSteps: false)
            .RunGenerators(Compilation)
            .GetRunResult();
}
