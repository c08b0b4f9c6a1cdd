using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpecForge.Core.Diffing;
using SpecForge.Core.Documentation;
using SpecForge.Core.Documentation.Writing;
using SpecForge.Core.Reading;
using SpecForge.Tests.Shared;

namespace SpecForge.Core.Tests.Diffing.OpenApi;

/// <summary>
/// The differ over real inputs: markdown reference docs (normalized first, changes located in the markdown), and every
/// corpus spec compared with itself and with its OpenAPI 3.1 JSON conversion, which must show no change.
/// </summary>
public sealed class OpenApiDiffSourcesTests
{
    private static readonly string MarkdownFolder = RepoPaths.InRepo("tests", "SpecForge.Core.Tests", "Diffing", "OpenApi", "Markdown");

    public static IEnumerable<object[]> CorpusSpecs()
    {
        var files = new[] { "petstore", "large", "vendor", "apisguru" }.SelectMany(RepoPaths.CorpusFiles).ToList();
        return files.Count == 0
            ? new[] { new object[] { "(corpus absent)" } }
            : files.Select(f => new object[] { Path.GetRelativePath(RepoPaths.Corpus, f).Replace('\\', '/') });
    }

    [Fact]
    public void Markdown_docs_are_compared_and_changes_located_in_the_markdown_files()
    {
        var old = Markdown("old-reference.md");
        var @new = Markdown("new-reference.md");

        var report = SpecDiff.Compare(old, @new);

        Assert.Equal(DiffInputKind.OpenApi, report.Kind);
        Assert.Equal(new[] { "request-parameter-became-required", "endpoint-removed" }, report.Changes.Select(c => c.RuleId).OrderByDescending(id => id, StringComparer.Ordinal));
        var required = report.Changes.Single(c => c.RuleId == "request-parameter-became-required");
        Assert.Equal("GET /pets: query parameter 'species' became required", required.Message);
        Assert.Equal(@new.Path, required.New!.File);
        Assert.Equal(old.Path, required.Old!.File);
        Assert.True(required.New.Line > 0, "the new side has no line");
        var removed = report.Changes.Single(c => c.RuleId == "endpoint-removed");
        Assert.StartsWith("DELETE /pets/{", removed.Message, StringComparison.Ordinal);
        Assert.Equal(old.Path, removed.Old!.File);

        // "### DELETE /pets/:id" is on line 25 of the old reference.
        Assert.Equal(25, removed.Old.Line);
        Assert.Null(removed.New);
    }

    [CorpusTheory]
    [MemberData(nameof(CorpusSpecs))]
    public void A_corpus_spec_compared_with_itself_has_no_changes(string spec)
    {
        var input = Corpus(spec);

        var report = SpecDiff.Compare(input, input);

        Assert.DoesNotContain(report.Diagnostics, d => d.Id == "SF9999");
        Assert.Empty(report.Changes);
    }

    [CorpusTheory]
    [MemberData(nameof(CorpusSpecs))]
    public void A_corpus_spec_compared_with_its_31_json_conversion_has_no_changes(string spec)
    {
        // Swagger 2.0 specs are the point (the "a 2.0 spec and its 3.1 conversion show no changes"); 3.0 and 3.1
        // specs go through the same writer and must come back equal too.
        var input = Corpus(spec);
        var converted = SpecJson.Write(OpenApiReader.Read(input.Path, input.Text).Document!);

        var report = SpecDiff.Compare(input, new DocumentInput(input.Path + ".31.json", converted));

        Assert.DoesNotContain(report.Diagnostics, d => d.Id == "SF9999");
        Assert.Empty(report.Changes.Take(10).Select(c => c.RuleId + ": " + c.Message));
    }

    private static DocumentInput Markdown(string name)
    {
        var path = Path.Combine(MarkdownFolder, name);
        return new DocumentInput(path, File.ReadAllText(path));
    }

    private static DocumentInput Corpus(string spec)
    {
        var path = Path.Combine(RepoPaths.Corpus, spec);
        return new DocumentInput(path, File.ReadAllText(path));
    }
}
