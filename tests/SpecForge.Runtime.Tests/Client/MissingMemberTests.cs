using SpecForge.Runtime.Client;
using Xunit;

namespace SpecForge.Runtime.Tests.Client;

/// <summary>
/// <see cref="JsonCodec.Missing(string, ulong, string[])"/>: a converter records the required members it read as bits
/// and, when some are missing, the error names the first of them in the schema's order.
/// </summary>
public sealed class MissingMemberTests
{
    [Theory]
    [InlineData(0b000UL, "id")]
    [InlineData(0b001UL, "name")]
    [InlineData(0b011UL, "old_code")]
    [InlineData(0b101UL, "name")]
    public void The_error_names_the_first_required_member_not_read(ulong seen, string expected)
    {
        var error = JsonCodec.Missing("Widget", seen, "id", "name", "old_code");

        Assert.Equal("Widget requires '" + expected + "', which is missing.", error.Message);
    }

    [Fact]
    public void The_last_of_64_members_is_found_by_its_bit()
    {
        var names = new string[64];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = "m" + i;
        }

        var error = JsonCodec.Missing("Wide", ulong.MaxValue >> 1, names);

        Assert.Contains("'m63'", error.Message);
    }
}
