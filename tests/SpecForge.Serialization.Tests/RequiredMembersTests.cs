using System.Linq;
using System.Text.Json;

namespace SpecForge.Serialization.Tests;

/// <summary>
/// Which required members a converter has read is kept as bits, 64 to a set; a record with 70 of them needs two sets,
/// and a missing member of either is named.
/// </summary>
public sealed class RequiredMembersTests
{
    private static readonly JsonSerializerOptions Options = new() { TypeInfoResolver = new WideRecord.WideRecordClientJsonResolver() };

    [Fact]
    public void A_record_with_every_required_member_reads()
    {
        var wide = JsonText.Read<WideRecord.Wide>(Members(Enumerable.Range(0, 70)), Options);

        Assert.Equal(0, wide.M0);
        Assert.Equal(63, wide.M63);
        Assert.Equal(69, wide.M69);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(69)]
    public void A_missing_member_of_either_set_is_named(int missing)
    {
        var error = Assert.Throws<JsonException>(() => JsonText.Read<WideRecord.Wide>(Members(Enumerable.Range(0, 70).Where(i => i != missing)), Options));

        Assert.Contains("'m" + missing + "'", error.Message);
    }

    [Fact]
    public void A_member_given_twice_does_not_stand_in_for_one_missing()
    {
        var members = Enumerable.Range(0, 70).Where(i => i != 66).Append(1);

        var error = Assert.Throws<JsonException>(() => JsonText.Read<WideRecord.Wide>(Members(members), Options));

        Assert.Contains("'m66'", error.Message);
    }

    private static string Members(System.Collections.Generic.IEnumerable<int> indexes) =>
        "{" + string.Join(",", indexes.Select(i => "\"m" + i + "\":" + i)) + "}";
}
