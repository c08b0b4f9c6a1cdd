using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecForge.Core.Reading.External;
using SpecForge.Generator.Tests.Infrastructure;
using SpecForge.Tests.Shared;
using SpecForge.Tests.SharedGenerator;

namespace SpecForge.Generator.Tests;

/// <summary>A spec split over several files builds from its parts (the files of its folder, which the props hand over).</summary>
public sealed class MultiFileSpecTests
{
    private static readonly string Shop = RepoPaths.InRepo("tests", "SpecForge.Core.Tests", "Fixtures", "MultiFile", "shop");
    private static readonly string Cafe = Path.Combine(RepoPaths.Corpus, "multifile", "redocly-cafe", "openapi");

    [Fact]
    public void A_spec_in_several_files_builds_from_its_parts_into_an_sdk_that_compiles()
    {
        var (_, result, output) = GeneratorHarness.Run(WithParts(Shop, "openapi.yaml"));

        GeneratedCode.AssertCleanAndCompiles(result, output);
        var hints = result.Results.Single().GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Contains("OpenapiClient.Models.I.g.cs", hints);
        Assert.Contains("OpenapiClient.Models.T.g.cs", hints);
        Assert.Contains("OpenapiClient.Models.P.g.cs", hints);
        Assert.NotNull(output.GetTypeByMetadataName("Openapi.Item"));
        Assert.NotNull(output.GetTypeByMetadataName("Openapi.Tag"));
        Assert.NotNull(output.GetTypeByMetadataName("Openapi.Problem"));
        Assert.NotNull(output.GetTypeByMetadataName("Openapi.OpenapiClient")?.GetMembers("ListItemsAsync").FirstOrDefault());
    }

    [Fact]
    public void Without_its_parts_a_multi_file_spec_fails_the_build_at_the_ref_instead_of_building_a_partial_sdk()
    {
        var root = Path.Combine(Shop, "openapi.yaml");

        var (_, result, _) = GeneratorHarness.Run(new[] { new TestFile(root, File.ReadAllText(root)) });

        var errors = result.Diagnostics.Where(d => d.Id == "SF1016").ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal(DiagnosticSeverity.Error, e.Severity));
        Assert.Contains(errors, e => e.Location.GetLineSpan().Path == root && e.Location.GetLineSpan().StartLinePosition.Line == 6);
    }

    [Fact]
    public void Editing_a_part_regenerates_and_editing_a_file_no_reference_names_changes_no_model()
    {
        var files = WithParts(Shop, "openapi.yaml").Append(new TestFile(Path.Combine(Shop, "unrelated.yaml"), "note: not referenced\n", Kind: "Part")).ToArray();
        var session = IncrementalSession.Start(files);

        var unrelated = session.EditFile(Path.Combine(Shop, "unrelated.yaml"), text => text + "more: text\n");
        Assert.All(StepReasons.Of(unrelated, TrackingNames.Model), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, reason.ToString()));

        var edited = session.EditFile(Path.Combine(Shop, "schemas", "tag.yaml"), text => text.Replace("  name: { type: string }", "  name: { type: string }\n  color: { type: string }", StringComparison.Ordinal));
        Assert.Contains(IncrementalStepRunReason.Modified, StepReasons.Of(edited, TrackingNames.Model));
        Assert.Contains("Color", edited.GeneratedSources.Single(s => s.HintName == "OpenapiClient.Models.T.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    [CorpusFact]
    public void Redocly_cafe_from_its_files_generates_what_its_bundled_form_generates_and_compiles()
    {
        var root = Path.Combine(Cafe, "openapi.yaml");
        var (_, fromParts, output) = GeneratorHarness.Run(WithParts(Cafe, "openapi.yaml", "Cafe", "CafeClient"));
        GeneratedCode.AssertCleanAndCompiles(fromParts, output);

        var bundled = SpecBundle.Bundle(root, File.ReadAllText(root), SpecFileSource.Disk);
        Assert.Empty(bundled.Diagnostics);
        var (_, fromBundle, _) = GeneratorHarness.Run(new[] { new TestFile(Path.Combine(Path.GetTempPath(), "cafe.bundled.json"), bundled.Json!, Namespace: "Cafe", ClientName: "CafeClient") });

        var expected = Sources(fromBundle);
        var actual = Sources(fromParts);
        Assert.Equal(expected.Keys.OrderBy(k => k, StringComparer.Ordinal), actual.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.All(expected.Keys, key => Assert.Equal(expected[key], actual[key]));
        Assert.True(expected.Where(p => p.Key.StartsWith("CafeClient.Models.", StringComparison.Ordinal)).Sum(p => System.Text.RegularExpressions.Regex.Matches(p.Value, "partial record ").Count) >= 10, string.Join(", ", expected.Keys));
    }

    // The spec and every file of its folder as parts, as the props add them.
    private static TestFile[] WithParts(string folder, string root, string? @namespace = null, string? clientName = null)
    {
        var rootPath = Path.Combine(folder, root);
        var parts = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(path => path != rootPath && Path.GetExtension(path) is ".yaml" or ".yml" or ".json")
            .Select(path => new TestFile(path, File.ReadAllText(path), Kind: "Part"));
        return new[] { new TestFile(rootPath, File.ReadAllText(rootPath), Namespace: @namespace, ClientName: clientName) }.Concat(parts).ToArray();
    }

    private static Dictionary<string, string> Sources(GeneratorDriverRunResult result) =>
        result.Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
}
