using System.Linq;
using SpecForge.Tests.Shared;

namespace SpecForge.Core.Tests.Emitting;

/// <summary>A failing snapshot prints a unified diff: every change, with three lines of context, under hunk headers.</summary>
public sealed class SnapshotDiffTests
{
    [Fact]
    public void A_changed_line_is_shown_as_removed_and_added_between_its_context()
    {
        var expected = string.Join("\n", Enumerable.Range(1, 20).Select(i => "line " + i));
        var actual = expected.Replace("line 10", "line ten").Replace("line 18\n", string.Empty);

        var diff = UnifiedDiff.Of(expected, actual, "snapshot", "generated");

        Assert.Equal(
            "--- snapshot\n+++ generated\n@@ -7 +7 @@\nline 7\nline 8\nline 9\n-line 10\n+line ten\nline 11\nline 12\nline 13\n"
                .Replace("\nline", "\n line"),
            diff.Substring(0, diff.IndexOf("@@ -15", System.StringComparison.Ordinal)));
        Assert.Contains("@@ -15 +15 @@\n line 15\n line 16\n line 17\n-line 18\n line 19\n line 20\n", diff);
    }

    [Fact]
    public void Equal_texts_have_no_hunk()
    {
        Assert.Equal("--- a\n+++ b\n", UnifiedDiff.Of("x\ny", "x\ny", "a", "b"));
    }
}
