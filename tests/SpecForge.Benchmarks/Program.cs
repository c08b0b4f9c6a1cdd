using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Running;
using SpecForge.Benchmarking;

namespace SpecForge.Benchmarks;

internal static class Program
{
    public static int Main(string[] args)
    {
        var missing = Corpus.SpecFiles.Where(f => !File.Exists(Corpus.PathOf(f))).ToArray();
        if (missing.Length > 0)
        {
            // The corpus lives outside the repository; a fresh clone without it has nothing to measure, which is not a failure.
            Console.WriteLine($"Skipping the generator benchmark: {string.Join(", ", missing)} not found in {Corpus.LargeFolder}.");
            return 0;
        }

        Preflight.Report();
        var summary = BenchmarkRunner.Run<GeneratorBenchmarks>(BenchmarkConfig.Create("SpecForge.Benchmarks"), args);
        var complete = ResultPrinter.Print(summary);
        return complete && !summary.HasCriticalValidationErrors ? 0 : 1;
    }
}
