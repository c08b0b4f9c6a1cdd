using UnionChoice;

namespace SpecForge.Serialization.Tests;

/// <summary>
/// Union branches that look alike by their member names: a member allowing one string decides (Stripe's
/// <c>object</c>), a branch that cannot read the value gives way to the next (Discord's choices), and a string the enum
/// branch does not list goes to the branch taking any string (OpenAI's model ids).
/// </summary>
public sealed class UnionChoiceTests
{
    private static readonly System.Text.Json.JsonSerializerOptions Options = new() { TypeInfoResolver = new UnionChoiceClientJsonResolver() };

    [Fact]
    public void A_member_allowing_one_string_rules_out_the_branch_when_it_says_something_else()
    {
        // "country" is a BankAccount member, which would win on member names alone.
        var payout = JsonText.Read<Payout>("""{"destination":{"id":"c1","object":"card","country":"US"}}""", Options);

        Assert.Equal(PayoutDestination.Branch.Card, payout.Destination!.Kind);
        Assert.Equal("c1", payout.Destination.Card!.Id);
    }

    [Fact]
    public void A_member_allowing_one_string_picks_its_branch_when_it_matches()
    {
        var payout = JsonText.Read<Payout>("""{"destination":{"id":"b1","object":"bank_account","brand":"x"}}""", Options);

        Assert.Equal(PayoutDestination.Branch.BankAccount, payout.Destination!.Kind);
    }

    [Fact]
    public void Branches_with_the_same_members_are_tried_until_one_reads_the_value()
    {
        var number = JsonText.Read<Choice>("""{"name":"n","value":3}""", Options);
        var text = JsonText.Read<Choice>("""{"name":"n","value":"three"}""", Options);

        Assert.Equal(Choice.Branch.IntegerChoice, number.Kind);
        Assert.Equal(Choice.Branch.StringChoice, text.Kind);
        Assert.Equal("three", text.StringChoice!.Value);
    }

    [Theory]
    [InlineData("""{"type":5,"custom_id":"u"}""", SelectComponent.Branch.UserSelect)]
    [InlineData("""{"type":6,"custom_id":"r"}""", SelectComponent.Branch.RoleSelect)]
    [InlineData("""{"custom_id":"c","type":8}""", SelectComponent.Branch.ChannelSelect)]
    public void An_integer_a_member_allows_picks_the_branch_among_branches_with_the_same_members(string json, SelectComponent.Branch expected)
    {
        // Every branch could read each of these objects; only the integer in "type" tells which one it is.
        var component = JsonText.Read<SelectComponent>(json, Options);

        Assert.Equal(expected, component.Kind);
    }

    [Fact]
    public void An_object_no_branch_can_read_is_still_a_JsonException()
    {
        Assert.Throws<System.Text.Json.JsonException>(() => JsonText.Read<Choice>("""{"name":"n","value":true}""", Options));
    }

    [Fact]
    public void A_string_the_enum_branch_does_not_list_is_read_by_the_string_branch()
    {
        var listed = JsonText.Read<ModelId>("\"o1-pro\"", Options);
        var other = JsonText.Read<ModelId>("\"gpt-5\"", Options);

        Assert.Equal(ModelId.Branch.ListedModel, listed.Kind);
        Assert.Equal(ModelId.Branch.String, other.Kind);
        Assert.Equal("gpt-5", other.String);
    }

    [Fact]
    public void A_list_branch_that_cannot_read_the_items_gives_way_to_the_next_list_branch()
    {
        var strings = JsonText.Read<Moderation>("""{"input":["a","b"]}""", Options);
        var objects = JsonText.Read<Moderation>("""{"input":[{"type":"text","text":"hi"}]}""", Options);

        Assert.Equal(new[] { "a", "b" }, strings.Input!.StringList);
        Assert.Null(objects.Input!.StringList);
        Assert.Single((System.Collections.IEnumerable)objects.Input.Value);
        Assert.Contains("\"text\":\"hi\"", JsonText.Write(objects, Options), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_discriminator_member_the_members_choose_the_branch()
    {
        var message = JsonText.Read<InputItem>("""{"content":"hello"}""", Options);
        var call = JsonText.Read<InputItem>("""{"type":"tool_call","call_id":"c1"}""", Options);

        Assert.Equal(InputItem.Branch.TextMessage, message.Kind);
        Assert.Equal(InputItem.Branch.ToolCall, call.Kind);
        Assert.Throws<System.Text.Json.JsonException>(() => JsonText.Read<InputItem>("""{"type":"other","call_id":"c1"}""", Options));
    }
}
