using System.Linq;
using SpecForge.Core.Documentation.Draft;
using static SpecForge.Core.Tests.Documentation.Markdown.ReferenceMarkdownFiles;

namespace SpecForge.Core.Tests.Documentation.Markdown;

/// <summary>Each element points at where it starts in the file as given: "##", "###", the item's "-", the opening fence.</summary>
public sealed class ReferenceMarkdownPositionTests
{
    [Fact]
    public void Sections_and_operations_point_at_their_heading()
    {
        var draft = ReadFixture(collapsed: false);

        Assert.Equal(new SourceRef(FixturePath, 11, 1), draft.Tags[0].Source);
        Assert.Equal(new SourceRef(FixturePath, 103, 1), draft.Tags[2].Source);
        Assert.Equal(new SourceRef(FixturePath, 16, 1), draft.Operations[0].Source);
        Assert.Equal(new SourceRef(FixturePath, 81, 1), draft.Operations[4].Source);
        Assert.Equal(new SourceRef(FixturePath, 116, 1), draft.Operations[7].Source);
    }

    [Fact]
    public void Parameters_point_at_their_dash_even_when_indented()
    {
        var draft = ReadFixture(collapsed: false);
        var patch = draft.Operations[3];

        Assert.Equal(new SourceRef(FixturePath, 23, 1), draft.Operations[0].Parameters[0].Source);
        Assert.Equal(new SourceRef(FixturePath, 67, 1), patch.Parameters.Single(p => p.Name == "steps").Source);
        Assert.Equal(new SourceRef(FixturePath, 69, 1), patch.Parameters.Single(p => p.Name == "(body)").Source);
        Assert.Equal(new SourceRef(FixturePath, 70, 3), patch.Parameters.Single(p => p.Name == "params.limit").Source);
    }

    [Fact]
    public void Samples_point_at_their_opening_fence()
    {
        var draft = ReadFixture(collapsed: false);

        Assert.Equal(new SourceRef(FixturePath, 26, 1), draft.Operations[0].Samples[0].Source);
        Assert.Equal(new SourceRef(FixturePath, 72, 1), draft.Operations[3].Samples[0].Source);
        Assert.Equal(new SourceRef(FixturePath, 76, 1), draft.Operations[3].Samples[1].Source);
        Assert.Equal(new SourceRef(FixturePath, 90, 1), draft.Operations[4].Samples[0].Source);
    }

    [Fact]
    public void In_a_collapsed_file_everything_is_on_line_one_at_its_character_column()
    {
        var text = Collapse(Fixture);
        var draft = ReadFixture(collapsed: true);

        // The title's em dash is three bytes in UTF-8 but one character: columns after it must not drift.
        Assert.Equal(new SourceRef(FixturePath, 1, text.IndexOf("## Agents", System.StringComparison.Ordinal) + 1), draft.Tags[1].Source);
        Assert.Equal(new SourceRef(FixturePath, 1, text.IndexOf("### PATCH /agents/:id", System.StringComparison.Ordinal) + 1), draft.Operations[3].Source);
        Assert.Equal(new SourceRef(FixturePath, 1, text.IndexOf("- `params.limit`", System.StringComparison.Ordinal) + 1), draft.Operations[3].Parameters[4].Source);
        Assert.Equal(new SourceRef(FixturePath, 1, text.IndexOf("```http", System.StringComparison.Ordinal) + 1), draft.Operations[4].Samples[0].Source);
    }

    [Fact]
    public void Positions_in_the_seed_count_its_few_real_line_ends()
    {
        var draft = SeedDraft;

        // Verified by splitting the file on "\n" in Python and taking str.find + 1 on the line: sections before the first
        // real newline sit on line 1; "## Email Campaigns" starts at character 6904 of line 7, "## Agent Ops" at 36433 of line 18.
        Assert.Equal(new SourceRef(SeedPath, 1, 243), draft.Tags[0].Source);
        Assert.Equal(new SourceRef(SeedPath, 7, 6904), draft.Tags.Single(t => t.Name == "Email Campaigns").Source);
        Assert.Equal(new SourceRef(SeedPath, 18, 36433), draft.Tags.Single(t => t.Name == "Agent Ops").Source);
    }
}
