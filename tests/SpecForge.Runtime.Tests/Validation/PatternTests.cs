using System;
using System.Diagnostics;
using SpecForge.Runtime.Validation;

namespace SpecForge.Runtime.Tests.Validation;

public sealed class PatternTests
{
    [Theory]
    [InlineData(@"^\d+$", @"^[0-9]+\z")]
    [InlineData(@"\D", @"[^0-9]")]
    [InlineData(@"\w\W", @"[a-zA-Z0-9_][^a-zA-Z0-9_]")]
    [InlineData(@"[\d.-]", @"[0-9.-]")]
    [InlineData(@"[^\w-]", @"[^a-zA-Z0-9_-]")]
    [InlineData(@"(?<year>\d{4})-\k<year>", @"(?<year>[0-9]{4})-\k<year>")]
    [InlineData(@"(?:a|b)+?(?=c)(?!d)(?<=e)(?<!f)", @"(?:a|b)+?(?=c)(?!d)(?<=e)(?<!f)")]
    [InlineData(@"a{2,3}b{,5}", @"a{2,3}b\{,5}")]
    [InlineData(@"a b#", @"a\ b\#")]
    [InlineData(@"[]", @"(?!)")]
    [InlineData(@"[[a-]", @"[\[a-]")]
    [InlineData(@"\u{1F600}", @"(?:\uD83D\uDE00)")]
    [InlineData(@"\0", @"\x00")]
    [InlineData(@"\/\.\$", @"\/\.\$")]
    public void Translates_ecma_syntax_to_dotnet(string ecma, string dotnet) =>
        Assert.Equal(dotnet, ConstraintRules.TranslatePattern(ecma));

    [Theory]
    [InlineData(@"^\d+$", "123", true)]
    [InlineData(@"^\d+$", "١٢٣", false)] // Arabic-Indic digits: \d in .NET, not in ECMA-262
    [InlineData(@"^\w+$", "abc_9", true)]
    [InlineData(@"^\w+$", "café", false)]
    [InlineData(@"^[\w]+$", "é", false)]
    [InlineData(@"^\W$", "é", true)]
    [InlineData(@"^[^\W]$", "é", false)]
    [InlineData(@"^\s$", "\u00A0", true)]
    [InlineData(@"^\s$", "\uFEFF", true)]
    [InlineData(@"^\s$", "\u0085", false)] // NEXT LINE: whitespace to .NET, not to ECMA-262
    [InlineData(@"^[\S]$", "\u0085", true)]
    [InlineData(@"^[a-z]+$", "abc", true)]
    [InlineData(@"^[a-z]+$", "abc\n", false)] // .NET's '$' would match before the final newline
    [InlineData(@"^a.c$", "abc", true)]
    [InlineData(@"^a.c$", "a\rc", false)]
    [InlineData(@"^a.c$", "a\u2028c", false)]
    [InlineData(@"[^]", "x", true)]
    [InlineData(@"[]", "x", false)]
    [InlineData("b", "abc", true)] // patterns are not anchored
    [InlineData("^b", "abc", false)]
    [InlineData(@"\bfoo\b", "éfoo", true)] // é is no ECMA word character, so a boundary precedes foo
    [InlineData(@"\Bfoo", "éfoo", false)]
    [InlineData(@"^[\b]$", "\b", true)]
    [InlineData(@"^\u{1F600}$", "😀", true)]
    [InlineData(@"^\+[1-9][0-9]{1,14}$", "+4915112345678", true)]
    public void Matches_as_ecma_262_does(string pattern, string value, bool expected) =>
        Assert.Equal(expected, ConstraintRules.MatchesPattern(value, pattern));

    [Theory]
    [InlineData("(?i)x")]
    [InlineData("[unclosed")]
    public void A_pattern_that_does_not_translate_constrains_nothing(string pattern)
    {
        Assert.True(ConstraintRules.MatchesPattern("anything", pattern));
        Assert.False(ConstraintRules.IsSupportedPattern(pattern));
    }

    [Theory]
    [InlineData("(?i)abc", "inline options '(?i'", 0)]
    [InlineData("ab(?-i:c)", "inline options '(?-'", 2)]
    [InlineData("a(?#note)", "a comment group '(?#'", 1)]
    [InlineData("(?>ab)", "an atomic group '(?>'", 0)]
    [InlineData("a++", "a possessive quantifier", 2)]
    [InlineData("a{2}+", "a possessive quantifier", 4)]
    [InlineData(@"\Aabc", @"the .NET anchor '\A'", 0)]
    [InlineData(@"abc\Z", @"the .NET anchor '\Z'", 3)]
    [InlineData(@"abc\z", @"the .NET anchor '\z'", 3)]
    [InlineData(@"\Gabc", @"the .NET anchor '\G'", 0)]
    [InlineData("(?(1)a|b)", "a conditional '(?('", 0)]
    [InlineData("(?'name'a)", "a .NET named group", 0)]
    [InlineData(@"\e", @"the escape '\e'", 0)]
    [InlineData("[abc", "a character class that is never closed", 0)]
    [InlineData(@"abc\", "a trailing backslash", 3)]
    [InlineData(@"\x4", "an incomplete hexadecimal escape", 0)]
    public void Rejects_what_ecma_262_lacks_naming_construct_and_index(string pattern, string construct, int index)
    {
        var error = Assert.Throws<ArgumentException>(() => ConstraintRules.TranslatePattern(pattern));

        Assert.Contains(construct, error.Message, StringComparison.Ordinal);
        Assert.Contains("at index " + index, error.Message, StringComparison.Ordinal);
        Assert.False(ConstraintRules.IsSupportedPattern(pattern));
    }

    [Theory]
    [InlineData("(abc")]
    [InlineData("a)")]
    [InlineData("[z-a]")]
    [InlineData("a**")]
    public void Rejects_syntax_errors_with_an_argument_exception(string pattern)
    {
        var error = Assert.Throws<ArgumentException>(() => ConstraintRules.TranslatePattern(pattern));

        Assert.Contains(pattern, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_match_that_runs_out_of_time_counts_as_no_match()
    {
        const string Pathological = @"^(\w+\s?)+$";
        var input = new string('a', 5000) + "!";
        var clock = Stopwatch.StartNew();

        var matched = ConstraintRules.MatchesPattern(input, Pathological, TimeSpan.FromMilliseconds(1));

        Assert.False(matched);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"The match took {clock.Elapsed}, so the timeout did not stop it.");
        Assert.True(ConstraintRules.MatchesPattern("a b c", Pathological, TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public void The_cached_regex_gives_the_same_answer_every_time()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.True(ConstraintRules.MatchesPattern("ab12", "^[a-z]+[0-9]+$"));
            Assert.False(ConstraintRules.MatchesPattern("12ab", "^[a-z]+[0-9]+$"));
        }
    }
}
