using System;
using SpecForge.Core.Diffing.Reports;

namespace SpecForge.Core.Tests.Diffing.Reports;

public sealed class MarkdownReportTests
{
    private static readonly string Markdown = DiffReportWriter.Write(SampleReports.Mixed(), DiffFormat.Markdown, SampleReports.Ignored());

    [Fact]
    public void The_heading_carries_the_counts_and_notes_follow_as_a_blockquote()
    {
        Assert.StartsWith("## API diff: 3 breaking, 1 warning, 2 info, 1 ignored\n\nComparing `old.yaml` (old) with `new.yaml` (new), OpenAPI.\n", Markdown);
        Assert.Contains("\n> **Note:** old.yaml is Swagger 2.0 and is compared as lifted to 3.x.\n", Markdown);
    }

    [Fact]
    public void Levels_come_worst_first_and_tags_in_order_of_appearance_with_untagged_last()
    {
        // Breaking: the store body (Stores) comes first in the report, then limit (Pets), then the untagged order removal.
        Assert.True(Before("### Breaking (3)", "### Warnings (1)") && Before("### Warnings (1)", "### Info (2)"));
        var breaking = Section("### Breaking (3)", "### Warnings (1)");
        Assert.True(Index(breaking, "#### Stores") < Index(breaking, "#### Pets") && Index(breaking, "#### Pets") < Index(breaking, "#### (no tag)"));
        var info = Section("### Info (2)", "<summary>Ignored");
        Assert.True(Index(info, "#### Pets") < Index(info, "#### (no tag)"));
    }

    [Fact]
    public void Rows_show_the_rule_in_code_the_escaped_message_and_both_locations()
    {
        Assert.Contains(
            "| `request-body-type-changed` | POST /stores: body \\`&lt;Store&gt;\\` became a\\|b | "
            + "old `/paths/~1stores/post/requestBody` old.yaml(70,7)<br>new `/paths/~1stores/post/requestBody` docs/stores.md(3,1) |\n",
            Markdown);
        Assert.Contains("| `request-parameter-removed` | GET /pets: query parameter 'limit' removed | old `/paths/~1pets/get/parameters/0` old.yaml(12,9) |\n", Markdown);
    }

    [Fact]
    public void Ignored_changes_are_folded_with_their_reasons_and_diagnostics_listed()
    {
        var ignored = Markdown.Substring(Markdown.IndexOf("<details>\n<summary>Ignored (1)</summary>", StringComparison.Ordinal));

        Assert.Contains("| `response-enum-widened` | warning | GET /owners: enum 'kind' gained 'vet' | Clients &lt;v2&gt; ignore \\| unknown kinds (line 2) |", ignored);
        Assert.Contains("</details>", ignored);
        Assert.EndsWith("### Diagnostics\n\n- **warning** `SF4002` `.specforge-diff-ignore(3,1)`: 'GET /gone' matches no change.\n", Markdown);
    }

    [Theory]
    [InlineData(10, false)]
    [InlineData(11, true)]
    public void A_long_info_section_is_folded(int count, bool folded)
    {
        var markdown = DiffReportWriter.Write(SampleReports.ManyInfo(count), DiffFormat.Markdown);

        Assert.Equal(folded, markdown.Contains($"<details>\n<summary>Info ({count})</summary>\n", StringComparison.Ordinal));
        Assert.Equal(!folded, markdown.Contains($"### Info ({count})\n", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("a|b", "a\\|b")]
    [InlineData("<script>", "&lt;script&gt;")]
    [InlineData("use `x`", "use \\`x\\`")]
    [InlineData("two\nlines", "two lines")]
    [InlineData("[Beta] *new*", "\\[Beta\\] \\*new\\*")]
    public void Cell_text_is_escaped(string text, string escaped)
    {
        Assert.Equal(escaped, MarkdownReportWriter.Escape(text));
    }

    [Fact]
    public void A_code_span_survives_backticks_and_pipes()
    {
        Assert.Equal("`` a`b\\|c ``", MarkdownReportWriter.Code("a`b|c"));
    }

    private static bool Before(string first, string second) => Index(Markdown, first) < Index(Markdown, second);

    private static string Section(string from, string to) =>
        Markdown.Substring(Index(Markdown, from), Index(Markdown, to) - Index(Markdown, from));

    private static int Index(string text, string part)
    {
        var at = text.IndexOf(part, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{part}' is missing");
        return at;
    }
}
