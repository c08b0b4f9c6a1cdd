using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using SpecForge.Tests.Shared;
using SpecForge.Tests.SharedGenerator;

namespace SpecForge.Benchmarks;

/// <summary>
/// What an IDE or a watch build pays after a one-line spec edit: the generator runs again on a driver that kept the
/// previous run, with one schema's description changed (and changed back on the next call, so every call is an edit).
/// </summary>
public class GeneratorRerunBenchmarks
{
    private static readonly Compilation Compilation =
        Compilations.Create(GeneratorHarness.LatestParseOptions, "namespace Consumer { internal static class Anchor { } }");

    private string path = string.Empty;
    private string original = string.Empty;
    private string edited = string.Empty;
    private GeneratorDriver driver = null!;
    private AdditionalText current = null!;
    private bool showingEdit;

    [ParamsSource(nameof(Specs))]
    public string Spec { get; set; } = string.Empty;

    public static IEnumerable<string> Specs => Corpus.SpecFiles;

    [GlobalSetup]
    public void Setup()
    {
        path = Corpus.PathOf(Spec);
        // Both texts written the same way, so the two calls differ by the edit only.
        original = JsonNode.Parse(File.ReadAllText(path))!.ToJsonString();
        edited = WithOneDescriptionChanged(original);
        driver = GeneratorHarness.CreateDriver(new[] { new TestFile(path, original) }, out var texts, trackSteps: false).RunGenerators(Compilation);
        current = texts.Values.Single();
    }

    [Benchmark(Description = "Rerun after a schema edit")]
    public int RerunAfterSchemaEdit()
    {
        showingEdit = !showingEdit;
        var next = new InMemoryAdditionalText(path, showingEdit ? edited : original);
        driver = driver.ReplaceAdditionalText(current, next).RunGenerators(Compilation);
        current = next;
        return driver.GetRunResult().Results[0].GeneratedSources.Length;
    }

    // The middle schema with properties, so the edit lands in one record that neither starts nor ends the model.
    private static string WithOneDescriptionChanged(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        var schemas = root["components"]!["schemas"]!.AsObject().Where(s => s.Value?["properties"] is JsonObject).Select(s => s.Value!.AsObject()).ToList();
        var target = schemas[schemas.Count / 2];
        target["description"] = (target["description"]?.GetValue<string>() ?? string.Empty) + " Edited.";
        return root.ToJsonString();
    }
}
