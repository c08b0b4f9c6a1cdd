using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace SpecForge.Tests.Shared;

/// <summary>Where the repository and the shared corpus are, as recorded at build time.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Path.GetFullPath(
        typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SpecForgeRepoRoot").Value!);

    /// <summary>../shared beside the repository: present on CI and developers' machines, absent on a user's fresh clone.</summary>
    public static string Shared { get; } = Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Corpus { get; } = Path.Combine(Shared, "corpus");

    public static string Seeds { get; } = Path.Combine(Shared, "seeds");

    public static string InRepo(params string[] parts) => Path.Combine(new[] { Root }.Concat(parts).ToArray());

    /// <summary>Files of a corpus folder, or an empty list (and a reason) when ../shared/corpus is absent.</summary>
    public static string[] CorpusFiles(string folder) =>
        Directory.Exists(Path.Combine(Corpus, folder))
            ? Directory.GetFiles(Path.Combine(Corpus, folder)).OrderBy(f => f, StringComparer.Ordinal).ToArray()
            : Array.Empty<string>();
}
