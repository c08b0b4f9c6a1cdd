using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Reports;

namespace SpecForge.Benchmarks;

/// <summary>The three figures per spec that matter, after BenchmarkDotNet's full table has scrolled by.</summary>
internal static class ResultPrinter
{
    /// <summary>Prints median baseline, median subject and their ratio; false when a figure is missing.</summary>
    public static bool Print(Summary summary, string title, string baselineName, string subjectName)
    {
        var complete = true;
        Console.WriteLine();
        Console.WriteLine($"{title} (medians; ratio = {subjectName} median / {baselineName} median)");
        Console.WriteLine($"{"Spec",-30} {baselineName,22} {subjectName,18} {"Ratio",10}");
        foreach (var group in summary.Reports.GroupBy(r => (string)r.BenchmarkCase.Parameters["Spec"]))
        {
            var baseline = Median(group.FirstOrDefault(r => r.BenchmarkCase.Descriptor.Baseline));
            var subject = Median(group.FirstOrDefault(r => !r.BenchmarkCase.Descriptor.Baseline));
            complete &= baseline is not null && subject is not null;
            var ratio = baseline is > 0 && subject is not null ? (subject / baseline).Value.ToString("N1", CultureInfo.InvariantCulture) + "x" : "n/a";
            Console.WriteLine($"{group.Key,-30} {Format(baseline),22} {Format(subject),18} {ratio,10}");
        }

        return complete;
    }

    private static double? Median(BenchmarkReport? report) => report?.ResultStatistics?.Median;

    private static string Format(double? nanoseconds) => nanoseconds switch
    {
        null => "n/a",
        >= 1e9 => (nanoseconds.Value / 1e9).ToString("N3", CultureInfo.InvariantCulture) + " s",
        _ => (nanoseconds.Value / 1e6).ToString("N2", CultureInfo.InvariantCulture) + " ms",
    };
}
