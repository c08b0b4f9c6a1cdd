using System;
using System.IO;

namespace SpecForge.Benchmarks;

/// <summary>Where the large specs are: ../shared/corpus/large beside the repository root.</summary>
internal static class Corpus
{
    /// <summary>The specs measured, by file name.</summary>
    public static readonly string[] SpecFiles = { "github-api.github.com.json", "stripe-spec3.json" };

    // Walking up from the binaries (rather than the current directory) lets the benchmark run from anywhere.
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string LargeFolder { get; } = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "corpus", "large"));

    public static string PathOf(string specFile) => Path.Combine(LargeFolder, specFile);

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
