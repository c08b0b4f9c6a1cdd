using System;
using System.IO;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SpecForge.Benchmarking;

/// <summary>
/// The job every SpecForge benchmark runs: in-process, one launch, 3 warm-ups and 15 measured iterations, medians and
/// allocations. Short enough that a whole benchmark project finishes in about a minute on 2 cores.
/// </summary>
internal static class BenchmarkConfig
{
    /// <summary>The repository, found by walking up from the binaries so a benchmark runs from anywhere.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The config for the benchmark project in tests/<paramref name="projectFolder"/>.</summary>
    public static IConfig Create(string projectFolder) => DefaultConfig.Instance
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
        .WithArtifactsPath(Path.Combine(RepoRoot, "tests", projectFolder, "BenchmarkDotNet.Artifacts"));

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
