using System.IO;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SpecForge.Benchmarks;

/// <summary>A short, single-launch job: each operation takes milliseconds to a few hundred, so 15 iterations keep the whole run near a minute.</summary>
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
        // Wide enough for "github-api.github.com.json", which the default width would cut to "githu(...).json".
        .WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(30))
        .AddDiagnoser(MemoryDiagnoser.Default)
        // Beside the project rather than in the current directory, so running from anywhere leaves no stray folders.
        .WithArtifactsPath(Path.Combine(Corpus.RepoRoot, "tests", "SpecForge.Benchmarks", "BenchmarkDotNet.Artifacts"));
}
