using System.IO;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using SpecForge.Core.Diffing;
using SpecForge.Core.Documentation;

namespace SpecForge.Benchmarks;

/// <summary>
/// <c>specforge diff</c> on GitHub's spec against a copy with 50 edits (<see cref="SpecMutator"/>): reading both
/// documents and comparing them, against parsing both texts as JSON. The bar: under one second warm.
/// </summary>
public class DiffBenchmarks
{
    /// <summary>The number of edits in the new version.</summary>
    public const int Mutations = 50;

    private DocumentInput old = new(string.Empty, string.Empty);
    private DocumentInput @new = new(string.Empty, string.Empty);

    [Params("github-api.github.com.json")]
    public string Spec { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var text = File.ReadAllText(Corpus.PathOf(Spec));
        old = new DocumentInput("old/" + Spec, text);
        @new = new DocumentInput("new/" + Spec, SpecMutator.Mutate(text, Mutations));
    }

    [Benchmark(Baseline = true, Description = "JsonDocument.Parse x2")]
    public int ParseBoth()
    {
        using var first = JsonDocument.Parse(old.Text);
        using var second = JsonDocument.Parse(@new.Text);
        return (int)first.RootElement.ValueKind + (int)second.RootElement.ValueKind;
    }

    [Benchmark(Description = "SpecDiff.Compare")]
    public int Diff() => Report().Changes.Count;

    /// <summary>The comparison the benchmark times.</summary>
    public DiffReport Report() => SpecDiff.Compare(old, @new);
}
