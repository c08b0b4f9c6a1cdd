using System.Linq;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Documentation.Readers;

namespace SpecForge.Core.Tests.Documentation.Mindhunters;

public sealed class DocsIndexReaderTests
{
    [Fact]
    public void Entries_are_read_with_group_slug_and_position()
    {
        var (path, text) = MindhuntersFiles.Fixture("docs-index.txt");

        var index = DocsIndexReader.Read(path, text);

        Assert.Equal("Widget API", index.Title);
        Assert.False(index.IsTruncated);
        Assert.Equal(
            new[] { "Archive a widget", "List widgets", "Release a widget", "Release a widget", "[Beta] Widget's colour (RGB)", "Getting started", "Home" },
            index.Entries.Select(e => e.Title));
        Assert.Equal(
            new[] { "widgets/archive-a-widget", "widgets/list-widgets", "widgets/release-a-widget", "widgets/release-a-widget-1", "widget-colours/[beta]-widgets-colour-rgb", "/getting-started", "/" },
            index.Entries.Select(e => e.Group + "/" + e.Slug));
        Assert.Equal(5, index.Entries.Count(e => e.IsEndpoint));
        var first = index.Entries[0];
        Assert.Equal(("https://docs.example.com/api-reference/widgets/archive-a-widget.md", "Archives one widget."), (first.Url, first.Description));
        Assert.Equal((path, 9, 1), (first.Source.File, first.Source.Line, first.Source.Column));
        Assert.Equal(20, index.Entries[6].Source.Line);
    }

    [Fact]
    public void Descriptions_are_kept_as_written_and_are_optional()
    {
        var (path, text) = MindhuntersFiles.Fixture("docs-index.txt");

        var entries = DocsIndexReader.Read(path, text).Entries;

        Assert.Null(entries[1].Description);
        Assert.EndsWith("the site cuts this description…", entries[3].Description);
        Assert.Equal("A guide, without a full stop", entries[5].Description);
        Assert.Null(entries[6].Description);
    }

    [Fact]
    public void A_broken_entry_in_the_middle_is_skipped_and_prose_is_ignored()
    {
        var (path, text) = MindhuntersFiles.Fixture("docs-index.txt");

        var diagnostic = Assert.Single(DocsIndexReader.Read(path, text).Diagnostics);

        Assert.Equal((DiagnosticCatalog.MarkdownSkipped, 15, 1), (diagnostic.Id, diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void A_collapsed_index_reads_like_a_multi_line_one()
    {
        var (path, text) = MindhuntersFiles.Fixture("docs-index.txt");
        // Once collapsed, prose after a description is part of it, so the fixture's stray lines are left out.
        var collapsed = string.Join(" ", text.Split('\n').Where(l => l.Length > 0 && !l.Contains("Broken entry") && !l.Contains("checklist")));

        var index = DocsIndexReader.Read(path, collapsed);

        Assert.Empty(index.Diagnostics);
        var expected = DocsIndexReader.Read(path, text).Entries;
        Assert.Equal(expected.Select(e => (e.Title, e.Url, e.Description)), index.Entries.Select(e => (e.Title, e.Url, e.Description)));
        Assert.All(index.Entries, e => Assert.Equal(1, e.Source.Line));
    }

    [Theory]
    [InlineData("# T ## Docs - [A](https://x/api-reference/g/a.md): Done. - [B](https://x/api-reference/g/b.md): Stops inside `code", 2, 1, 115)]
    [InlineData("# T\n## Docs\n- [A](https://x/api-reference/g/a.md)\n- [B](https://x/api-ref", 1, 4, 24)]
    [InlineData("# T\n## Docs\n- [A](https://x/api-reference/g/a.md)\n- [B fini", 1, 4, 10)]
    [InlineData("# T\n## Docs\n- [A](https://x/api-reference/g/a.md): Lists (with", 1, 3, 51)]
    [InlineData("# T\n## Docs\n- [A](https://x/api-reference/g/a.md):\n\n", 1, 3, 39)]
    public void A_file_that_stops_mid_entry_is_truncated_where_it_stops(string text, int entries, int line, int column)
    {
        var index = DocsIndexReader.Read("llms.txt", text);

        Assert.True(index.IsTruncated);
        Assert.Equal(entries, index.Entries.Count);
        var diagnostic = Assert.Single(index.Diagnostics);
        Assert.Equal((DiagnosticCatalog.DocsIndexTruncated, SpecSeverity.Warning, line, column), (diagnostic.Id, diagnostic.Severity, diagnostic.Line, diagnostic.Column));
    }

    [Theory]
    [InlineData("# T\n## Docs\n- [A](https://x/api-reference/g/a.md): Cut by the site…")]
    [InlineData("# T\n## Docs\n- [A](https://x/api-reference/g/a.md): No full stop")]
    [InlineData("# T\n## Docs\n- [A](https://x/api-reference/g/a.md)\n")]
    public void A_complete_file_is_not_truncated(string text)
    {
        var index = DocsIndexReader.Read("llms.txt", text);

        Assert.False(index.IsTruncated);
        Assert.Empty(index.Diagnostics);
        Assert.Single(index.Entries);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Just prose, no entries.")]
    public void An_index_without_entries_says_so(string text)
    {
        var index = DocsIndexReader.Read("llms.txt", text);

        Assert.Empty(index.Entries);
        Assert.Null(index.Title);
        Assert.Equal(DiagnosticCatalog.MarkdownSkipped, Assert.Single(index.Diagnostics).Id);
    }
}
