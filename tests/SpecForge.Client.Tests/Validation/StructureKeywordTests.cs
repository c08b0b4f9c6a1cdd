using System.Collections.Generic;
using ValidationApi;
using static SpecForge.Client.Tests.Validation.ViolationAssert;

namespace SpecForge.Client.Tests.Validation;

/// <summary>Arrays, maps, nested records, unions, inheritance and required members through the generated <c>Validate()</c>.</summary>
public sealed class StructureKeywordTests
{
    private static readonly Strings ValidStrings = new() { Code = "ok" };

    [Theory]
    [InlineData(1, null, null)]
    [InlineData(3, null, null)]
    [InlineData(0, "minItems", "1")]
    [InlineData(4, "maxItems", "3")]
    public void MinItems_and_maxItems(int count, string? rule, string? limit)
    {
        var tags = new List<string>();
        for (var i = 0; i < count; i++)
        {
            tags.Add("t" + i);
        }

        var violations = new Collections { Tags = tags }.Validate();

        if (rule is null)
        {
            None(violations);
        }
        else
        {
            Exactly(violations, ("/tags", rule, limit));
        }
    }

    [Fact]
    public void UniqueItems()
    {
        None(new Collections { Tags = new[] { "ab", "cd" } }.Validate());

        Exactly(new Collections { Tags = new[] { "ab", "ab" } }.Validate(), ("/tags", "uniqueItems", null));
    }

    [Fact]
    public void Item_constraints_report_the_item_index()
    {
        Exactly(new Collections { Tags = new[] { "ab", "c", "de" } }.Validate(), ("/tags/1", "minLength", "2"));
    }

    [Fact]
    public void A_pattern_on_items_reports_each_failing_item_by_index_and_a_format_the_validators_do_not_know_adds_nothing()
    {
        None(new Collections { Ids = new[] { "0", "1234" } }.Validate());

        Exactly(new Collections { Ids = new[] { "12", "x1", "007" } }.Validate(), ("/ids/1", "pattern", "^(0|[1-9][0-9]*)$"), ("/ids/2", "pattern", "^(0|[1-9][0-9]*)$"));
    }

    [Fact]
    public void A_pattern_and_a_known_format_on_items_are_both_checked_per_item()
    {
        None(new Collections { Contacts = new[] { "ann@example.com" } }.Validate());

        Exactly(
            new Collections { Contacts = new[] { "ann@example.com", "bob@other.org", "not an email@example.com" } }.Validate(),
            ("/contacts/1", "pattern", "@example[.]com$"),
            ("/contacts/2", "format", "email"));
    }

    [Fact]
    public void Lists_of_lists_report_both_indexes()
    {
        None(new Collections { Matrix = new[] { new[] { 1L, 9L }, new[] { 0L } } }.Validate());

        Exactly(
            new Collections { Matrix = new[] { new[] { 1L }, new[] { 3L, 10L, 11L } } }.Validate(),
            ("/matrix/1", "maxItems", "2"),
            ("/matrix/1/1", "maximum", "9"),
            ("/matrix/1/2", "maximum", "9"));
    }

    [Theory]
    [InlineData(1, null, null)]
    [InlineData(2, null, null)]
    [InlineData(0, "minProperties", "1")]
    [InlineData(3, "maxProperties", "2")]
    public void MinProperties_and_maxProperties(int count, string? rule, string? limit)
    {
        var labels = new Dictionary<string, string>();
        for (var i = 0; i < count; i++)
        {
            labels["k" + i] = "v";
        }

        var violations = new Collections { Labels = labels }.Validate();

        if (rule is null)
        {
            None(violations);
        }
        else
        {
            Exactly(violations, ("/labels", rule, limit));
        }
    }

    [Fact]
    public void Map_values_report_their_key_as_an_escaped_pointer()
    {
        Exactly(
            new Collections { Labels = new Dictionary<string, string> { ["a/b~c"] = "long" } }.Validate(),
            ("/labels/a~1b~0c", "maxLength", "3"));
    }

    [Fact]
    public void Members_kept_beside_the_listed_ones_are_checked_under_their_own_key()
    {
        None(new Extras { Name = "any length", AdditionalProperties = new Dictionary<string, string> { ["ok"] = "abc" } }.Validate());

        Exactly(new Extras { AdditionalProperties = new Dictionary<string, string> { ["note"] = "abcd" } }.Validate(), ("/note", "maxLength", "3"));
    }

    [Fact]
    public void Nested_records_in_arrays_report_full_pointers()
    {
        var batch = new Batch { Records = new[] { ValidStrings, ValidStrings, ValidStrings, new Strings { Code = "ok", Email = "nope" } } };

        Exactly(batch.Validate(), ("/records/3/email", "format", "email"));
    }

    [Fact]
    public void Every_violation_is_reported_not_only_the_first()
    {
        var batch = new Batch
        {
            Records = new[] { ValidStrings, ValidStrings, ValidStrings, ValidStrings, ValidStrings, new Strings { Code = "x" } },
            Collections = new Collections { Members = new[] { new Strings { Code = "toolong" } } },
        };

        Exactly(
            batch.Validate(),
            ("/records", "maxItems", "5"),
            ("/records/5/code", "minLength", "2"),
            ("/collections/members/0/code", "maxLength", "4"));
    }

    [Fact]
    public void Required_reference_members_that_are_null_report_required()
    {
        Exactly(new Strings { Code = null! }.Validate(), ("/code", "required", null));
        Exactly(new Nested { Inner = null!, Status = Status.Active }.Validate(), ("/inner", "required", null));
    }

    [Fact]
    public void Nested_records_and_enums_are_checked_in_place()
    {
        var nested = new Nested { Inner = new Strings { Code = "a" }, Status = "deleted", Numbers = new Numbers { Count = 0 } };

        Exactly(
            nested.Validate(),
            ("/inner/code", "minLength", "2"),
            ("/status", "enum", "[\"active\",\"paused\"]"),
            ("/numbers/count", "minimum", "1"));
    }

    [Fact]
    public void Unions_check_the_branch_they_hold()
    {
        None(new Nested { Inner = ValidStrings, Status = Status.Paused, Choice = "abc" }.Validate());

        Exactly(new Nested { Inner = ValidStrings, Status = Status.Paused, Choice = "ab" }.Validate(), ("/choice", "minLength", "3"));
        Exactly(new Nested { Inner = ValidStrings, Status = Status.Paused, Choice = new Strings { Code = "x" } }.Validate(), ("/choice/code", "minLength", "2"));
        Exactly(Choice.FromString("ab").Validate(), (string.Empty, "minLength", "3"));
    }

    [Fact]
    public void Derived_records_check_inherited_members_first()
    {
        None(new Derived { Id = "abc", Score = 5 }.Validate());

        Exactly(new Derived { Id = "ab", Score = 6 }.Validate(), ("/id", "minLength", "3"), ("/score", "maximum", "5"));

        Base asBase = new Derived { Id = "abc", Score = 6 };
        Exactly(asBase.Validate(), ("/score", "maximum", "5"));
    }

    [Fact]
    public void Valid_values_return_an_empty_list_without_allocating_one()
    {
        var first = new Strings { Code = "ok" }.Validate();
        var second = new Numbers { Count = 2 }.Validate();

        Assert.Empty(first);
        Assert.Same(first, second);
    }
}
