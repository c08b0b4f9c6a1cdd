using SpecForge.Core.Modeling;

namespace SpecForge.Core.Tests.Modeling;

public sealed class EnglishNounsTests
{
    [Theory]
    [InlineData("Movies", "Movie")]
    [InlineData("Categories", "Category")]
    [InlineData("Boxes", "Box")]
    [InlineData("Addresses", "Address")]
    [InlineData("Statuses", "Status")]
    [InlineData("Churches", "Church")]
    [InlineData("Dishes", "Dish")]
    [InlineData("Cases", "Case")]
    [InlineData("Cookies", "Cookie")]
    [InlineData("People", "Person")]
    [InlineData("Children", "Child")]
    [InlineData("IDs", "ID")]
    [InlineData("movies", "MOVIE")]
    [InlineData("Pet", "Pet")]
    public void A_plural_and_its_singular_are_one_noun_either_way_round(string plural, string singular)
    {
        Assert.True(EnglishNouns.SameNoun(plural, singular));
        Assert.True(EnglishNouns.SameNoun(singular, plural));
    }

    [Theory]
    [InlineData("Moviegoer", "Movie")]
    [InlineData("News", "New")]
    [InlineData("Series", "Serie")]
    [InlineData("Status", "Statu")]
    [InlineData("Address", "Addres")]
    [InlineData("Us", "U")]
    [InlineData("Categories", "Movies")]
    [InlineData("Box", "Boxer")]
    public void Different_words_are_not_one_noun(string a, string b)
    {
        Assert.False(EnglishNouns.SameNoun(a, b));
        Assert.False(EnglishNouns.SameNoun(b, a));
    }

    [Fact]
    public void An_ambiguous_ending_gives_every_reading_it_allows()
    {
        Assert.Equal(new[] { "Movies", "Movy", "Movie" }, EnglishNouns.Singulars("Movies"));
        Assert.Equal(new[] { "Boxes", "Box", "Boxe" }, EnglishNouns.Singulars("Boxes"));
        Assert.Equal(new[] { "Status" }, EnglishNouns.Singulars("Status"));
    }
}
