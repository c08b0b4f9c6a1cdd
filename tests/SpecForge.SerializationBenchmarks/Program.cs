using System;
using System.Linq;
using BenchmarkDotNet.Running;
using SpecForge.Benchmarking;

namespace SpecForge.SerializationBenchmarks;

internal static class Program
{
    public static int Main(string[] args)
    {
        // Refuse to measure two sides that do different work: their figures would compare nothing.
        if (!Preflight.Check())
        {
            return 2;
        }

        // The switcher (rather than BenchmarkRunner) also handles --list and a --filter that matches nothing; without
        // a filter it would ask on the console which class to run, so "all of them" is the default.
        var arguments = args.Any(a => a is "-f" || a.StartsWith("--filter", StringComparison.Ordinal))
            ? args
            : args.Concat(new[] { "--filter", "*" }).ToArray();
        var summaries = BenchmarkSwitcher.FromTypes(new[] { typeof(SerializationBenchmarks) })
            .Run(arguments, BenchmarkConfig.Create("SpecForge.SerializationBenchmarks"))
            .ToArray();
        var ok = true;
        foreach (var summary in summaries)
        {
            ok &= ResultPrinter.Print(summary) && !summary.HasCriticalValidationErrors;
        }

        return ok ? 0 : 1;
    }
}
