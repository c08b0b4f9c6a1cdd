using System.Linq;
using BenchmarkDotNet.Running;

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

        // The switcher (rather than BenchmarkRunner) also handles --list and a --filter that matches nothing.
        var summaries = BenchmarkSwitcher.FromTypes(new[] { typeof(SerializationBenchmarks) })
            .Run(args, BenchmarkConfig.Create())
            .ToArray();
        var ok = true;
        foreach (var summary in summaries)
        {
            ok &= ResultPrinter.Print(summary) && !summary.HasCriticalValidationErrors;
        }

        return ok ? 0 : 1;
    }
}
