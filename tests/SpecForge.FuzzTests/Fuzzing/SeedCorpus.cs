using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpecForge.Tests.Shared;

namespace SpecForge.FuzzTests.Fuzzing;

/// <summary>A file mutants are made from.</summary>
internal sealed record Seed(string Name, string Path, string Text, bool IsDocumentation);

/// <summary>
/// The files the fuzzer mutates: the repository's own fixtures and seed docs, plus ../shared/corpus when it is
/// present (CI always has it). The list is sorted so a seed and an index always make the same input.
/// </summary>
internal sealed class SeedCorpus
{
    // Big seeds are slow to run and mostly retest what small ones do; they are picked now and then.
    private const int LargeSeedChars = 1_000_000;

    private SeedCorpus(IReadOnlyList<Seed> seeds) => Seeds = seeds;

    public IReadOnlyList<Seed> Seeds { get; }

    public bool IncludesCorpus => Seeds.Any(s => s.Name.StartsWith("corpus/", StringComparison.Ordinal));

    public static SeedCorpus Load()
    {
        var files = new List<(string Name, string Path)>();
        void AddFolder(string folder, string prefix, bool recursive = false)
        {
            if (!Directory.Exists(folder))
            {
                return;
            }

            foreach (var file in Directory.GetFiles(folder, "*", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly))
            {
                var extension = System.IO.Path.GetExtension(file).ToLowerInvariant();
                if (extension is ".json" or ".yaml" or ".yml" or ".md" or ".txt" && !file.EndsWith(".sdk.txt", StringComparison.Ordinal)
                    && !file.Contains("/bin/", StringComparison.Ordinal) && !file.Contains("/obj/", StringComparison.Ordinal))
                {
                    files.Add((prefix + System.IO.Path.GetRelativePath(folder, file).Replace('\\', '/'), file));
                }
            }
        }

        AddFolder(RepoPaths.InRepo("tests", "SpecForge.Generator.Tests", "Fixtures"), "repo/generator/");
        AddFolder(RepoPaths.InRepo("tests", "SpecForge.Client.Tests", "Specs"), "repo/client/");
        AddFolder(RepoPaths.InRepo("tests", "SpecForge.Core.Tests", "Fixtures", "Markdown"), "repo/markdown/", recursive: true);
        AddFolder(RepoPaths.InRepo("tests", "SpecForge.Core.Tests", "Fixtures", "Mocking"), "repo/mocking/", recursive: true);
        AddFolder(RepoPaths.InRepo("samples", "Petstore.Sample"), "repo/samples/");
        AddFolder(RepoPaths.InRepo("specs", "trustpager"), "repo/specs/trustpager/");
        AddFolder(RepoPaths.InRepo("specs", "mindhunters"), "repo/specs/mindhunters/");
        foreach (var folder in new[] { "petstore", "apisguru", "vendor", "large" })
        {
            AddFolder(System.IO.Path.Combine(RepoPaths.Corpus, folder), "corpus/" + folder + "/");
        }

        var seeds = files
            .Where(f => !f.Name.EndsWith("README.md", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => new Seed(f.Name, f.Path, File.ReadAllText(f.Path), IsDocumentation(f.Path)))
            .ToList();
        return new SeedCorpus(seeds);
    }

    /// <summary>A seed chosen at random, large ones rarely.</summary>
    public Seed Pick(Random random)
    {
        while (true)
        {
            var seed = Seeds[random.Next(Seeds.Count)];
            if (seed.Text.Length < LargeSeedChars || random.Next(40) == 0)
            {
                return seed;
            }
        }
    }

    private static bool IsDocumentation(string path) =>
        System.IO.Path.GetExtension(path).ToLowerInvariant() is ".md" or ".txt";
}
