using ValidationApi;
using static SpecForge.Client.Tests.Validation.ViolationAssert;

namespace SpecForge.Client.Tests.Validation;

/// <summary>The generated <c>Validate()</c> for string and number keywords, each limit from both sides.</summary>
public sealed class StringAndNumberKeywordTests
{
    [Fact]
    public void A_valid_record_has_no_violations()
    {
        None(new Strings { Code = "ab", Emoji = "\U0001F600\U0001F600", Slug = "a-b", Digits = "123", Email = "a@example.com", Phone = "+61412345678", Host = "10.0.0.1", Address = "::1", Link = "/a/b", Color = StringsColor.Red, Kind = "fixed" }.Validate());
    }

    [Theory]
    [InlineData("ab", null, null)]
    [InlineData("abcd", null, null)]
    [InlineData("a", "minLength", "2")]
    [InlineData("abcde", "maxLength", "4")]
    public void MinLength_and_maxLength(string code, string? rule, string? limit) =>
        AssertOne(new Strings { Code = code }, "/code", rule, limit);

    [Theory]
    [InlineData("\U0001F600\U0001F600", null, null)] // two code points, four UTF-16 units
    [InlineData("\U0001F600\U0001F600a", "maxLength", "2")]
    public void Lengths_count_code_points(string emoji, string? rule, string? limit) =>
        AssertOne(new Strings { Code = "ab", Emoji = emoji }, "/emoji", rule, limit);

    [Theory]
    [InlineData("a-b", null)]
    [InlineData("a--b", "pattern")]
    public void Pattern(string slug, string? rule) =>
        AssertOne(new Strings { Code = "ab", Slug = slug }, "/slug", rule, rule is null ? null : "^[a-z]+(-[a-z]+)*$");

    [Theory]
    [InlineData("123", null)]
    [InlineData("\u0661\u0662\u0663", "pattern")] // ECMA's \d is ASCII only
    public void Pattern_digits_follow_ecma(string digits, string? rule) =>
        AssertOne(new Strings { Code = "ab", Digits = digits }, "/digits", rule, rule is null ? null : "^\\d{3}$");

    [Theory]
    [InlineData("a@example.com", null)]
    [InlineData("a.example.com", "email")]
    public void Format_email(string email, string? failing) =>
        AssertOne(new Strings { Code = "ab", Email = email }, "/email", failing is null ? null : "format", failing);

    [Theory]
    [InlineData("10.0.0.1", null)]
    [InlineData("10.0.0.300", "ipv4")]
    public void Format_ipv4(string host, string? failing) =>
        AssertOne(new Strings { Code = "ab", Host = host }, "/host", failing is null ? null : "format", failing);

    [Theory]
    [InlineData("2001:db8::1", null)]
    [InlineData("2001:db8::zz", "ipv6")]
    public void Format_ipv6(string address, string? failing) =>
        AssertOne(new Strings { Code = "ab", Address = address }, "/address", failing is null ? null : "format", failing);

    [Fact]
    public void The_e164_phone_of_markdown_specs_is_reported_once_by_its_pattern()
    {
        None(new Strings { Code = "ab", Phone = "+61412345678" }.Validate());

        // x-format repeats what the pattern says, so only the pattern speaks, as it does in the mock.
        Exactly(
            new Strings { Code = "ab", Phone = "0412 345 678" }.Validate(),
            ("/phone", "pattern", "^\\+[1-9]\\d{1,14}$"));
    }

    [Fact]
    public void Open_enums_report_an_unknown_value_as_enum()
    {
        None(new Strings { Code = "ab", Color = StringsColor.Green }.Validate());

        Exactly(new Strings { Code = "ab", Color = "purple" }.Validate(), ("/color", "enum", "[\"red\",\"green\"]"));
    }

    [Theory]
    [InlineData("fixed", null)]
    [InlineData("Fixed", "const")]
    public void Const_string(string kind, string? rule) =>
        AssertOne(new Strings { Code = "ab", Kind = kind }, "/kind", rule, rule is null ? null : "\"fixed\"");

    [Theory]
    [InlineData(1, null, null)]
    [InlineData(10, null, null)]
    [InlineData(0, "minimum", "1")]
    [InlineData(11, "maximum", "10")]
    public void Minimum_and_maximum_on_integers(int count, string? rule, string? limit) =>
        AssertOne(new Numbers { Count = count }, "/count", rule, limit);

    [Theory]
    [InlineData(1L, null, null)]
    [InlineData(999L, null, null)]
    [InlineData(0L, "exclusiveMinimum", "0")]
    [InlineData(1000L, "exclusiveMaximum", "1000")]
    public void Exclusive_bounds_written_as_3_1_numbers(long total, string? rule, string? limit) =>
        AssertOne(new Numbers { Total = total }, "/total", rule, limit);

    [Theory]
    [InlineData(0.0, null, null)]
    [InlineData(1.0, null, null)]
    [InlineData(-0.01, "minimum", "0")]
    [InlineData(1.01, "maximum", "1")]
    public void Minimum_and_maximum_on_doubles(double ratio, string? rule, string? limit) =>
        AssertOne(new Numbers { Ratio = ratio }, "/ratio", rule, limit);

    [Fact]
    public void NaN_is_outside_every_bound() =>
        Exactly(new Numbers { Ratio = double.NaN }.Validate(), ("/ratio", "minimum", "0"), ("/ratio", "maximum", "1"));

    [Theory]
    [InlineData(0.51, null, null)]
    [InlineData(2.49, null, null)]
    [InlineData(0.5, "exclusiveMinimum", "0.5")]
    [InlineData(2.5, "exclusiveMaximum", "2.5")]
    public void Exclusive_bounds_on_doubles(double open, string? rule, string? limit) =>
        AssertOne(new Numbers { Open = open }, "/open", rule, limit);

    [Theory]
    [InlineData(9.5f, null)]
    [InlineData(9.6f, "maximum")]
    public void Maximum_on_floats(float weight, string? rule) =>
        AssertOne(new Numbers { Weight = weight }, "/weight", rule, rule is null ? null : "9.5");

    [Theory]
    [InlineData("0.75", null)]
    [InlineData("0.8", "multipleOf")]
    public void MultipleOf_on_decimals(string price, string? rule) =>
        AssertOne(new Numbers { Price = decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture) }, "/price", rule, rule is null ? null : "0.25");

    [Theory]
    [InlineData(15L, null)]
    [InlineData(16L, "multipleOf")]
    public void MultipleOf_on_integers(long step, string? rule) =>
        AssertOne(new Numbers { Step = step }, "/step", rule, rule is null ? null : "5");

    [Theory]
    [InlineData(2L, null)]
    [InlineData(4L, "enum")]
    public void Integer_enums_report_unlisted_values(long level, string? rule) =>
        AssertOne(new Numbers { Level = level }, "/level", rule, rule is null ? null : "[1,2,3]");

    [Theory]
    [InlineData(42L, null)]
    [InlineData(41L, "const")]
    public void Const_number(long answer, string? rule) =>
        AssertOne(new Numbers { Answer = answer }, "/answer", rule, rule is null ? null : "42");

    [Theory]
    [InlineData(1, null, null)]
    [InlineData(0, "exclusiveMinimum", "0")]
    public void Exclusive_bounds_written_as_3_0_booleans(long above, string? rule, string? limit) =>
        AssertOne30(new ValidationApi30.Bounds { Above = above, Below = 9.99, Within = 0 }, "/above", rule, limit);

    [Theory]
    [InlineData(9.99, null)]
    [InlineData(10.0, "exclusiveMaximum")]
    public void Exclusive_maximum_written_as_a_3_0_boolean(double below, string? rule) =>
        AssertOne30(new ValidationApi30.Bounds { Below = below }, "/below", rule, rule is null ? null : "10");

    [Fact]
    public void A_3_0_false_exclusive_flag_keeps_the_bound_inclusive()
    {
        Assert.Empty(new ValidationApi30.Bounds { Within = 0 }.Validate());
        var violation = Assert.Single(new ValidationApi30.Bounds { Within = -1 }.Validate());
        Assert.Equal(("/within", "minimum", "0"), (violation.Path, violation.Rule, violation.Limit));
    }

    private static void AssertOne(Strings value, string path, string? rule, string? limit) => AssertOne(value.Validate(), path, rule, limit);

    private static void AssertOne(Numbers value, string path, string? rule, string? limit) => AssertOne(value.Validate(), path, rule, limit);

    private static void AssertOne30(ValidationApi30.Bounds value, string path, string? rule, string? limit)
    {
        var violations = value.Validate();
        if (rule is null)
        {
            Assert.Empty(violations);
            return;
        }

        var violation = Assert.Single(violations);
        Assert.Equal((path, rule, limit), (violation.Path, violation.Rule, violation.Limit));
    }

    private static void AssertOne(System.Collections.Generic.IReadOnlyList<global::SpecForge.Client.Tests.SpecForge.ConstraintViolation> violations, string path, string? rule, string? limit)
    {
        if (rule is null)
        {
            None(violations);
            return;
        }

        Exactly(violations, (path, rule, limit));
    }
}
