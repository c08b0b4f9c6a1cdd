using System.Collections.Generic;
using System.Text.Json;
using Types31;

namespace SpecForge.Serialization.Tests;

/// <summary>Extension data, readOnly/writeOnly, defaults, collections and enums through a round trip.</summary>
public sealed class MembersTests
{
    [Fact]
    public void Members_the_schema_does_not_list_are_kept_in_the_bag_and_written_back()
    {
        var tagged = JsonText.Read<Tagged>("""{"id":"t","stars":5,"forks":2}""");
        var open = JsonText.Read<Open>("""{"id":"o","extra":{"deep":[1,2]}}""");

        Assert.Equal(new Dictionary<string, long> { ["stars"] = 5, ["forks"] = 2 }, tagged.AdditionalProperties);
        Assert.Equal("""{"id":"t","stars":5,"forks":2}""", JsonText.Write(tagged));
        Assert.Equal("""{"id":"o","extra":{"deep":[1,2]}}""", JsonText.Write(open));
    }

    [Fact]
    public void Without_a_bag_unknown_members_are_skipped()
    {
        Assert.Equal("""{"id":"c"}""", JsonText.Write(JsonText.Read<Closed>("""{"id":"c","surprise":{"a":[1]}}""")));
    }

    [Fact]
    public void ReadOnly_members_stay_out_of_requests_and_writeOnly_ones_out_of_responses()
    {
        var account = new Account { Id = "a-1", Name = "Ada", Password = "secret", Plan = Plan.Pro };

        var request = JsonText.Write(account, JsonText.For(global::SpecForge.Serialization.Tests.SpecForge.JsonPayload.Request));
        var response = JsonText.Write(account, JsonText.For(global::SpecForge.Serialization.Tests.SpecForge.JsonPayload.Response));

        Assert.DoesNotContain("\"id\"", request);
        Assert.Contains("\"password\":\"secret\"", request);
        Assert.Contains("\"id\":\"a-1\"", response);
        Assert.DoesNotContain("password", response);
    }

    [Fact]
    public void Defaults_apply_to_new_records_and_to_members_the_JSON_leaves_out()
    {
        var created = new Account { Name = "Ada" };
        var read = JsonText.Read<Account>("""{"name":"Ada","limit":5}""");

        Assert.Equal(20, created.Limit);
        Assert.Equal(Plan.Free, created.Plan);
        Assert.Equal("friend \"of\" all", created.Nickname);
        Assert.Equal(5, read.Limit);
        Assert.Equal(0.5, read.Ratio);
        Assert.True(read.Active);
    }

    [Fact]
    public void Nested_lists_nullable_items_maps_of_lists_and_tuples_round_trip()
    {
        const string json = """{"matrix":[[1,2],[3.5]],"nullableItems":["a",null],"mapOfLists":{"k":["x","y"]},"point":[1.5,-2]}""";

        var value = JsonText.Read<Collections>(json);

        Assert.Equal(3.5, value.Matrix![1][0]);
        Assert.Null(value.NullableItems![1]);
        Assert.Equal(new[] { 1.5, -2 }, value.Point);
        Assert.Equal(json, JsonText.Write(value));
    }

    [Fact]
    public void Enum_values_the_spec_does_not_list_survive_a_round_trip()
    {
        var odds = JsonText.Read<Odds>("""{"priority":9,"version":"2"}""");
        var account = JsonText.Read<Account>("""{"name":"n","plan":"platinum"}""");

        Assert.False(odds.Priority!.Value.IsKnown);
        Assert.Equal(Priority.High, JsonText.Read<Priority>("3"));
        Assert.Equal("platinum", account.Plan!.Value.Value);
        Assert.Contains("\"plan\":\"platinum\"", JsonText.Write(account));
        Assert.Equal("null", JsonText.Write<Plan?>(null));
    }

    [Fact]
    public void Recursive_and_mutually_recursive_records_nest()
    {
        var team = JsonText.Read<Team>("""{"lead":{"team":{"lead":{}}}}""");

        Assert.NotNull(team.Lead!.Team!.Lead);
        Assert.Throws<JsonException>(() => JsonText.Read<TreeNode>("""{"children":[]}"""));
    }
}
