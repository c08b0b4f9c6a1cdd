using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using SpecForge.Generator.Tests.Infrastructure;
using SpecForge.Tests.Shared;
using SpecForge.Tests.SharedGenerator;

namespace SpecForge.Generator.Tests;

/// <summary>
/// Generated code uses C# 11 <c>required</c> members only where the consumer's language version has them, compiles from
/// C# 9, and below that the build gets one diagnostic instead of compiler errors.
/// </summary>
public sealed class LanguageVersionTests
{
    [Fact]
    public void Csharp_10_gets_initializers_instead_of_required_members_and_still_compiles()
    {
        var parseOptions = Compilations.ParseOptions(LanguageVersion.CSharp10);

        var (_, result, output) = GeneratorHarness.Run(
            new[] { new TestFile("/specs/store-v30.yaml", File.ReadAllText(FixtureSnapshotTests.FixturePath("store-v30.yaml"))) },
            parseOptions);

        GeneratedCode.AssertCleanAndCompiles(result, output, parseOptions);
        var item = GeneratorHarness.Sources(result).Single(s => s.HintName == "StoreV30Client.Models.I.g.cs").Text;
        Assert.DoesNotContain(" required ", item);
        Assert.Contains("public string Name { get; init; } = default!;", item);
        Assert.Contains("public long Id { get; init; }\n", item);
    }

    [Fact]
    public void Csharp_11_and_later_get_required_members()
    {
        var (_, result, _) = GeneratorHarness.Run(
            new[] { new TestFile("/specs/store-v30.yaml", File.ReadAllText(FixtureSnapshotTests.FixturePath("store-v30.yaml"))) },
            Compilations.ParseOptions(LanguageVersion.CSharp11));

        var item = GeneratorHarness.Sources(result).Single(s => s.HintName == "StoreV30Client.Models.I.g.cs").Text;
        Assert.Contains("public required string Name { get; init; }", item);
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3, "7.3")]
    [InlineData(LanguageVersion.CSharp8, "8.0")]
    public void Below_csharp_9_one_error_per_spec_names_the_fix_and_nothing_is_generated(LanguageVersion version, string shown)
    {
        var (_, result, _) = GeneratorHarness.Run(
            new[] { new TestFile("/specs/store-v30.yaml", File.ReadAllText(FixtureSnapshotTests.FixturePath("store-v30.yaml"))) },
            Compilations.ParseOptions(version));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("SF5003", error.Id);
        Assert.Equal("/specs/store-v30.yaml", error.Location.GetLineSpan().Path);
        Assert.Contains("C# " + shown, error.GetMessage(), System.StringComparison.Ordinal);
        Assert.Contains("<LangVersion>9.0</LangVersion>", error.GetMessage(), System.StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.Sources(result));
    }

    [Fact]
    public void Csharp_9_compiles_clean()
    {
        var parseOptions = Compilations.ParseOptions(LanguageVersion.CSharp9);

        var (_, result, output) = GeneratorHarness.Run(
            new[] { new TestFile("/specs/store-v30.yaml", File.ReadAllText(FixtureSnapshotTests.FixturePath("store-v30.yaml"))) },
            parseOptions);

        GeneratedCode.AssertCleanAndCompiles(result, output, parseOptions);
    }
}
