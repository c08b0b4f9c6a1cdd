using System;
using System.Linq;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Documentation.Readers;
using static SpecForge.Core.Tests.Documentation.Markdown.ReferenceMarkdownFiles;

namespace SpecForge.Core.Tests.Documentation.Markdown;

/// <summary>Input that does not follow the grammar becomes located diagnostics; the reader never throws.</summary>
public sealed class ReferenceMarkdownRobustnessTests
{
    private const string File = "docs.md";

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("\uFEFF")]
    public void An_empty_file_gives_one_diagnostic_and_an_empty_draft(string text)
    {
        var draft = ReferenceMarkdownReader.Read(File, text);

        Assert.Empty(draft.Tags);
        Assert.Empty(draft.Operations);
        var diagnostic = Assert.Single(draft.Diagnostics);
        Assert.Equal((DiagnosticCatalog.MarkdownSkipped, File, 1, 1), (diagnostic.Id, diagnostic.FilePath, diagnostic.Line, diagnostic.Column));
    }

    [Theory]
    [InlineData("Hello world.\n\nThis is *just* a note, not an API reference.\n")]
    [InlineData("{ \"openapi\": \"3.1.0\", \"paths\": {} }")]
    [InlineData("- a list\n- `of` things\n")]
    public void A_file_of_another_kind_is_reported_where_its_text_starts(string text)
    {
        var draft = ReferenceMarkdownReader.Read(File, text);

        Assert.Null(draft.Title);
        Assert.Empty(draft.Tags);
        Assert.Empty(draft.Operations);
        Assert.NotEmpty(draft.Diagnostics);
        Assert.All(draft.Diagnostics, d => Assert.Equal((DiagnosticCatalog.MarkdownSkipped, 1, 1), (d.Id, d.Line, d.Column)));
    }

    [Fact]
    public void A_heading_without_a_path_skips_its_operation_and_nothing_else()
    {
        const string text = "## Things\n\nAll things.\n\n### Notes\n\nFree text.\n\n**Scopes:** `things:read`\n\nParameters:\n- `id` (path, uuid, required): Id\n\n```bash\ncurl\n```\n\n### GET\n\n### /things/:id\n\n### GET /things\n\nList things.\n";

        foreach (var layout in new[] { text, Collapse(text) })
        {
            var draft = ReferenceMarkdownReader.Read(File, layout);

            var operation = Assert.Single(draft.Operations);
            Assert.Equal(("GET", "/things", "List things."), (operation.Method, operation.RawPath, operation.Description));
            Assert.Equal(3, draft.Diagnostics.Count);
            Assert.All(draft.Diagnostics, d => Assert.Equal(DiagnosticCatalog.MarkdownHeadingNotUnderstood, d.Id));
        }

        var positions = ReferenceMarkdownReader.Read(File, text).Diagnostics.Select(d => (d.Line, d.Column));
        Assert.Equal(new[] { (5, 1), (18, 1), (20, 1) }, positions);
    }

    [Fact]
    public void A_parameter_without_its_closing_parenthesis_is_skipped_and_the_next_one_read()
    {
        const string text = "## Contacts\n\n### GET /contacts/:id\n\nOne contact.\n\n**Scopes:** `contacts:read`\n\nParameters:\n" +
            "- `id` (path, uuid, required: Contact ID\n" +
            "- `limit` (query, number: Max results (1-100)\n" +
            "- `sort` (query): Sort order\n" +
            "- `fields` (query, string): Fields to return\n";

        foreach (var layout in new[] { text, Collapse(text) })
        {
            var draft = ReferenceMarkdownReader.Read(File, layout);

            var parameter = Assert.Single(draft.Operations.Single().Parameters);
            Assert.Equal(("fields", "query", "string", "Fields to return"), (parameter.Name, parameter.Location, parameter.TypeText, parameter.Description));
            Assert.Equal(3, draft.Diagnostics.Count);
            Assert.All(draft.Diagnostics, d => Assert.Equal(DiagnosticCatalog.MarkdownParameterNotUnderstood, d.Id));
            Assert.Contains("`id`", draft.Diagnostics[0].Message, StringComparison.Ordinal);
        }

        var positions = ReferenceMarkdownReader.Read(File, text).Diagnostics.Select(d => (d.Line, d.Column));
        Assert.Equal(new[] { (10, 1), (11, 1), (12, 1) }, positions);
    }

    [Fact]
    public void A_file_cut_inside_a_parameter_reports_it()
    {
        var cut = Fixture.Substring(0, Fixture.IndexOf("- `limit` (body, num", StringComparison.Ordinal) + "- `limit` (body, num".Length);

        var draft = ReferenceMarkdownReader.Read(FixturePath, cut);

        Assert.Equal(new[] { "query" }, draft.Operations.Single().Parameters.Select(p => p.Name));
        var diagnostic = Assert.Single(draft.Diagnostics);
        Assert.Equal((DiagnosticCatalog.MarkdownParameterNotUnderstood, 24, 1), (diagnostic.Id, diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void A_file_cut_inside_a_code_fence_keeps_the_code_and_reports_the_fence()
    {
        var cut = Fixture.Substring(0, Fixture.IndexOf("  -d '{", StringComparison.Ordinal));

        var draft = ReferenceMarkdownReader.Read(FixturePath, cut);

        var sample = Assert.Single(draft.Operations.Single().Samples);
        Assert.Equal("curl -X POST \\\n  \"https://api.acme.test/functions/v1/api/v1/search\" \\", sample.Text);
        var diagnostic = Assert.Single(draft.Diagnostics);
        Assert.Equal((DiagnosticCatalog.MarkdownSkipped, 26, 1), (diagnostic.Id, diagnostic.Line, diagnostic.Column));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_prefix_of_the_fixture_reads_without_an_internal_error(bool collapsed)
    {
        var text = collapsed ? Collapse(Fixture) : Fixture;
        for (var length = 0; length <= text.Length; length++)
        {
            var draft = ReferenceMarkdownReader.Read(FixturePath, text.Substring(0, length));

            Assert.DoesNotContain(draft.Diagnostics, d => d.Id == DiagnosticCatalog.InternalError);
            Assert.All(draft.Diagnostics, d => Assert.True(d.Line >= 1 && d.Column >= 1, d.ToString()));
        }
    }

    [Fact]
    public void Half_of_the_seed_reads_the_operations_before_the_cut()
    {
        var half = Seed.Substring(0, Seed.Length / 2);

        var draft = ReferenceMarkdownReader.Read(SeedPath, half);

        Assert.InRange(draft.Operations.Count, 100, 607);
        Assert.DoesNotContain(draft.Diagnostics, d => d.Id == DiagnosticCatalog.InternalError);
    }

    [Fact]
    public void Text_outside_the_grammar_is_reported_and_skipped()
    {
        const string text = "# Api\n\n---\n\nStray words.\n\n## Things\n\nAll things.\n\n```json\n{}\n```\n\nMore about things.\n\n" +
            "### GET /things\n\nList.\n\n**Scopes:** `things:read` and more\n\nParameters:\n\nNot an item.\n- `id` (query, uuid): Id\n";

        var draft = ReferenceMarkdownReader.Read(File, text);

        Assert.Equal("All things.\n\nMore about things.", draft.Tags.Single().Description);
        var operation = draft.Operations.Single();
        Assert.Equal(new[] { "things:read" }, operation.Scopes);
        Assert.Equal(new[] { "id" }, operation.Parameters.Select(p => p.Name));
        Assert.Equal(
            new[] { (5, 1), (11, 1), (21, 27), (25, 1) },
            draft.Diagnostics.Select(d => (d.Line, d.Column)));
        Assert.All(draft.Diagnostics, d => Assert.Equal(DiagnosticCatalog.MarkdownSkipped, d.Id));
    }

    [Fact]
    public void A_null_text_or_path_is_read_as_empty()
    {
        var draft = ReferenceMarkdownReader.Read(null!, null!);

        Assert.Equal(string.Empty, Assert.Single(draft.Diagnostics).FilePath);
    }
}
