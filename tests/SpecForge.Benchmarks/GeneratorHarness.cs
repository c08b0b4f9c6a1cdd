using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SpecForge.Generator;

namespace SpecForge.Benchmarks;

/// <summary>One complete, cold-driver generator run over one spec, as a build would do it.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>
    /// A compilation with nothing in it: the generator reads only additional files, so a bigger one would
    /// measure Roslyn rather than SpecForge.
    /// </summary>
    public static CSharpCompilation EmptyCompilation() => CSharpCompilation.Create(
        "SpecForge.Benchmarks.Consumer",
        new[] { CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Anchor { } }", ParseOptions) },
        new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    /// <summary>Runs a fresh driver, so nothing is cached between runs except what SpecForge caches per process.</summary>
    public static GeneratorDriverRunResult Run(AdditionalText spec, Compilation compilation)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new SpecForgeGenerator().AsSourceGenerator() },
            additionalTexts: new[] { spec },
            parseOptions: ParseOptions,
            optionsProvider: new SpecOptionsProvider());
        driver = driver.RunGenerators(compilation);
        return driver.GetRunResult();
    }
}
