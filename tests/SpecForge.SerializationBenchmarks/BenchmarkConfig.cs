using System;
using System.IO;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SpecForge.SerializationBenchmarks;

/// <summary>
/// A short, single-launch job like SpecForge.Benchmarks': each operation takes microseconds, so 3 warmup and 15
/// measured iterations of BenchmarkDotNet's usual length give stable medians and keep the six cases near a minute.
/// </summary>
internal static class BenchmarkConfig
{
    public static IConfig Create() => DefaultConfig.Instance
        // In-process avoids BenchmarkDotNet building a second copy of the project, which alone costs a minute on 2 cores.
        .AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(15)
            .WithId("InProcess"))
        .AddColumn(StatisticColumn.Median)
        .AddDiagnoser(MemoryDiagnoser.Default)
        .WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(30))
        // Beside the project rather than in the current directory, so running from anywhere leaves no stray folders.
        .WithArtifactsPath(Path.Combine(RepoRoot, "tests", "SpecForge.SerializationBenchmarks", "BenchmarkDotNet.Artifacts"));

    // Walking up from the binaries (rather than the current directory) lets the benchmark run from anywhere.
    private static string RepoRoot { get; } = FindRepoRoot();

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Generator.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Generator.sln above {AppContext.BaseDirectory}; run the benchmark from its build output.");
    }
}
