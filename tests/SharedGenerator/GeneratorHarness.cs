using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SpecForge.Generator;
using SpecForge.Tests.Shared;

namespace SpecForge.Tests.SharedGenerator;

/// <summary>
/// One input file for a generator run, with its item metadata as a project states it (<see cref="IncludeOperations"/>
/// and <see cref="ExcludeOperations"/> undecoded: the harness applies the props file's encoding).
/// </summary>
internal sealed record TestFile(string Path, string Text, string Kind = "Spec", string? Namespace = null, string? ClientName = null, string? Api = null, string? Mock = null)
{
    public string? IncludeOperations { get; init; }

    public string? ExcludeOperations { get; init; }

    public string? Validators { get; init; }

    public string? Client { get; init; }

    public string? Visibility { get; init; }
}

/// <summary>Runs SpecForgeGenerator through CSharpGeneratorDriver with step tracking on, as Roslyn's own tests do.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions LatestParseOptions = Compilations.ParseOptions(LanguageVersion.Latest);

    public static GeneratorDriver CreateDriver(IEnumerable<TestFile> files, CSharpParseOptions? parseOptions = null, Dictionary<string, string>? globalOptions = null) =>
        CreateDriver(files, out _, parseOptions, globalOptions);

    /// <summary>Creates a driver and hands back the additional texts it holds, which a later edit must replace by instance.</summary>
    public static GeneratorDriver CreateDriver(
        IEnumerable<TestFile> files,
        out IReadOnlyDictionary<string, AdditionalText> texts,
        CSharpParseOptions? parseOptions = null,
        Dictionary<string, string>? globalOptions = null,
        bool trackSteps = true)
    {
        var list = files.ToList();
        var additional = list.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();
        texts = additional.ToDictionary(t => t.Path);
        return CSharpGeneratorDriver.Create(
            new[] { new SpecForgeGenerator().AsSourceGenerator() },
            additional,
            parseOptions ?? LatestParseOptions,
            Options(list, globalOptions),
            // Step tracking costs time a real build does not spend; benchmarks turn it off.
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    /// <summary>
    /// The options a project gives; unless a test says otherwise, with the generated files' nullable warnings on, so
    /// every test that compiles generated code also has the compiler check its nullability (users' builds skip that).
    /// </summary>
    public static TestOptionsProvider Options(IEnumerable<TestFile> files, Dictionary<string, string>? globalOptions = null)
    {
        var global = new Dictionary<string, string>(globalOptions ?? new Dictionary<string, string>());
        if (!global.ContainsKey(NullableWarningsProperty))
        {
            global[NullableWarningsProperty] = "true";
        }

        return new(files.ToDictionary(f => f.Path, Metadata), global);
    }

    public const string NullableWarningsProperty = "build_property.SpecForgeNullableWarnings";

    /// <summary>The item metadata of <paramref name="file"/> under the keys the compiler hands the generator.</summary>
    public static Dictionary<string, string> Metadata(TestFile file)
    {
        var values = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.SpecForgeKind"] = file.Kind };
        if (file.Namespace is not null)
        {
            values["build_metadata.AdditionalFiles.Namespace"] = file.Namespace;
        }

        if (file.ClientName is not null)
        {
            values["build_metadata.AdditionalFiles.ClientName"] = file.ClientName;
        }

        if (file.Api is not null)
        {
            values["build_metadata.AdditionalFiles.Api"] = file.Api;
        }

        if (file.Mock is not null)
        {
            values["build_metadata.AdditionalFiles.Mock"] = file.Mock;
        }

        if (file.Visibility is not null)
        {
            values["build_metadata.AdditionalFiles.Visibility"] = file.Visibility;
        }

        if (file.Validators is not null)
        {
            values["build_metadata.AdditionalFiles.Validators"] = file.Validators;
        }

        if (file.Client is not null)
        {
            values["build_metadata.AdditionalFiles.Client"] = file.Client;
        }

        if (file.IncludeOperations is not null)
        {
            values["build_metadata.AdditionalFiles.SpecForgeIncludeOperations"] = EncodeAsPropsDoes(file.IncludeOperations);
        }

        if (file.ExcludeOperations is not null)
        {
            values["build_metadata.AdditionalFiles.SpecForgeExcludeOperations"] = EncodeAsPropsDoes(file.ExcludeOperations);
        }

        return values;
    }

    /// <summary>
    /// What buildTransitive/SpecForge.props writes for operation patterns, which the .editorconfig the compiler reads
    /// would otherwise cut at ';', '#' or a line break (PackageConsumptionTests prove the real props file does the same).
    /// </summary>
    public static string EncodeAsPropsDoes(string value) =>
        value.Replace("\\", "\\u005C").Replace(";", "\\u003B").Replace("#", "\\u0023").Replace("\r", "\\u000D").Replace("\n", "\\u000A");

    /// <summary>
    /// Runs the generator once over a small compilation and returns the driver (for re-runs) and the result;
    /// <paramref name="references"/> (ASP.NET Core's, say) are added to what the compilation references.
    /// </summary>
    public static (GeneratorDriver Driver, GeneratorDriverRunResult Result, Compilation Output) Run(
        IEnumerable<TestFile> files,
        CSharpParseOptions? parseOptions = null,
        Dictionary<string, string>? globalOptions = null,
        IEnumerable<MetadataReference>? references = null)
    {
        var options = parseOptions ?? LatestParseOptions;
        var driver = CreateDriver(files, options, globalOptions);
        var compilation = Compilations.Create(options, "namespace Consumer { internal static class Placeholder { } }").AddReferences(references ?? System.Array.Empty<MetadataReference>());
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return (driver, driver.GetRunResult(), output);
    }

    /// <summary>The generated files in a stable order, for snapshots.</summary>
    public static IEnumerable<(string HintName, string Text)> Sources(GeneratorDriverRunResult result) =>
        result.Results.SelectMany(r => r.GeneratedSources)
            .OrderBy(s => s.HintName, System.StringComparer.Ordinal)
            .Select(s => (s.HintName, s.SourceText.ToString()));
}
