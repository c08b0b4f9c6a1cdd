using System.Collections.Generic;
using System.Linq;
using SpecForge.Runtime.Validation;

namespace SpecForge.Runtime.Tests.Validation;

/// <summary>
/// <see cref="Checks.Value{T}"/> and <see cref="Checks.Items{T}"/>: a nested record's or list item's violations move
/// under its pointer, nulls are skipped, and valid values leave the list uncreated. <see cref="Checks.All"/>,
/// <see cref="Checks.Of{T}"/> and <see cref="Checks.OfItems{T}"/> are what a generated <c>Validate()</c> and a client's
/// response check call.
/// </summary>
public sealed class NestedChecksTests
{
    [Fact]
    public void A_nested_value_reports_under_its_pointer()
    {
        List<ConstraintViolation>? violations = null;

        Checks.Value(ref violations, new Checked("/name"), "/owner");

        Assert.Equal("/owner/name", Assert.Single(violations!).Path);
    }

    [Fact]
    public void Null_and_valid_values_create_no_list()
    {
        List<ConstraintViolation>? violations = null;

        Checks.Value<Checked>(ref violations, null, "/owner");
        Checks.Value(ref violations, new Checked(), "/owner");
        Checks.Items<Checked>(ref violations, null, "/items");
        Checks.Items(ref violations, new[] { new Checked(), null }, "/items");

        Assert.Null(violations);
    }

    [Fact]
    public void Each_failing_item_reports_under_its_index_in_order()
    {
        List<ConstraintViolation>? violations = null;
        var items = new[] { new Checked(), new Checked("/id"), null, new Checked("/a", "/b") };

        Checks.Items(ref violations, items, "/items");

        Assert.Equal(new[] { "/items/1/id", "/items/3/a", "/items/3/b" }, violations!.Select(v => v.Path));
    }

    [Fact]
    public void Items_of_a_body_read_as_a_whole_report_from_the_root()
    {
        List<ConstraintViolation>? violations = null;

        Checks.Items(ref violations, new[] { new Checked("/id") }, string.Empty);

        Assert.Equal("/0/id", Assert.Single(violations!).Path);
    }

    [Fact]
    public void Validate_returns_every_violation_from_the_value_itself_and_a_shared_empty_list_when_valid()
    {
        Assert.Equal(new[] { "/a", "/b" }, Checks.All(new Checked("/a", "/b")).Select(v => v.Path));
        Assert.Same(Checks.All(new Checked()), Checks.All(new Checked()));
        Assert.Empty(Checks.All(new Checked()));
    }

    [Fact]
    public void A_response_body_reports_from_the_root_and_a_valid_or_null_one_reports_null()
    {
        Assert.Equal("/id", Assert.Single(Checks.Of(new Checked("/id"))!).Path);
        Assert.Null(Checks.Of(new Checked()));
        Assert.Null(Checks.Of<Checked>(null));

        Assert.Equal(new[] { "/1/id" }, Checks.OfItems(new[] { new Checked(), new Checked("/id") })!.Select(v => v.Path));
        Assert.Null(Checks.OfItems(new[] { new Checked(), null }));
        Assert.Null(Checks.OfItems<Checked>(null));
    }

    [Fact]
    public void Item_lengths_report_under_each_index_in_item_order_and_skip_nulls()
    {
        List<ConstraintViolation>? violations = null;

        Checks.ItemLengths(ref violations, new[] { "toolong", null, "a", "ok" }, 2, 4, "/tags");

        Assert.Equal(new[] { ("/tags/0", "maxLength"), ("/tags/2", "minLength") }, violations!.Select(v => (v.Path, v.Rule)));
    }

    [Fact]
    public void Item_lengths_count_code_points_and_create_no_list_when_every_item_fits()
    {
        List<ConstraintViolation>? violations = null;

        Checks.ItemLengths(ref violations, new[] { "😀😀", "ab" }, 0, 2, "/tags");
        Checks.ItemLengths(ref violations, null, 0, 2, "/tags");

        Assert.Null(violations);
    }

    [Fact]
    public void Item_patterns_report_under_each_index_in_item_order_and_skip_nulls()
    {
        List<ConstraintViolation>? violations = null;

        Checks.ItemPatterns(ref violations, new[] { "12", "x1", null, "007", "3" }, "^(0|[1-9][0-9]*)$", "/ids");

        Assert.Equal(new[] { ("/ids/1", "pattern"), ("/ids/3", "pattern") }, violations!.Select(v => (v.Path, v.Rule)));
    }

    [Fact]
    public void Item_patterns_create_no_list_when_every_item_matches_or_the_list_is_missing()
    {
        List<ConstraintViolation>? violations = null;

        Checks.ItemPatterns(ref violations, new[] { "12", null }, "^[0-9]+$", "/ids");
        Checks.ItemPatterns(ref violations, null, "^[0-9]+$", "/ids");

        Assert.Null(violations);
    }

    [Fact]
    public void A_required_value_or_list_that_is_missing_is_one_required_violation_and_a_present_one_is_checked()
    {
        List<ConstraintViolation>? violations = null;

        Checks.RequiredValue<Checked>(ref violations, null, "/owner");
        Checks.RequiredValue(ref violations, new Checked("/name"), "/pet");
        Checks.RequiredItems<Checked>(ref violations, null, "/tags");
        Checks.RequiredItems(ref violations, new[] { new Checked("/id") }, "/items");

        Assert.Equal(
            new[] { ("/owner", "required"), ("/pet/name", "required"), ("/tags", "required"), ("/items/0/id", "required") },
            violations!.Select(v => (v.Path, v.Rule)));
    }

    [Fact]
    public void Present_hands_back_a_present_value_untouched_and_notes_a_missing_one()
    {
        List<ConstraintViolation>? violations = null;

        Assert.Equal("abc", Checks.Present(ref violations, "abc", "/name"));
        Assert.Null(violations);

        Assert.Null(Checks.Present<string>(ref violations, null, "/name"));
        Assert.Equal(("/name", "required"), (Assert.Single(violations!).Path, violations![0].Rule));
    }

    // A value that reports a required violation at each of the given pointers, relative to itself.
    private sealed class Checked : IValidatable
    {
        private readonly string[] _failing;

        public Checked(params string[] failing) => _failing = failing;

        public void CollectViolations(ref List<ConstraintViolation>? violations)
        {
            foreach (var pointer in _failing)
            {
                Checks.Add(ref violations, new ConstraintViolation(pointer, "required", null, "missing"));
            }
        }
    }
}
