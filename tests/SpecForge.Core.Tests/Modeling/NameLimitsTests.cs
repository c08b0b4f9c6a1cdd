using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using SpecForge.Core.Modeling;

namespace SpecForge.Core.Tests.Modeling;

/// <summary>Names a spec makes too long for C# or a file system are shortened, deterministically and distinctly.</summary>
public sealed class NameLimitsTests
{
    [Fact]
    public void A_name_within_the_limit_is_kept_as_it_is()
    {
        var name = new string('A', 160);

        Assert.Same(name, NameLimits.Shorten(name, 160));
    }

    [Theory]
    [InlineData('A', 1)]
    [InlineData('é', 2)]
    [InlineData('名', 3)]
    public void A_long_name_keeps_its_start_ends_in_a_hash_and_fits_in_bytes(char letter, int bytesPerLetter)
    {
        var name = "Start" + new string(letter, 2000);

        var shortened = NameLimits.Shorten(name, 160);

        Assert.InRange(Encoding.UTF8.GetByteCount(shortened), 160 - bytesPerLetter, 160);
        Assert.StartsWith("Start" + letter, shortened);
        Assert.Matches("_[0-9a-f]{8}$", shortened);
        Assert.True(SyntaxFacts.IsValidIdentifier(shortened), shortened);
        Assert.Equal(shortened, NameLimits.Shorten(name, 160));
    }

    [Fact]
    public void Long_names_that_share_their_start_stay_distinct()
    {
        var prefix = new string('A', 1000);
        var names = new[] { prefix + "B", prefix + "C", prefix + "BB" }.Select(n => NameLimits.Shorten(n, 512)).ToList();

        Assert.Equal(3, names.Distinct().Count());
        Assert.All(names, n => Assert.True(Encoding.UTF8.GetByteCount(n) <= 512));
    }

    [Fact]
    public void A_surrogate_pair_is_never_split()
    {
        var name = "A" + string.Concat(Enumerable.Repeat("\uD835\uDC00", 100));

        var shortened = NameLimits.Shorten(name, 40);

        Assert.True(Encoding.UTF8.GetByteCount(shortened) <= 40);
        Assert.DoesNotContain(shortened.Where((c, i) => char.IsHighSurrogate(c) && (i + 1 == shortened.Length || !char.IsLowSurrogate(shortened[i + 1]))), _ => true);
    }

    [Fact]
    public void A_scope_shortens_and_reports_with_the_pointer_of_the_element()
    {
        var reports = new List<(string Desired, string Allocated, string Pointer)>();
        var scope = new NameScope(NameLimits.TypeNameBytes, (desired, allocated, pointer) => reports.Add((desired, allocated, pointer)));
        var desired = "Pet" + new string('X', 300);

        var first = scope.Allocate(desired, "/components/schemas/Pet");
        var second = scope.Allocate(desired, "/components/schemas/Pet2");

        Assert.True(Encoding.UTF8.GetByteCount(first) <= NameLimits.TypeNameBytes);
        Assert.Equal(first + "2", second);
        Assert.Equal(new[] { "/components/schemas/Pet", "/components/schemas/Pet2" }, reports.Select(r => r.Pointer));
        Assert.Equal(desired, reports[0].Desired);
        Assert.Equal(first, reports[0].Allocated);
        Assert.Equal("Short", scope.Allocate("Short", "/x"));
        Assert.Equal(2, reports.Count);
    }

    [Theory]
    [InlineData("a\u2028b", "ab")]
    [InlineData("x\u202Ey", "xy")]
    [InlineData("\\u0041", "u0041")]
    [InlineData("1st", "_1st")]
    [InlineData("a b;c", "abc")]
    [InlineData("\"", "Value")]
    public void A_scope_hands_out_nothing_but_identifier_characters(string desired, string expected)
    {
        Assert.Equal(expected, new NameScope().Allocate(desired));
    }

    [Theory]
    [InlineData("GetType")]
    [InlineData("MemberwiseClone")]
    [InlineData("ReferenceEquals")]
    [InlineData("Equals")]
    [InlineData("GetHashCode")]
    [InlineData("ToString")]
    [InlineData("Finalize")]
    [InlineData("EqualityContract")]
    [InlineData("PrintMembers")]
    [InlineData("Deconstruct")]
    [InlineData("Validate")]
    public void Record_members_never_take_a_name_the_record_already_has(string name)
    {
        Assert.Equal(name + "2", new NameScope(ReservedMembers.Record).Allocate(name));
    }
}
