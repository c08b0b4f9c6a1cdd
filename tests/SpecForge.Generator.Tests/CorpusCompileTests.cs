using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpecForge.Generator.Tests.Infrastructure;
using SpecForge.Tests.Shared;
using SpecForge.Tests.SharedGenerator;

namespace SpecForge.Generator.Tests;

/// <summary>
/// The real-world specs of ../shared/corpus (GitHub, Stripe, OpenAI, Discord, Twilio, Box, Slack, Azure Service
/// Fabric, S3) generate code that compiles with zero warnings. The long-running tests live apart so they can be run
/// alone: dotnet test --filter CorpusCompileTests.
/// </summary>
public sealed class CorpusCompileTests
{
    public static IEnumerable<object[]> Specs()
    {
        var files = new[] { "large", "vendor", "apisguru" }.SelectMany(RepoPaths.CorpusFiles).ToList();
        return files.Count == 0
            ? new[] { new object[] { "(corpus absent)" } }
            : files.Select(f => new object[] { Path.GetRelativePath(RepoPaths.Corpus, f) });
    }

    [CorpusTheory]
    [MemberData(nameof(Specs))]
    public void Generates_code_that_compiles_without_warnings(string spec)
    {
        var path = Path.Combine(RepoPaths.Corpus, spec);

        var (_, result, output) = GeneratorHarness.Run(new[] { new TestFile(path, File.ReadAllText(path)) });

        GeneratedCode.AssertCleanAndCompiles(result, output);
        Assert.True(result.Results.Single().GeneratedSources.Length > 10, $"{spec} generated almost nothing.");
    }
}
