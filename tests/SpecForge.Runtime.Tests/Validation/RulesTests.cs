using System.Globalization;
using System.Text.Json;
using SpecForge.Runtime.Validation;

namespace SpecForge.Runtime.Tests.Validation;

public sealed class RulesTests
{
    [Theory]
    [InlineData("", "name", "/name")]
    [InlineData("/body", "a/b~c", "/body/a~1b~0c")]
    [InlineData("/records", "", "/records/")]
    public void Members_extend_a_json_pointer_with_escaping(string pointer, string member, string expected) =>
        Assert.Equal(expected, ConstraintRules.Append(pointer, member));

    [Fact]
    public void Items_extend_a_json_pointer_with_their_index() =>
        Assert.Equal("/records/3/email", ConstraintRules.Append(ConstraintRules.Append("/records", 3), "email"));

    [Theory]
    [InlineData("", 0)]
    [InlineData("abc", 3)]
    [InlineData("😀", 1)]
    [InlineData("a😀b😀", 4)]
    [InlineData("é", 1)]
    public void Lengths_count_code_points(string value, int expected) =>
        Assert.Equal(expected, ConstraintRules.CountCodePoints(value));

    [Fact]
    public void Unpaired_surrogates_count_once_each()
    {
        // In code, not in InlineData: the test runner's serialization would replace lone surrogates.
        Assert.Equal(1, ConstraintRules.CountCodePoints("\uD83D"));
        Assert.Equal(2, ConstraintRules.CountCodePoints("\uDE00\uD83D"));
        Assert.Equal(3, ConstraintRules.CountCodePoints("a\uD83D\uD83D\uDE00"));
    }

    [Theory]
    [InlineData("10", "5", true)]
    [InlineData("7", "2", false)]
    [InlineData("0.3", "0.1", true)]
    [InlineData("0.35", "0.1", false)]
    [InlineData("10.5", "0.1", true)]
    [InlineData("0.0075", "0.0001", true)]
    [InlineData("-4.5", "1.5", true)]
    [InlineData("0", "0.1", true)]
    [InlineData("1", "0", true)] // a non-positive divisor constrains nothing
    public void Multiples_are_exact_in_decimal(string value, string divisor, bool expected) =>
        Assert.Equal(expected, ConstraintRules.IsMultipleOf(decimal.Parse(value, CultureInfo.InvariantCulture), decimal.Parse(divisor, CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(0.3, 0.1, true)]
    [InlineData(0.7, 0.1, true)]
    [InlineData(0.30000000000000004, 0.1, true)]
    [InlineData(0.35, 0.1, false)]
    [InlineData(19.99, 0.01, true)]
    [InlineData(19.995, 0.01, false)]
    [InlineData(4.5e30, 1.5e30, true)]
    [InlineData(4.6e30, 1.5e30, false)]
    [InlineData(3e-15, 1e-15, true)]
    [InlineData(double.NaN, 1, false)]
    [InlineData(1, double.NaN, true)]
    public void Multiples_of_doubles_go_through_decimal_when_they_fit(double value, double divisor, bool expected) =>
        Assert.Equal(expected, ConstraintRules.IsMultipleOf(value, divisor));

    [Theory]
    [InlineData("0.1", "0.1")]
    [InlineData("10.00", "10")]
    [InlineData("-2.50", "-2.5")]
    [InlineData("0", "0")]
    public void Decimal_limits_read_as_written_without_trailing_zeros(string value, string expected) =>
        Assert.Equal(expected, ConstraintRules.Number(decimal.Parse(value, CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(10, "10")]
    [InlineData(1e30, "1E+30")]
    [InlineData(-0.5, "-0.5")]
    public void Double_limits_are_the_shortest_invariant_text(double value, string expected)
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal(expected, ConstraintRules.Number(value));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("1", "1.0", true)]
    [InlineData("1", "1e0", true)]
    [InlineData("100", "1E2", true)]
    [InlineData("1", "1.0000001", false)]
    [InlineData("1e400", "1e400", true)]
    [InlineData("\"a\"", "\"a\"", true)]
    [InlineData("\"a\"", "\"A\"", false)]
    [InlineData("\"\\u0061\"", "\"a\"", true)]
    [InlineData("null", "null", true)]
    [InlineData("null", "false", false)]
    [InlineData("true", "true", true)]
    [InlineData("0", "false", false)]
    [InlineData("\"1\"", "1", false)]
    [InlineData("[1,2]", "[1,2.0]", true)]
    [InlineData("[1,2]", "[2,1]", false)]
    [InlineData("[1]", "[1,1]", false)]
    [InlineData("{\"a\":1,\"b\":[1,{\"c\":null}]}", "{\"b\":[1.0,{\"c\":null}],\"a\":1}", true)]
    [InlineData("{\"a\":1}", "{\"a\":1,\"b\":2}", false)]
    [InlineData("{\"a\":1}", "{\"b\":1}", false)]
    [InlineData("{}", "[]", false)]
    public void Json_equality_compares_numbers_by_value_and_objects_unordered(string left, string right, bool expected)
    {
        using var leftDocument = JsonDocument.Parse(left);
        using var rightDocument = JsonDocument.Parse(right);

        Assert.Equal(expected, ConstraintRules.JsonEquals(leftDocument.RootElement, rightDocument.RootElement));
        Assert.Equal(expected, ConstraintRules.JsonEquals(rightDocument.RootElement, leftDocument.RootElement));
    }

    [Fact]
    public void Violations_name_the_keyword_and_limit_in_a_short_sentence()
    {
        AssertViolation(Violations.Required("/name"), "/name", "required", null, "is required");
        AssertViolation(Violations.MinLength("/a", 3), "/a", "minLength", "3", "must be at least 3 characters long");
        AssertViolation(Violations.MaxLength("/a", 1), "/a", "maxLength", "1", "must be at most 1 character long");
        AssertViolation(Violations.Pattern("", "^[a-z]+$"), "", "pattern", "^[a-z]+$", "must match the pattern ^[a-z]+$");
        AssertViolation(Violations.Format("/e", "email"), "/e", "format", "email", "must be a valid email");
        AssertViolation(Violations.Minimum("", "0.1"), "", "minimum", "0.1", "must be at least 0.1");
        AssertViolation(Violations.ExclusiveMaximum("", "10"), "", "exclusiveMaximum", "10", "must be less than 10");
        AssertViolation(Violations.MultipleOf("", "0.5"), "", "multipleOf", "0.5", "must be a multiple of 0.5");
        AssertViolation(Violations.MinItems("/l", 2), "/l", "minItems", "2", "must contain at least 2 items");
        AssertViolation(Violations.MaxProperties("", 1), "", "maxProperties", "1", "must have at most 1 property");
        AssertViolation(Violations.Enum("/s", "\"a\", \"b\""), "/s", "enum", "\"a\", \"b\"", "must be one of: \"a\", \"b\"");
        AssertViolation(Violations.Const("", "\"x\""), "", "const", "\"x\"", "must be \"x\"");
        AssertViolation(Violations.OneOf("", 2), "", "oneOf", null, "must match exactly one of the allowed schemas, but matches 2");
        AssertViolation(Violations.AdditionalProperties("/extra"), "/extra", "additionalProperties", "false", "is not allowed");
    }

    private static void AssertViolation(ConstraintViolation violation, string path, string rule, string? limit, string message)
    {
        Assert.Equal(path, violation.Path);
        Assert.Equal(rule, violation.Rule);
        Assert.Equal(limit, violation.Limit);
        Assert.Equal(message, violation.Message);
    }
}
