using SpecForge.Core.Diffing.DocsIndex;

namespace SpecForge.Core.Tests.Diffing.DocsIndex;

public sealed class SimilarityAndDescriptionTests
{
    [Theory]
    [InlineData("Remove tag from contact", "Remove a tag from a contact", 1.0)]
    [InlineData("Add tag to contact", "Add a contact to the blacklist", 0.5)]
    [InlineData("Upload pet photo", "Upload a pet photo file", 0.75)]
    [InlineData("Assign or change the contact's current pipeline stage", "Change the contact's pipeline stage", 0.667)]
    [InlineData("Get one agent", "List agents", 0.0)]
    [InlineData("The", "A", 0.0)]
    public void Title_similarity_is_the_jaccard_index_of_significant_words(string a, string b, double expected)
    {
        // "contact's" splits into "contact" and "s"; the lone letter is dropped, as are "or" and "the".
        Assert.Equal(expected, TitleSimilarity.Score(a, b), 3);
        Assert.Equal(expected, TitleSimilarity.Score(b, a), 3);
    }

    [Theory]
    [InlineData("Returns all pets, newest first, with their tags.", "Returns all pets, newest…", false, false, "Same")]
    [InlineData("Returns all pets, newest…", "Returns all pets, newest first, with their tags.", false, false, "Same")]
    [InlineData("Returns all pets, newe…", "Returns all pets, newest first…", false, false, "Same")]
    [InlineData("Returns all pets...", "Returns all pets and owners.", false, false, "Same")]
    [InlineData("Returns   all\n pets.", "Returns all pets.", false, false, "Same")]
    [InlineData("Returns all pets.", "Returns all dogs…", false, false, "Changed")]
    [InlineData("Returns all pets.", "Returns all pets. Paged.", false, false, "Changed")]
    [InlineData("Creates a pet with its `id` and owner.", "Creates a pet with its `id", false, false, "Changed")]
    [InlineData("Creates a pet with its `id` and owner.", "Creates a pet with its `id", false, true, "Same")]
    [InlineData("Creates a pet with its `id", "Creates a pet with its `id` and owner.", true, false, "Same")]
    [InlineData(null, "Returns all pets.", false, false, "OnlyOneSide")]
    [InlineData("Returns all pets.", " ", false, false, "OnlyOneSide")]
    [InlineData(null, null, false, false, "Same")]
    public void Descriptions_tolerate_the_sites_cut(string? old, string? @new, bool oldMayBeCut, bool newMayBeCut, string expected)
    {
        // The verdict is internal, so it is named here rather than passed.
        Assert.Equal(expected, DescriptionComparison.Compare(old, @new, oldMayBeCut, newMayBeCut).ToString());
    }

    [Fact]
    public void Excerpts_are_one_line_and_marked_when_shortened()
    {
        Assert.Equal("Returns all…", DescriptionComparison.Excerpt("Returns all\npets, newest first.", 12));
        Assert.Equal("Short.", DescriptionComparison.Excerpt("Short.", 12));
    }
}
