using System.Text.Json;
using Types31;

namespace SpecForge.Serialization.Tests;

/// <summary>oneOf/anyOf without a discriminator: the branch whose JSON kind and members fit is read, and the union says which.</summary>
public sealed class UnionTests
{
    [Fact]
    public void Object_branches_are_told_apart_by_their_required_members()
    {
        var results = JsonText.Read<System.Collections.Generic.IReadOnlyList<SearchResult>>("""[{"login":"ada","followers":3},{"slug":"acme","members":12}]""");

        Assert.Equal(SearchResult.Branch.User, results[0].Kind);
        Assert.Equal("ada", results[0].User!.Login);
        Assert.Null(results[0].Org);
        Assert.Equal(SearchResult.Branch.Org, results[1].Kind);
        Assert.Equal(12, results[1].Org!.Members);
    }

    [Fact]
    public void Scalar_and_array_branches_are_told_apart_by_the_kind_of_JSON()
    {
        Assert.Equal(IdOrName.Branch.Int64, JsonText.Read<IdOrName>("17").Kind);
        Assert.Equal("x", JsonText.Read<IdOrName>("\"x\"").String);
        Assert.Equal(new[] { "a", "b" }, JsonText.Read<IdOrName>("""["a","b"]""").StringList);
    }

    [Fact]
    public void A_union_writes_the_JSON_of_its_branch()
    {
        IdOrName id = 17L;
        SearchResult org = new Org { Slug = "acme", Members = 2 };

        Assert.Equal("17", JsonText.Write(id));
        Assert.Equal("""{"slug":"acme","members":2}""", JsonText.Write(org));
    }

    [Fact]
    public void A_union_with_a_null_branch_reads_null_as_null()
    {
        var odds = JsonText.Read<Odds>("""{"maybe":null,"search":{"login":"ada"}}""");

        Assert.Null(odds.Maybe);
        Assert.Equal(SearchResult.Branch.User, odds.Search!.Kind);
    }

    [Fact]
    public void JSON_that_fits_no_branch_is_a_JsonException()
    {
        Assert.Throws<JsonException>(() => JsonText.Read<SearchResult>("""{"neither":true}"""));
        Assert.Throws<JsonException>(() => JsonText.Read<IdOrName>("true"));
    }
}
