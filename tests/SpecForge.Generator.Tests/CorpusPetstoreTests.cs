using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpecForge.Generator.Tests.Infrastructure;
using SpecForge.Tests.Shared;
using SpecForge.Tests.SharedGenerator;

namespace SpecForge.Generator.Tests;

/// <summary>
/// Every petstore-family spec of ../shared/corpus/petstore compiles with zero warnings. Third-party specs are judged by
/// compiling them; the repository's own fixtures carry the snapshots (FixtureSnapshotTests).
/// </summary>
public sealed class CorpusPetstoreTests
{
    public static IEnumerable<object[]> Specs()
    {
        var files = RepoPaths.CorpusFiles("petstore");

        // xunit needs at least one row even when the theory is skipped for a missing corpus.
        return files.Length == 0
            ? new[] { new object[] { "(corpus absent)" } }
            : files.Select(f => new object[] { Path.GetFileName(f) });
    }

    [CorpusTheory]
    [MemberData(nameof(Specs))]
    public void Generates_compiling_code(string spec)
    {
        var path = Path.Combine(RepoPaths.Corpus, "petstore", spec);
        var (_, result, output) = GeneratorHarness.Run(new[] { new TestFile(path, File.ReadAllText(path)) });

        GeneratedCode.AssertCleanAndCompiles(result, output);
        Assert.Contains(GeneratorHarness.Sources(result), s => s.HintName.EndsWith(".Client.g.cs", System.StringComparison.Ordinal));
    }
}
