using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SpecForge.Generator.Tests.Infrastructure;
using SpecForge.Tests.Shared;
using SpecForge.Tests.SharedGenerator;

namespace SpecForge.Generator.Tests;

/// <summary>
/// <c>IncludeOperations</c> and <c>ExcludeOperations</c> item metadata select what the generator emits: the chosen
/// operations and the schemas they reach, as compiling code.
/// </summary>
public sealed class OperationFilterTests
{
    private static TestFile Store(string? include = null, string? exclude = null, string? mock = null) =>
        new("/specs/store-v30.yaml", File.ReadAllText(FixtureSnapshotTests.FixturePath("store-v30.yaml")), Namespace: "Store", ClientName: "StoreClient", Mock: mock)
        {
            IncludeOperations = include,
            ExcludeOperations = exclude,
        };

    [Fact]
    public void Included_operations_alone_become_methods_and_unreached_schemas_no_types()
    {
        var (_, result, output) = GeneratorHarness.Run(new[] { Store(include: "getPicture;\n  PUT /items/{id}/notes\n") });

        Assert.Equal(new[] { "GetPictureWithResponseAsync", "PutItemsByItemIdNotesWithResponseAsync" }, OperationMethods(output, "Store"));
        var names = HintNames(result);
        Assert.DoesNotContain(names, n => n.StartsWith("StoreClient.Models.", StringComparison.Ordinal));
        Assert.Null(output.GetTypeByMetadataName("Store.Item"));
        Assert.Empty(result.Diagnostics);
        GeneratedCode.AssertCleanAndCompiles(result, output);
    }

    [Fact]
    public void Exclude_removes_an_operation_and_keeps_the_schemas_others_still_reach()
    {
        var (_, result, output) = GeneratorHarness.Run(new[] { Store(exclude: "listItems;/items/*/**") });

        Assert.Equal(new[] { "CreateItemWithResponseAsync" }, OperationMethods(output, "Store"));
        Assert.NotNull(output.GetTypeByMetadataName("Store.Item"));
        Assert.Null(output.GetTypeByMetadataName("Store.Tree"));
        Assert.Null(output.GetTypeByMetadataName("Store.Category"));
        GeneratedCode.AssertCleanAndCompiles(result, output);
    }

    [Fact]
    public void A_pattern_that_matches_nothing_warns_with_SF1015_at_the_spec_paths()
    {
        var (_, result, output) = GeneratorHarness.Run(new[] { Store(include: "tag:items;tag:orders") });

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("SF1015", DiagnosticSeverity.Warning), (warning.Id, warning.DefaultSeverity));
        Assert.Contains("'tag:orders'", warning.GetMessage(), StringComparison.Ordinal);
        var span = warning.Location.GetLineSpan();
        Assert.Equal(("/specs/store-v30.yaml", 12), (span.Path, span.StartLinePosition.Line + 1));
        Assert.Equal(new[] { "ListWithResponseAsync" }, OperationMethods(output, "Store"));
    }

    [Fact]
    public void The_mock_embeds_only_the_kept_operations()
    {
        var (_, result, output) = GeneratorHarness.Run(new[] { Store(include: "getPicture", mock: "true") });

        var server = GeneratorHarness.Sources(result).Single(s => s.HintName == "StoreClient.MockServer.g.cs").Text;
        Assert.Contains("/items/{itemId}/picture", server, StringComparison.Ordinal);
        Assert.DoesNotContain("listItems", server, StringComparison.Ordinal);
        Assert.DoesNotContain("\\\"Item\\\"", server, StringComparison.Ordinal);
        GeneratedCode.AssertCleanAndCompiles(result, output);
    }

    [Fact]
    public void Patterns_survive_the_editorconfig_the_compiler_reads_metadata_from()
    {
        // The file the SDK writes from CompilerVisibleItemMetadata, read by Roslyn's own parser; raw, the ';' and '#'
        // would start a comment there and the line break end the value.
        var spec = Store();
        var editorConfig = $"""
            is_global = true

            [{spec.Path}]
            build_metadata.AdditionalFiles.SpecForgeKind = Spec
            build_metadata.AdditionalFiles.Namespace = Store
            build_metadata.AdditionalFiles.SpecForgeIncludeOperations = {GeneratorHarness.EncodeAsPropsDoes("tag:items;\r\n    getPicture\n")}
            build_metadata.AdditionalFiles.SpecForgeExcludeOperations = {GeneratorHarness.EncodeAsPropsDoes("no#such;thing")}

            """;
        var read = AnalyzerConfigSet.Create(new[] { AnalyzerConfig.Parse(editorConfig, "/obj/Store.GeneratedMSBuildEditorConfig.editorconfig") })
            .GetOptionsForSourcePath(spec.Path)
            .AnalyzerOptions;
        var options = new TestOptionsProvider(new Dictionary<string, Dictionary<string, string>>
        {
            [spec.Path] = new(read, StringComparer.OrdinalIgnoreCase),
        });
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new SpecForgeGenerator().AsSourceGenerator() },
            new AdditionalText[] { new InMemoryAdditionalText(spec.Path, spec.Text) },
            GeneratorHarness.LatestParseOptions,
            options);

        driver = driver.RunGeneratorsAndUpdateCompilation(Compilations.Create(GeneratorHarness.LatestParseOptions, "namespace Consumer { }"), out var output, out _);

        Assert.Equal(new[] { "GetPictureWithResponseAsync", "ListWithResponseAsync" }, OperationMethods(output, "Store"));
        Assert.Equal(
            new[] { "'no#such'", "'thing'" },
            driver.GetRunResult().Diagnostics.Select(d => d.GetMessage().Split(' ')[3]));
    }

    [CorpusFact]
    public void Ten_github_operations_give_ten_methods_their_models_and_a_small_fraction_of_the_output()
    {
        var path = Path.Combine(RepoPaths.Corpus, "large", "github-api.github.com.json");
        var text = File.ReadAllText(path);
        var ten = new[]
        {
            "repos/get", "operationId:issues/get", "pulls/list", "pulls/get", "users/get-authenticated", "git/get-ref",
            "GET /repos/{owner}/{repo}/issues", "POST /repos/{o}/{r}/issues", "GET /orgs/*/repos", "GET /repos/*/*/commits",
        };

        var (_, result, output) = GeneratorHarness.Run(new[] { new TestFile(path, text, Namespace: "GitHub", ClientName: "GitHubClient") { IncludeOperations = string.Join(";", ten) } });

        GeneratedCode.AssertCleanAndCompiles(result, output);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            new[]
            {
                "CreateWithResponseAsync", "GetAuthenticatedWithResponseAsync", "GetRefWithResponseAsync", "GetWithResponseAsync", "GetWithResponseAsync",
                "GetWithResponseAsync", "ListCommitsWithResponseAsync", "ListForOrgWithResponseAsync", "ListForRepoWithResponseAsync", "ListWithResponseAsync",
            },
            OperationMethods(output, "GitHub"));

        // Measured: 12% of the characters. The ten reach GitHub's largest models (full-repository, pull-request, issue,
        // with their nested owners, permissions and licenses: 21 of 187 component schemas) and every SDK carries the same
        // runtime, so about a tenth is what ten operations cost; keeping every schema would be all of it. (Files hold a
        // letter's types each, so their count says little: 48 of 83.)
        var full = Core.SpecPipeline.Run(Core.SpecInput.Create(path, text, "GitHub", "GitHubClient", null), Core.Collections.EquatableArray<Core.Emitting.TemplateOverride>.Empty, Core.Emitting.EmitOptions.Latest).Emit!.Files;
        var selected = GeneratorHarness.Sources(result).ToList();
        var characterShare = (double)selected.Sum(s => s.Text.Length) / full.Sum(f => f.Source.Length);
        Assert.True(characterShare < 0.15, $"{selected.Count} of {full.Count} files, {characterShare:P1} of the characters.");
    }

    // One XWithResponseAsync per operation on the client's interfaces (its own and one per tag group), whatever else an
    // operation adds (paging gives XAllAsync).
    private static List<string> OperationMethods(Compilation output, string @namespace) =>
        output.GlobalNamespace.GetNamespaceMembers().Single(n => n.Name == @namespace)
            .GetTypeMembers()
            .Where(t => t.TypeKind == TypeKind.Interface)
            .SelectMany(t => t.GetMembers().OfType<IMethodSymbol>())
            .Select(m => m.Name)
            .Where(n => n.EndsWith("WithResponseAsync", StringComparison.Ordinal))
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();

    private static List<string> HintNames(GeneratorDriverRunResult result) =>
        GeneratorHarness.Sources(result).Select(s => s.HintName).ToList();
}
