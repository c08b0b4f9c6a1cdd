using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Reports;

namespace SpecForge.SerializationBenchmarks;

/// <summary>The figures that matter per operation, after BenchmarkDotNet's full table has scrolled by.</summary>
internal static class ResultPrinter
{
    /// <summary>Prints median, allocation and ratios per case; false when a figure is missing.</summary>
    public static bool Print(Summary summary)
    {
        var complete = summary.Reports.Length > 0;
        Console.WriteLine();
        Console.WriteLine("SpecForge converters vs System.Text.Json source-gen, one order of " + SampleOrder.LineCount + " lines");
        Console.WriteLine("(medians; ratio = case / STJ source-gen of the same operation, measured in this run; < 1 is faster or smaller)");
        Console.WriteLine($"{"Operation",-12} {"Case",-30} {"Median",12} {"Ratio",7} {"Allocated",12} {"Alloc ratio",11}");
        var groups = summary.Reports
            .GroupBy(r => r.BenchmarkCase.Descriptor.Categories.FirstOrDefault() ?? "?")
            .OrderBy(g => g.Key == SerializationBenchmarks.Serialize ? 0 : 1);
        foreach (var group in groups)
        {
            var baseline = group.FirstOrDefault(r => r.BenchmarkCase.Descriptor.Baseline);
            var baseMedian = Median(baseline);
            var baseBytes = Allocated(baseline);
            complete &= baseMedian is not null && baseBytes is not null;
            foreach (var report in group.OrderByDescending(r => r.BenchmarkCase.Descriptor.Baseline))
            {
                var median = Median(report);
                var bytes = Allocated(report);
                complete &= median is not null && bytes is not null;
                Console.WriteLine(
                    $"{group.Key,-12} {report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\''),-30} {Nanoseconds(median),12} " +
                    $"{Ratio(median, baseMedian),7} {Bytes(bytes),12} {Ratio(bytes, baseBytes),11}");
            }
        }

        return complete;
    }

    private static double? Median(BenchmarkReport? report) => report?.ResultStatistics?.Median;

    private static double? Allocated(BenchmarkReport? report) =>
        report is null ? null : report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase);

    private static string Nanoseconds(double? value) =>
        value is null ? "n/a" : value.Value.ToString("N0", CultureInfo.InvariantCulture) + " ns";

    private static string Bytes(double? value) =>
        value is null ? "n/a" : value.Value.ToString("N0", CultureInfo.InvariantCulture) + " B";

    private static string Ratio(double? value, double? baseline) =>
        value is null || baseline is not > 0 ? "n/a" : (value.Value / baseline.Value).ToString("N2", CultureInfo.InvariantCulture);
}
