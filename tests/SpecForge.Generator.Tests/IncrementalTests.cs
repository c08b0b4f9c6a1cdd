using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SpecForge.Core;
using SpecForge.Generator.Tests.Infrastructure;
using SpecForge.Tests.Shared;
using SpecForge.Tests.SharedGenerator;

namespace SpecForge.Generator.Tests;

/// <summary>The pipeline does no work it does not have to (DESIGN.md rules 3 and 7).</summary>
public sealed class IncrementalTests
{
    private const string SpecPath = "/specs/store-v30.json";
    private const string TemplatePath = "/templates/Dto.Members.sbncs";

    private static readonly string[] AllSteps =
    {
        TrackingNames.SpecInputs, TrackingNames.Parse, TrackingNames.Model, TrackingNames.ParseDiagnostics,
        TrackingNames.Templates, TrackingNames.TargetSupport, TrackingNames.EmitOptions, TrackingNames.Emit,
    };

    private static readonly Compilation Compilation =
        Compilations.Create(GeneratorHarness.LatestParseOptions, "namespace Consumer { internal static class Placeholder { } }");

    private static string SpecText => File.ReadAllText(FixtureSnapshotTests.FixturePath("store-v30.json"));

    [Fact]
    public void An_unrelated_code_edit_leaves_every_step_cached_or_unchanged()
    {
        var driver = FirstRun(out _, new TestFile(SpecPath, SpecText), new TestFile(TemplatePath, "        // hook", Kind: "Template"));

        var edited = Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Unrelated { } }", GeneratorHarness.LatestParseOptions));
        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        StepReasons.AssertNothingChanged(second, AllSteps, "an unrelated edit");
    }

    [Fact]
    public void A_whitespace_only_spec_edit_keeps_the_model_unchanged_and_emits_nothing_again()
    {
        var driver = FirstRun(out var texts, new TestFile(SpecPath, SpecText));

        // Re-indent the JSON: every line moves, nothing means anything different.
        var reformatted = string.Join("\n", SpecText.Split('\n').Select(line => "  " + line.TrimEnd() + "   ")) + "\n\n";
        var second = driver
            .ReplaceAdditionalText(texts[SpecPath], new InMemoryAdditionalText(SpecPath, reformatted))
            .RunGenerators(Compilation).GetRunResult().Results.Single();

        // The text changed, so it is read again; what it means did not, so nothing after reading runs.
        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, StepReasons.Of(second, TrackingNames.SpecInputs));
        Assert.Equal(new[] { IncrementalStepRunReason.Unchanged }, StepReasons.Of(second, TrackingNames.Parse));
        Assert.All(StepReasons.Of(second, TrackingNames.Model), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, reason.ToString()));
        StepReasons.AssertAll(IncrementalStepRunReason.Cached, StepReasons.Of(second, TrackingNames.Emit));
    }

    [Fact]
    public void A_real_spec_edit_changes_the_model_and_the_output()
    {
        var driver = FirstRun(out var texts, new TestFile(SpecPath, SpecText));

        var renamed = SpecText.Replace("\"Item\": {", "\"Article\": {").Replace("#/components/schemas/Item\"", "#/components/schemas/Article\"");
        var second = driver
            .ReplaceAdditionalText(texts[SpecPath], new InMemoryAdditionalText(SpecPath, renamed))
            .RunGenerators(Compilation).GetRunResult().Results.Single();

        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, StepReasons.Of(second, TrackingNames.Model));
        Assert.Contains(IncrementalStepRunReason.Modified, StepReasons.Of(second, TrackingNames.Emit));
        var sources = second.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        Assert.Matches(@"partial record Article\b", sources["StoreV30Client.Models.A.g.cs"]);
        Assert.DoesNotContain(sources.Values, text => System.Text.RegularExpressions.Regex.IsMatch(text, @"partial record Item\b"));
    }

    [Fact]
    public void Editing_one_schema_renders_its_file_again_and_no_other()
    {
        var driver = FirstRun(out var texts, new TestFile(SpecPath, SpecText));
        var before = driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

        var edited = SpecText.Replace("\"An item in the store.\"", "\"An item in the store, as listed.\"", System.StringComparison.Ordinal);
        Assert.NotEqual(SpecText, edited);
        var second = driver
            .ReplaceAdditionalText(texts[SpecPath], new InMemoryAdditionalText(SpecPath, edited))
            .RunGenerators(Compilation).GetRunResult().Results.Single();

        var emitted = second.TrackedSteps[TrackingNames.Emit].SelectMany(s => s.Outputs).ToList();
        var rendered = emitted.Where(o => o.Reason != IncrementalStepRunReason.Cached).ToList();
        var renderedFiles = rendered.SelectMany(o => ((EmitResult)o.Value).Files).Select(f => f.HintName).ToList();
        Assert.Equal(new[] { "StoreV30Client.Models.I.g.cs" }, renderedFiles);
        Assert.Equal(IncrementalStepRunReason.Modified, rendered.Single().Reason);
        Assert.True(emitted.Count > 4, $"Expected a unit per letter of the types and the client, got {emitted.Count}.");

        // Every other file is the one the first run made.
        var after = second.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        Assert.Equal(before.Keys.OrderBy(k => k), after.Keys.OrderBy(k => k));
        Assert.Contains("as listed", after["StoreV30Client.Models.I.g.cs"], System.StringComparison.Ordinal);
        Assert.All(before.Keys.Where(k => k != "StoreV30Client.Models.I.g.cs"), key => Assert.Equal(before[key], after[key]));
    }

    [Fact]
    public void A_record_hook_edit_changes_only_the_record_files()
    {
        var driver = FirstRun(out var texts, new TestFile(SpecPath, SpecText), new TestFile(TemplatePath, "        // first", Kind: "Template"));

        var second = driver
            .ReplaceAdditionalText(texts[TemplatePath], new InMemoryAdditionalText(TemplatePath, "        // second"))
            .RunGenerators(Compilation).GetRunResult().Results.Single();

        // Every unit is rendered again with the new templates; only the records' files come out different.
        var emitted = second.TrackedSteps[TrackingNames.Emit].SelectMany(s => s.Outputs).ToList();
        var changed = emitted.Where(o => o.Reason == IncrementalStepRunReason.Modified).SelectMany(o => ((EmitResult)o.Value).Files).Select(f => f.HintName).ToList();
        Assert.NotEmpty(changed);
        Assert.All(changed, name => Assert.StartsWith("StoreV30Client.Models.", name, System.StringComparison.Ordinal));
        Assert.Contains(emitted, o => o.Reason == IncrementalStepRunReason.Unchanged && ((EmitResult)o.Value).Files.Any(f => f.HintName == "StoreV30Client.Client.g.cs"));
    }

    [Fact]
    public void A_template_edit_re_emits_without_re_reading_the_spec()
    {
        var driver = FirstRun(out var texts, new TestFile(SpecPath, SpecText), new TestFile(TemplatePath, "        // first", Kind: "Template"));

        var second = driver
            .ReplaceAdditionalText(texts[TemplatePath], new InMemoryAdditionalText(TemplatePath, "        // second"))
            .RunGenerators(Compilation).GetRunResult().Results.Single();

        Assert.Equal(new[] { IncrementalStepRunReason.Cached }, StepReasons.Of(second, TrackingNames.Parse));
        Assert.Contains(IncrementalStepRunReason.Modified, StepReasons.Of(second, TrackingNames.Emit));
        var dto = second.GeneratedSources.First(s => s.HintName.Contains(".Models.")).SourceText.ToString();
        Assert.Contains("// second", dto);
        Assert.DoesNotContain("// first", dto);
    }

    private static GeneratorDriver FirstRun(out IReadOnlyDictionary<string, AdditionalText> texts, params TestFile[] files)
    {
        var driver = GeneratorHarness.CreateDriver(files, out texts).RunGenerators(Compilation);
        Assert.NotEmpty(driver.GetRunResult().GeneratedTrees);
        return driver;
    }
}
