using System.Collections.Generic;
using System.Linq;
using SpecForge.Core.Modeling;

namespace SpecForge.Core.Tests.Modeling;

public sealed class GroupMethodNamesTests
{
    private static readonly string[] Suffixes = { string.Empty, "WithResponse", "All" };

    [Fact]
    public void Operations_whose_short_names_are_unique_take_them()
    {
        var chosen = Choose("Movies", "GetMovieByMovieId", "ListMovies", "CreateMovie", "GetMovieCast");

        Assert.Equal(new[] { "GetById", "List", "Create", "GetCast" }, chosen);
    }

    [Fact]
    public void Two_operations_that_would_share_a_short_name_both_keep_their_full_names()
    {
        var chosen = Choose("Movies", "GetMovie", "GetMovies", "ListMovies");

        Assert.Equal(new[] { "GetMovie", "GetMovies", "List" }, chosen);
    }

    [Fact]
    public void A_short_name_that_is_another_operations_full_name_is_not_taken()
    {
        var chosen = Choose("Movies", "GetMovieCast", "GetCast");

        Assert.Equal(new[] { "GetMovieCast", "GetCast" }, chosen);
    }

    [Fact]
    public void A_short_name_whose_paging_or_response_method_is_taken_is_not_taken()
    {
        // ListMovies → List would also declare ListAllAsync, which ListAllMovies → ListAll declares as its own.
        Assert.Equal(new[] { "ListMovies", "ListAllMovies" }, Choose("Movies", "ListMovies", "ListAllMovies"));
        Assert.Equal(new[] { "GetMovie", "GetWithResponse" }, Choose("Movies", "GetMovie", "GetWithResponse"));
    }

    [Fact]
    public void Case_alone_does_not_tell_two_short_names_apart()
    {
        Assert.Equal(new[] { "GetMovieById", "GetMovieByID" }, Choose("Movies", "GetMovieById", "GetMovieByID"));
    }

    [Fact]
    public void A_short_name_an_inherited_member_has_is_not_taken()
    {
        var chosen = GroupMethodNames.Choose("Pets", new[] { "GetPetType", "GetPetHashCode" }, ReservedMembers.Object, Suffixes);

        Assert.Equal("GetPetType", chosen["GetPetType"]);
        Assert.Equal("GetPetHashCode", chosen["GetPetHashCode"]);
    }

    [Fact]
    public void The_choice_does_not_depend_on_the_order_of_the_operations()
    {
        string[] names = { "GetMovie", "ListMovies", "GetMovies", "GetMovieCast", "GetCast" };

        var forward = GroupMethodNames.Choose("Movies", names, new string[0], Suffixes);
        var backward = GroupMethodNames.Choose("Movies", names.Reverse().ToList(), new string[0], Suffixes);

        Assert.Equal(forward.OrderBy(p => p.Key), backward.OrderBy(p => p.Key));
        Assert.Equal("List", forward["ListMovies"]);
        Assert.Equal("GetMovie", forward["GetMovie"]);
    }

    private static IEnumerable<string> Choose(string tag, params string[] fullNames)
    {
        var chosen = GroupMethodNames.Choose(tag, fullNames, new string[0], Suffixes);
        return fullNames.Select(name => chosen[name]);
    }
}
