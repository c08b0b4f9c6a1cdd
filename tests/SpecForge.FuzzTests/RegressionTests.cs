using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using SpecForge.Core;
using SpecForge.Core.Collections;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Documentation;
using SpecForge.Core.Emitting;
using SpecForge.FuzzTests.Fuzzing;
using SpecForge.Tests.Shared;

namespace SpecForge.FuzzTests;

/// <summary>
/// Every failure the fuzzer found, as a small fixture under Regressions/ (each says what it broke): it now passes every
/// command the fuzzer runs, and says exactly what is wrong with it.
/// </summary>
public sealed class RegressionTests
{
    public static TheoryData<string, string[]> Fixtures => new()
    {
        { "alias-bomb.yaml", new[] { "SF1012" } },
        { "boolean-and-null-schemas.yaml", new[] { "SF1004" } },
        { "deep-flow.yaml", new[] { "SF1009" } },
        { "discriminators.yaml", new[] { "SF1004", "SF1005", "SF1006" } },
        { "endpoint-page-odd-info.md", new[] { "SF1004" } },
        { "member-allof-of-its-own-record.yaml", new string[0] },
        { "external-and-empty-refs.yaml", new[] { "SF1004", "SF1006", "SF1016" } },
        { "reference-duplicate-example-keys.md", new string[0] },
        { "rendered-page-huge-range.txt", new string[0] },
        { "repeated-keys-and-lone-surrogates.json", new[] { "SF1013" } },
        { "self-and-mutual-ref.yaml", new[] { "SF1014" } },
        { "swagger2-oddities.yaml", new[] { "SF1004" } },
        { "swagger2-unknown-schemes.yaml", new[] { "SF1004" } },
        { "union-lists-itself.yaml", new[] { "SF1010" } },
        { "union-of-itself-only.yaml", new[] { "SF1010" } },
        { "versions.yaml", new[] { "SF1004" } },
        { "wrong-kinds.yaml", new[] { "SF1004", "SF1005" } },
        { "yaml-reversed-surrogates.yaml", new[] { "SF1002" } },
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_fuzz_finding_is_reported_as_what_it_is_and_breaks_nothing(string fixture, string[] expectedIds)
    {
        var path = PathOf(fixture);
        var text = File.ReadAllText(path);

        var (parsed, emitted) = SpecPipeline.Run(SpecInput.Create(path, text, null, null, null), EquatableArray<TemplateOverride>.Empty, EmitOptions.Latest);

        var diagnostics = parsed.Diagnostics.Concat(emitted?.Diagnostics ?? EquatableArray<SpecDiagnostic>.Empty).ToList();
        Assert.Equal(expectedIds, diagnostics.Where(d => d.Severity >= SpecSeverity.Warning).Select(d => d.Id).Distinct().OrderBy(id => id));
        Assert.All(diagnostics.Where(d => d.Severity >= SpecSeverity.Warning), d => Assert.True(d.Line > 0 && d.FilePath == path, d.ToString()));
        var runner = new FuzzRunner(System.TimeSpan.FromSeconds(10), 1L << 30);
        foreach (var target in Targets(fixture))
        {
            var outcome = runner.Run(new FuzzInput(fixture, target, path, text, text, fixture, "regression"), compile: true);
            Assert.True(outcome.Verdict == FuzzVerdict.Passed, outcome.ToString());
        }
    }

    [Fact]
    public void Errors_leave_the_rest_of_the_document_generated()
    {
        foreach (var fixture in new[] { "self-and-mutual-ref.yaml", "external-and-empty-refs.yaml", "discriminators.yaml" })
        {
            var path = PathOf(fixture);
            var (_, emitted) = SpecPipeline.Run(SpecInput.Create(path, File.ReadAllText(path), null, null, null), EquatableArray<TemplateOverride>.Empty, EmitOptions.Latest);

            Assert.NotNull(emitted);
            Assert.Empty(OutputCompiler.Problems(emitted!.Files));
            Assert.Contains(emitted.Files, f => f.HintName.EndsWith(".Client.g.cs", System.StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_repeated_key_in_a_documented_example_keeps_the_last_value()
    {
        var path = PathOf("reference-duplicate-example-keys.md");

        var normalized = DocsNormalizer.Normalize(new[] { new DocumentInput(path, File.ReadAllText(path)) });

        Assert.NotNull(normalized.Json);
        using var document = JsonDocument.Parse(normalized.Json!);
        var body = document.RootElement.GetProperty("paths").GetProperty("/widgets").GetProperty("post").GetProperty("requestBody");
        Assert.Contains("\"name\":\"b\"", body.GetRawText().Replace(" ", string.Empty), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_bound_beyond_a_long_is_kept_exactly()
    {
        var path = PathOf("rendered-page-huge-range.txt");

        var normalized = DocsNormalizer.Normalize(new[] { new DocumentInput(path, File.ReadAllText(path)) });

        Assert.Contains("\"minimum\": 99999999999999999999", normalized.Json!, System.StringComparison.Ordinal);
        Assert.Contains("\"maximum\": 999999999999999999999", normalized.Json!, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_union_branch_with_a_huge_enum_is_modeled_within_the_fuzz_budget()
    {
        // Fuzz finding: 14,560 values on a union branch's property took 18 s, deduplicated with KeyValuePair's hash.
        var values = string.Join(",", Enumerable.Range(0, 20_000).Select(i => "\"v" + i + "\""));
        var text = "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"T\",\"version\":\"1\"},\"paths\":{},\"components\":{\"schemas\":{"
            + "\"U\":{\"oneOf\":[{\"$ref\":\"#/components/schemas/A\"},{\"$ref\":\"#/components/schemas/B\"}]},"
            + "\"A\":{\"type\":\"object\",\"properties\":{\"kind\":{\"type\":\"string\",\"enum\":[" + values + "]}}},"
            + "\"B\":{\"type\":\"object\",\"properties\":{\"size\":{\"type\":\"integer\"}}}}}}";

        var outcome = new FuzzRunner(System.TimeSpan.FromSeconds(10), 1L << 30).Run(new FuzzInput("huge-enum", FuzzTarget.Generate, "huge-enum.json", text, text, "huge-enum", "regression"), compile: false);

        Assert.True(outcome.Verdict == FuzzVerdict.Passed, outcome.ToString());
    }

    [Fact]
    public void Descriptions_of_one_huge_word_are_assembled_within_the_fuzz_budget()
    {
        // Fuzz finding (seed 20261206, case 175): a 75,908-letter description made the file assembler's right-to-left
        // search for the last declared type retry its word pattern at every letter, for minutes.
        var word = new string('a', 80_000);
        var text = "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"T\",\"version\":\"1\"},\"paths\":{},\"components\":{\"schemas\":{"
            + "\"Pet\":{\"type\":\"object\",\"description\":\"" + word + "\",\"properties\":{"
            + "\"name\":{\"type\":\"string\",\"maxLength\":5,\"description\":\"" + word + "\"},"
            + "\"kind\":{\"anyOf\":[{\"type\":\"string\"},{\"type\":\"integer\"}],\"description\":\"" + word + "\"}}}}}}";

        var outcome = new FuzzRunner(System.TimeSpan.FromSeconds(10), 1L << 30).Run(new FuzzInput("huge-word", FuzzTarget.Generate, "huge-word.json", text, text, "huge-word", "regression"), compile: true);

        Assert.True(outcome.Verdict == FuzzVerdict.Passed, outcome.ToString());
    }

    private static IEnumerable<FuzzTarget> Targets(string fixture) =>
        Path.GetExtension(fixture) is ".md" or ".txt"
            ? new[] { FuzzTarget.Generate, FuzzTarget.Normalize, FuzzTarget.DiffNew }
            : new[] { FuzzTarget.Generate, FuzzTarget.DiffNew, FuzzTarget.DiffOld };

    private static string PathOf(string fixture) => RepoPaths.InRepo("tests", "SpecForge.FuzzTests", "Regressions", fixture);
}
