using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace SpecForge.Benchmarks;

/// <summary>
/// The whole generator run on a large spec, against the floor any spec-reading tool pays: parsing the JSON once.
/// Templates stay compiled between runs (SpecForge caches them per process), which is what a build server sees.
/// </summary>
public class GeneratorBenchmarks
{
    private string text = string.Empty;
    private string path = string.Empty;

    [ParamsSource(nameof(Specs))]
    public string Spec { get; set; } = string.Empty;

    public static IEnumerable<string> Specs => Corpus.SpecFiles;

    [GlobalSetup]
    public void Setup()
    {
        path = Corpus.PathOf(Spec);
        text = File.ReadAllText(path);
    }

    [Benchmark(Baseline = true, Description = "JsonDocument.Parse")]
    public JsonValueKind ParseJson()
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.ValueKind;
    }

    [Benchmark(Description = "Generator run")]
    public int RunGenerator()
    {
        var result = GeneratorRun.Run(path, text);
        var length = 0;
        foreach (var source in result.Results[0].GeneratedSources)
        {
            length += source.SourceText.Length;
        }

        return length;
    }
}
