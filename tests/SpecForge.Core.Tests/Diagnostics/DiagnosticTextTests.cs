using SpecForge.Core.Diagnostics;

namespace SpecForge.Core.Tests.Diagnostics;

/// <summary>Spec text quoted in a diagnostic can never start a line of its own nor read differently from what it says.</summary>
public sealed class DiagnosticTextTests
{
    [Theory]
    [InlineData("a\nfile(7,7): error SF1001: forged", "a\\nfile(7,7): error SF1001: forged")]
    [InlineData("a\r\nb", "a\\r\\nb")]
    [InlineData("a\u2028b\u2029c\u0085d", "a\\u2028b\\u2029c\\u0085d")]
    [InlineData("a\u202Eb\u2066c", "a\\u202Eb\\u2066c")]
    [InlineData("nul\0 esc\u001b[31m", "nul\\u0000 esc\\u001B[31m")]
    [InlineData("plain text, ünïcödé and 名前", "plain text, ünïcödé and 名前")]
    public void Messages_and_paths_are_escaped_at_construction(string raw, string shown)
    {
        var diagnostic = SpecDiagnostic.Create(DiagnosticCatalog.UnresolvedReference, raw, raw, 3, 4);

        Assert.Equal(shown, diagnostic.Message);
        Assert.Equal(shown, diagnostic.FilePath);
        Assert.Equal(shown, (diagnostic with { Message = raw }).Message);
        Assert.DoesNotContain('\n', diagnostic.ToString());
    }

    [Fact]
    public void A_lone_surrogate_is_escaped_and_a_pair_kept()
    {
        // Built at run time: an attribute argument cannot carry a lone surrogate through metadata.
        var raw = "lone " + (char)0xD800 + " pair 😀";

        Assert.Equal("lone \\uD800 pair 😀", SpecDiagnostic.Create(DiagnosticCatalog.UnresolvedReference, raw, "f").Message);
    }
}
