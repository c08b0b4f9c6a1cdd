using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using SpecForge.Tests.Shared;

namespace SpecForge.Core.Tests.CrossCheck;

/// <summary>
/// For every Swagger 2.0 and OpenAPI 3.0 spec of ../shared/corpus, the component schemas and operations SpecForge
/// reads equal what NSwag.Core 14, an independent reader, reads. The long-running corpus tests live apart so
/// they can be run alone: dotnet test --filter CorpusCrossCheckTests.
/// </summary>
public sealed class CorpusCrossCheckTests
{
    private const int MaxListed = 20;

    /// <summary>
    /// Differences that are understood and accepted: the corpus spec (relative to the corpus folder), the exact
    /// sentence <see cref="SpecViewComparer"/> reports, and why. The corpus currently reads identically once the
    /// representation differences are normalized (see <see cref="SpecForgeViewReader"/> and
    /// <see cref="NSwagViewReader"/>: request bodies and Swagger 2.0 body and formData parameters), so the table is
    /// empty; an entry nobody reports any more fails the test too.
    /// </summary>
    private static readonly (string Spec, string Difference, string Why)[] KnownDifferences =
        Array.Empty<(string, string, string)>();

    public static IEnumerable<object[]> Specs()
    {
        var files = new[] { "petstore", "large", "vendor", "apisguru" }.SelectMany(RepoPaths.CorpusFiles).ToList();
        if (files.Count == 0)
        {
            return new[] { new object[] { "(corpus absent)" } };
        }

        // 3.1 specs are left out rather than listed and let through: NSwag.Core reads them by 3.0 rules (see
        // SpecVersions.NSwagReads), and a row that asserts nothing would look like a passed check.
        return files
            .Where(f => SpecVersions.NSwagReads(SpecVersions.Sniff(File.ReadAllText(f))))
            .Select(f => new object[] { Path.GetRelativePath(RepoPaths.Corpus, f).Replace('\\', '/') });
    }

    [CorpusTheory]
    [MemberData(nameof(Specs))]
    public async Task Schemas_and_operations_read_as_NSwag_reads_them(string spec)
    {
        var path = Path.Combine(RepoPaths.Corpus, spec);
        var text = File.ReadAllText(path);

        var views = await SpecViews.ReadAsync(path, text);

        // The row was chosen by a text sniff; the parsed tree must agree, or a 3.1 spec could slip in.
        Assert.Equal(SpecVersions.Sniff(text), views.Version);
        var known = KnownDifferences.Where(k => k.Spec == spec).ToList();
        var differences = SpecViewComparer.Compare(views.Ours, views.Theirs);
        var unexplained = differences.Where(d => !known.Any(k => k.Difference == d)).ToList();
        var stale = known.Where(k => !differences.Contains(k.Difference)).Select(k => "no longer reported: " + k.Difference).ToList();
        var problems = unexplained.Concat(stale).ToList();
        Assert.True(
            problems.Count == 0,
            $"{spec}: {unexplained.Count} unexplained difference(s) between SpecForge and NSwag, {stale.Count} stale known difference(s)"
                + $" (first {Math.Min(MaxListed, problems.Count)}):{Environment.NewLine}"
                + string.Join(Environment.NewLine, problems.Take(MaxListed)));
    }
}
