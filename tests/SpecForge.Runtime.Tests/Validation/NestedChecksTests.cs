using System.Collections.Generic;
using System.Linq;
using SpecForge.Runtime.Validation;

namespace SpecForge.Runtime.Tests.Validation;

/// <summary>
/// <see cref="Checks.Value{T}"/> and <see cref="Checks.Items{T}"/>: a nested record's or list item's violations move
/// under its pointer, nulls are skipped, and valid values leave the list uncreated.
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
