using SpecForge.Core.Modeling;

namespace SpecForge.Core.Tests.Modeling;

public sealed class TagWordsTests
{
    [Theory]
    [InlineData("GetMovieByMovieId", "Movies", "GetById")]
    [InlineData("ListMovies", "Movies", "List")]
    [InlineData("CreateMovie", "Movies", "Create")]
    [InlineData("GetMovieCast", "Movies", "GetCast")]
    [InlineData("UpdateMovieRating", "Movies", "UpdateRating")]
    [InlineData("ListMovies", "Movie", "List")]
    [InlineData("GetMovieByMovieId", "Movie", "GetById")]
    [InlineData("GetCategoryById", "Categories", "GetById")]
    [InlineData("ListCategories", "Category", "List")]
    [InlineData("DeleteBox", "Boxes", "Delete")]
    [InlineData("GetPersonById", "People", "GetById")]
    [InlineData("GetPetStoreById", "PetStores", "GetById")]
    [InlineData("GetMoviesXML", "Movies", "GetXML")]
    [InlineData("ListIDs", "Ids", "List")]
    [InlineData("ReadMovieByID", "Movies", "ReadByID")]
    [InlineData("AuthOAuth", "Auth", "OAuth")]
    [InlineData("GetOAuthToken", "OAuth", "GetToken")]
    public void Every_whole_word_run_of_the_tag_goes_in_either_number(string name, string tag, string expected) =>
        Assert.Equal(expected, TagWords.Strip(name, tag));

    [Theory]
    [InlineData("GetMoviegoers", "Movies")]
    [InlineData("GetMoviestar", "Movies")]
    [InlineData("GetMoviesque", "Movie")]
    [InlineData("ListStores", "PetStores")]
    [InlineData("GetPetsStore", "PetStores")]
    public void A_word_that_only_starts_like_the_tag_or_half_the_tag_is_kept(string name, string tag) =>
        Assert.Null(TagWords.Strip(name, tag));

    [Theory]
    [InlineData("Movies", "Movies")]
    [InlineData("Movie", "Movies")]
    [InlineData("MovieByMovie", "Movies")]
    [InlineData("ForMovie", "Movies")]
    [InlineData("ListReviewsByMovie", "Movies")]
    [InlineData("GetMovieForMovie", "Movies")]
    [InlineData("Movie_2fa", "Movies")]
    public void What_would_not_name_a_method_gives_no_short_name(string name, string tag) =>
        Assert.Null(TagWords.Strip(name, tag));

    [Fact]
    public void A_preposition_the_full_name_ends_with_is_not_left_dangling_by_the_strip()
    {
        Assert.Equal("OptIn", TagWords.Strip("MovieOptIn", "Movies"));
    }
}
