using System.IO;
using SpecForge.Benchmarking;

namespace SpecForge.Benchmarks;

/// <summary>Where the large specs are: ../shared/corpus/large beside the repository root.</summary>
internal static class Corpus
{
    /// <summary>The specs measured, by file name.</summary>
    public static readonly string[] SpecFiles = { "github-api.github.com.json", "stripe-spec3.json" };

    public static string LargeFolder { get; } = Path.GetFullPath(Path.Combine(BenchmarkConfig.RepoRoot, "..", "shared", "corpus", "large"));

    public static string PathOf(string specFile) => Path.Combine(LargeFolder, specFile);
}
