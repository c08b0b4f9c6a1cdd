using SpecForge.Core.Diffing.DocsIndex;

namespace SpecForge.Core.Tests.Diffing.DocsIndex;

public sealed class DocsIndexTruncationTests
{
    // truncated.complete.txt lists 7 pages (entries on lines 3-8 and 10); truncated.cut.txt stops inside a code span in
    // its third entry, "Create a pet" on line 5. Both are in URL order, so "List pets" (pets/list-pets sorts after
    // pets/create-a-pet) and everything after it in the complete file are past the cut: 4 entries.
    private static readonly string Complete = DocsIndexFiles.FixturePath("truncated.complete.txt");
    private static readonly string Cut = DocsIndexFiles.FixturePath("truncated.cut.txt");

    [Fact]
    public void A_truncated_new_index_is_compared_only_up_to_its_last_entry()
    {
        var diff = DocsIndexDiffer.Compare(DocsIndexFiles.Fixture("truncated.complete.txt"), DocsIndexFiles.Fixture("truncated.cut.txt"));

        Assert.Equal(
            new[]
            {
                "docs-endpoint-added Info orders old=- new=/api-reference/orders/archive-an-order(3,1)",
                "docs-endpoint-removed Breaking orders old=/api-reference/orders/delete-an-order(4,1) new=-",
            },
            DocsIndexFiles.Compact(diff.Changes));
        Assert.Equal(
            [
                $"{Cut} is truncated: the comparison stops at its last entry 'Create a pet' (https://docs.example.com/api-reference/pets/create-a-pet.md, line 5, column 1); the 4 entries of {Complete} after it were left out of the comparison.",
                "An endpoint page reported removed may instead have moved to a group that sorts after the point where the truncated new index stops.",
            ],
            diff.Notes);
    }

    [Fact]
    public void A_truncated_old_index_narrows_the_comparison_the_same_way()
    {
        var diff = DocsIndexDiffer.Compare(DocsIndexFiles.Fixture("truncated.cut.txt"), DocsIndexFiles.Fixture("truncated.complete.txt"));

        Assert.Equal(
            new[]
            {
                "docs-endpoint-removed Breaking orders old=/api-reference/orders/archive-an-order(3,1) new=-",
                "docs-endpoint-added Info orders old=- new=/api-reference/orders/delete-an-order(4,1)",
            },
            DocsIndexFiles.Compact(diff.Changes));
        Assert.Contains($"the 4 entries of {Complete} after it were left out", Assert.Single(diff.Notes));
    }

    [Fact]
    public void The_last_description_of_a_truncated_index_is_compared_as_a_prefix()
    {
        // The cut file's "Create a pet" stops at "…with its `id"; the complete one goes on "` and owner.".
        var diff = DocsIndexDiffer.Compare(DocsIndexFiles.Fixture("truncated.complete.txt"), DocsIndexFiles.Fixture("truncated.cut.txt"));

        Assert.DoesNotContain(diff.Changes, c => c.RuleId == DocsIndexRules.DescriptionChanged.Id);
    }

    [Fact]
    public void When_both_are_truncated_the_shorter_one_ends_the_range_and_both_are_named()
    {
        var longer = DocsIndexFiles.Inline("longer.txt",
            "- [Create a pet](https://docs.example.com/api-reference/pets/create-a-pet.md): Creates a pet and returns it with its `id` and owner.",
            "- [List pets](https://docs.example.com/api-reference/pets/list-pets.md): Lists pets.",
            "- [Get inventory](https://docs.example.com/api-reference/store/get-inv");

        var diff = DocsIndexDiffer.Compare(DocsIndexFiles.Fixture("truncated.cut.txt"), longer);

        Assert.Equal(
            new[]
            {
                "docs-endpoint-removed Breaking orders old=/api-reference/orders/archive-an-order(3,1) new=-",
                "docs-endpoint-removed Breaking orders old=/api-reference/orders/create-an-order(4,1) new=-",
            },
            DocsIndexFiles.Compact(diff.Changes));
        Assert.Equal(3, diff.Notes.Count);
        Assert.StartsWith($"{Cut} is truncated: the comparison stops at its last entry 'Create a pet'", diff.Notes[0]);
        Assert.EndsWith("the 1 entry of longer.txt after it was left out of the comparison.", diff.Notes[0]);
        Assert.Equal("longer.txt is truncated too, further on.", diff.Notes[1]);
        Assert.Equal("An endpoint page reported removed may instead have moved to a group that sorts after the point where the truncated new index stops.", diff.Notes[2]);
    }

    [Fact]
    public void An_index_cut_before_its_first_entry_compares_nothing()
    {
        var empty = DocsIndexFiles.Inline("empty.txt", "# Shop Docs", "## Docs", "- [Create an ord");

        var diff = DocsIndexDiffer.Compare(DocsIndexFiles.Fixture("truncated.complete.txt"), empty);

        Assert.Empty(diff.Changes);
        Assert.Equal(
            $"empty.txt is truncated before its first entry, so nothing could be compared; the 7 entries of {Complete} were left out of the comparison.",
            Assert.Single(diff.Notes));
    }
}
