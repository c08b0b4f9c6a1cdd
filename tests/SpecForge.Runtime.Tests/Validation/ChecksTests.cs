using System.Collections.Generic;
using SpecForge.Runtime.Validation;

namespace SpecForge.Runtime.Tests.Validation;

/// <summary>The typed checks the generated validators call: each limit from both sides, and no list while all is well.</summary>
public sealed class ChecksTests
{
    private const string At = "/at";

    [Theory]
    [InlineData("ab", 2, false)]
    [InlineData("a", 2, true)]
    [InlineData("\U0001F600\U0001F600", 2, false)] // two code points in four UTF-16 units
    [InlineData("\U0001F600", 2, true)] // two units, one code point
    public void MinLength_counts_code_points(string value, int limit, bool fails)
    {
        List<ConstraintViolation>? violations = null;
        Checks.MinLength(ref violations, value, limit, At);
        AssertOutcome(violations, fails, "minLength", "2");
    }

    [Theory]
    [InlineData("abc", 3, false)]
    [InlineData("abcd", 3, true)]
    [InlineData("\U0001F600\U0001F600\U0001F600", 3, false)]
    [InlineData("\U0001F600\U0001F600\U0001F600a", 3, true)]
    public void MaxLength_counts_code_points(string value, int limit, bool fails)
    {
        List<ConstraintViolation>? violations = null;
        Checks.MaxLength(ref violations, value, limit, At);
        AssertOutcome(violations, fails, "maxLength", "3");
    }

    [Theory]
    [InlineData("123", false)]
    [InlineData("12a", true)]
    [InlineData("\u0661\u0662\u0663", true)] // Arabic-Indic digits are not ECMA's \d
    public void Pattern_uses_ecma_semantics(string value, bool fails)
    {
        List<ConstraintViolation>? violations = null;
        Checks.Pattern(ref violations, value, "^\\d{3}$", At);
        AssertOutcome(violations, fails, "pattern", "^\\d{3}$");
    }

    [Theory]
    [InlineData("email", "a@example.com", false)]
    [InlineData("email", "not-an-email", true)]
    [InlineData("e164", "+61412345678", false)]
    [InlineData("e164", "0412345678", true)]
    [InlineData("ipv4", "10.0.0.1", false)]
    [InlineData("ipv4", "10.0.0.256", true)]
    public void Format_checks_known_formats(string format, string value, bool fails)
    {
        List<ConstraintViolation>? violations = null;
        Checks.Format(ref violations, value, format, At);
        AssertOutcome(violations, fails, "format", format);
    }

    [Theory]
    [InlineData(1, false, false)]
    [InlineData(0.99, false, true)]
    [InlineData(1.01, true, false)]
    [InlineData(1, true, true)]
    public void Minimum_on_decimals_inclusive_and_exclusive(double value, bool exclusive, bool fails)
    {
        List<ConstraintViolation>? violations = null;
        Checks.Minimum(ref violations, (decimal)value, 1m, exclusive, "1", At);
        AssertOutcome(violations, fails, exclusive ? "exclusiveMinimum" : "minimum", "1");
    }

    [Theory]
    [InlineData(1.0, false, false)]
    [InlineData(0.999, false, true)]
    [InlineData(1.001, true, false)]
    [InlineData(1.0, true, true)]
    [InlineData(double.NaN, false, true)]
    public void Minimum_on_doubles_inclusive_and_exclusive(double value, bool exclusive, bool fails)
    {
        List<ConstraintViolation>? violations = null;
        Checks.Minimum(ref violations, value, 1d, exclusive, "1", At);
        AssertOutcome(violations, fails, exclusive ? "exclusiveMinimum" : "minimum", "1");
    }

    [Theory]
    [InlineData(10, false, false)]
    [InlineData(11, false, true)]
    [InlineData(9, true, false)]
    [InlineData(10, true, true)]
    public void Maximum_on_decimals_inclusive_and_exclusive(int value, bool exclusive, bool fails)
    {
        List<ConstraintViolation>? violations = null;
        Checks.Maximum(ref violations, (decimal)value, 10m, exclusive, "10", At);
        AssertOutcome(violations, fails, exclusive ? "exclusiveMaximum" : "maximum", "10");
    }

    [Theory]
    [InlineData(2.5, false, false)]
    [InlineData(2.51, false, true)]
    [InlineData(2.49, true, false)]
    [InlineData(2.5, true, true)]
    public void Maximum_on_doubles_inclusive_and_exclusive(double value, bool exclusive, bool fails)
    {
        List<ConstraintViolation>? violations = null;
        Checks.Maximum(ref violations, value, 2.5d, exclusive, "2.5", At);
        AssertOutcome(violations, fails, exclusive ? "exclusiveMaximum" : "maximum", "2.5");
    }

    [Theory]
    [InlineData(0.75, false)]
    [InlineData(0.8, true)]
    public void MultipleOf_on_decimals(double value, bool fails)
    {
        List<ConstraintViolation>? violations = null;
        Checks.MultipleOf(ref violations, (decimal)value, 0.25m, "0.25", At);
        AssertOutcome(violations, fails, "multipleOf", "0.25");
    }

    [Theory]
    [InlineData(0.3, false)] // 0.1 * 3 is not exact in binary, yet a multiple
    [InlineData(0.35, true)]
    public void MultipleOf_on_doubles_tolerates_binary_rounding(double value, bool fails)
    {
        List<ConstraintViolation>? violations = null;
        Checks.MultipleOf(ref violations, value, 0.1d, "0.1", At);
        AssertOutcome(violations, fails, "multipleOf", "0.1");
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(1, true)]
    public void MinItems(int count, bool fails)
    {
        List<ConstraintViolation>? violations = null;
        Checks.MinItems(ref violations, count, 2, At);
        AssertOutcome(violations, fails, "minItems", "2");
    }

    [Theory]
    [InlineData(3, false)]
    [InlineData(4, true)]
    public void MaxItems(int count, bool fails)
    {
        List<ConstraintViolation>? violations = null;
        Checks.MaxItems(ref violations, count, 3, At);
        AssertOutcome(violations, fails, "maxItems", "3");
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(0, true)]
    public void MinProperties(int count, bool fails)
    {
        List<ConstraintViolation>? violations = null;
        Checks.MinProperties(ref violations, count, 1, At);
        AssertOutcome(violations, fails, "minProperties", "1");
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public void MaxProperties(int count, bool fails)
    {
        List<ConstraintViolation>? violations = null;
        Checks.MaxProperties(ref violations, count, 2, At);
        AssertOutcome(violations, fails, "maxProperties", "2");
    }

    [Theory]
    [InlineData(5, false)]
    [InlineData(40, false)] // beyond the pairwise limit: a set decides
    [InlineData(5, true)]
    [InlineData(40, true)]
    public void UniqueItems_small_and_large_lists(int count, bool withDuplicate)
    {
        var items = new List<string?>();
        for (var i = 0; i < count; i++)
        {
            items.Add("item" + i);
        }

        if (withDuplicate)
        {
            items[count - 1] = items[0];
        }

        List<ConstraintViolation>? violations = null;
        Checks.UniqueItems(ref violations, items, At);
        AssertOutcome(violations, withDuplicate, "uniqueItems", null);
    }

    [Fact]
    public void UniqueItems_counts_two_nulls_as_duplicates()
    {
        List<ConstraintViolation>? violations = null;
        Checks.UniqueItems(ref violations, new string?[] { null, "a", null }, At);
        AssertOutcome(violations, true, "uniqueItems", null);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Enum_and_const_report_what_the_caller_compared(bool matched, bool fails)
    {
        List<ConstraintViolation>? violations = null;
        Checks.Enum(ref violations, matched, "[\"a\",\"b\"]", At);
        AssertOutcome(violations, fails, "enum", "[\"a\",\"b\"]");

        violations = null;
        Checks.Const(ref violations, matched, "42", At);
        AssertOutcome(violations, fails, "const", "42");
    }

    [Fact]
    public void Required_reports_null_only()
    {
        List<ConstraintViolation>? violations = null;
        Checks.Required(ref violations, "present", At);
        Assert.Null(violations);

        Checks.Required(ref violations, null, At);
        var violation = Assert.Single(violations!);
        Assert.Equal(("required", At), (violation.Rule, violation.Path));
    }

    [Fact]
    public void Nested_moves_violations_under_the_prefix_and_ignores_an_empty_list()
    {
        List<ConstraintViolation>? violations = null;
        Checks.Nested(ref violations, "/records/3", null);
        Assert.Null(violations);

        var nested = new List<ConstraintViolation> { Violations.Format("/email", "email"), Violations.MinItems(string.Empty, 1) };
        Checks.Nested(ref violations, "/records/3", nested);

        Assert.Equal(new[] { "/records/3/email", "/records/3" }, violations!.ConvertAll(v => v.Path));
        Assert.Equal(new[] { "format", "minItems" }, violations.ConvertAll(v => v.Rule));
    }

    [Fact]
    public void The_exception_text_lists_every_violation()
    {
        var text = ViolationText.Describe("The request breaks the API specification", new[] { Violations.MinLength("/query/q", 2), Violations.Required("/body") });

        Assert.StartsWith("The request breaks the API specification (2 violations):", text, System.StringComparison.Ordinal);
        Assert.Contains("\n  /query/q: ", text, System.StringComparison.Ordinal);
        Assert.Contains("\n  /body: ", text, System.StringComparison.Ordinal);
    }

    private static void AssertOutcome(List<ConstraintViolation>? violations, bool fails, string rule, string? limit)
    {
        if (!fails)
        {
            // Valid values never allocate the list.
            Assert.Null(violations);
            return;
        }

        var violation = Assert.Single(violations!);
        Assert.Equal(At, violation.Path);
        Assert.Equal(rule, violation.Rule);
        Assert.Equal(limit, violation.Limit);
    }
}
