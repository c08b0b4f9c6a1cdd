using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Running;
using SpecForge.Benchmarking;
using SpecForge.Core.Diffing;

namespace SpecForge.Benchmarks;

/// <summary>
/// <c>build/bench-generator.sh</c> runs the generator benchmark (with "rerun" first: the generator run again after a
/// one-schema edit); <c>build/bench-diff.sh</c> passes "diff" first and runs the diff benchmark. Other arguments go to
/// BenchmarkDotNet.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        var diff = args.FirstOrDefault() == "diff";
        var missing = (diff ? new[] { "github-api.github.com.json" } : Corpus.SpecFiles).Where(f => !File.Exists(Corpus.PathOf(f))).ToArray();
        if (missing.Length > 0)
        {
            // The corpus lives outside the repository; a fresh clone without it has nothing to measure, which is not a failure.
            Console.WriteLine($"Skipping the benchmark: {string.Join(", ", missing)} not found in {Corpus.LargeFolder}.");
            return 0;
        }

        Preflight.Report();
        var config = BenchmarkConfig.Create("SpecForge.Benchmarks");
        if (diff)
        {
            DescribeDiffedPair();
            var diffSummary = BenchmarkRunner.Run<DiffBenchmarks>(config, args.Skip(1).ToArray());
            var diffComplete = ResultPrinter.Print(diffSummary, "specforge diff, GitHub vs a copy with 50 edits", "JsonDocument.Parse x2", "SpecDiff.Compare");
            return diffComplete && !diffSummary.HasCriticalValidationErrors ? 0 : 1;
        }

        if (args.FirstOrDefault() == "rerun")
        {
            // No baseline in the same class: the figure to compare is the same benchmark on another commit, run A B A B.
            var rerunSummary = BenchmarkRunner.Run<GeneratorRerunBenchmarks>(config, args.Skip(1).ToArray());
            return rerunSummary.HasCriticalValidationErrors ? 1 : 0;
        }

        var summary = BenchmarkRunner.Run<GeneratorBenchmarks>(config, args);
        var complete = ResultPrinter.Print(summary, "SpecForge generator vs JsonDocument.Parse", "JsonDocument.Parse", "Generator run");
        return complete && !summary.HasCriticalValidationErrors ? 0 : 1;
    }

    // What is being measured must be visible: a diff that found nothing would be fast for the wrong reason.
    private static void DescribeDiffedPair()
    {
        var benchmark = new DiffBenchmarks { Spec = "github-api.github.com.json" };
        benchmark.Setup();
        var report = benchmark.Report();
        Console.WriteLine($"Diffed pair: {DiffBenchmarks.Mutations} edits → {report.Changes.Count} changes " +
            $"({report.Changes.Count(c => c.Level == ChangeLevel.Breaking)} breaking, {report.Changes.Count(c => c.Level == ChangeLevel.Warning)} warning, " +
            $"{report.Changes.Count(c => c.Level == ChangeLevel.Info)} info); rules: {string.Join(", ", report.Changes.Select(c => c.RuleId).Distinct().OrderBy(r => r, StringComparer.Ordinal))}");
    }
}
