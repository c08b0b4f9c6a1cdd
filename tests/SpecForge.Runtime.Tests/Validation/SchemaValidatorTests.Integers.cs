using System.Linq;

namespace SpecForge.Runtime.Tests.Validation;

/// <summary>int32, int64 and a plain integer (long in SpecForge) as ranges: what no generated client could hold is a format error.</summary>
public sealed partial class SchemaValidatorTests
{
    [Theory]
    [InlineData("{'type':'integer','format':'int32'}", "2147483647", "")]
    [InlineData("{'type':'integer','format':'int32'}", "-2147483648", "")]
    [InlineData("{'type':'integer','format':'int32'}", "2147483648", "format int32")]
    [InlineData("{'type':'integer','format':'int32'}", "-2147483649", "format int32")]
    [InlineData("{'type':'integer','format':'int32'}", "3e9", "format int32")]
    [InlineData("{'type':'integer','format':'int32'}", "1e5", "")]
    [InlineData("{'type':'integer','format':'int32'}", "2.5", "type integer")]
    [InlineData("{'type':'integer','format':'int64'}", "9223372036854775807", "")]
    [InlineData("{'type':'integer','format':'int64'}", "9223372036854775808", "format int64")]
    [InlineData("{'type':'integer','format':'int64'}", "-9223372036854775809", "format int64")]
    [InlineData("{'type':'integer'}", "99999999999999999999", "format int64")]
    [InlineData("{'type':['integer','null']}", "99999999999999999999", "format int64")]
    [InlineData("{'type':'integer','format':'uint64'}", "18446744073709551615", "")]
    [InlineData("{'type':'number','format':'int32'}", "2147483648", "format int32")]
    [InlineData("{'type':'number','format':'int32'}", "1.5", "format int32")]
    [InlineData("{'type':'number'}", "99999999999999999999", "")]
    [InlineData("{'format':'int32'}", "\"2147483648\"", "")]
    public void Integer_formats_are_the_ranges_of_their_dotnet_types(string schema, string instance, string expected)
    {
        var found = string.Join(", ", Validate(schema, instance).Select(v => v.Rule + " " + v.Limit));

        Assert.Equal(expected, found);
    }
}
