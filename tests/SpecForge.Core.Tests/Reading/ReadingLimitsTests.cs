using System.Linq;
using System.Text;
using SpecForge.Core.Reading;

namespace SpecForge.Core.Tests.Reading;

/// <summary>No input can exhaust memory or the stack: each limit is a located error, and real specs stay far inside.</summary>
public sealed class ReadingLimitsTests
{
    [Fact]
    public void Nested_yaml_aliases_stop_at_the_expansion_limit_with_SF1012_at_what_they_repeat()
    {
        var yaml = new StringBuilder("openapi: 3.0.0\ninfo: {title: T, version: '1'}\npaths: {}\nx-a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i <= 8; i++)
        {
            yaml.Append($"x-a{i}: &a{i} [").Append(string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))).Append("]\n");
        }

        var tree = YamlTextParser.Parse("bomb.yaml", yaml.ToString());

        Assert.Null(tree.Root);
        var error = Assert.Single(tree.Diagnostics);
        Assert.Equal("SF1012", error.Id);
        // Aliases share their anchor's node, so the position is the anchored value they repeat.
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void A_few_aliases_read_as_the_values_they_stand_for()
    {
        var tree = YamlTextParser.Parse("ok.yaml", "base: &base {type: string}\na: *base\nb: *base\n");

        Assert.Empty(tree.Diagnostics);
        Assert.Equal("string", tree.Root!["b"]!["type"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("json")]
    [InlineData("yaml")]
    public void Nesting_past_the_depth_limit_is_SF1009_before_any_recursive_reader_sees_it(string format)
    {
        const int depth = 5000;
        var text = "{\"openapi\":\"3.0.0\",\"x\":" + new string('[', depth) + new string(']', depth) + "}";

        // On the thread the build would use: a stack overflow here would end the process, not fail the test.
        var tree = RunOnSmallStack(() => SpecFormats.Parse("deep." + format, text));

        Assert.Null(tree.Root);
        Assert.Equal("SF1009", Assert.Single(tree.Diagnostics).Id);
    }

    [Fact]
    public void A_file_past_the_size_limit_is_SF1012_and_not_parsed()
    {
        var result = OpenApiReader.Read("huge.json", new string(' ', ReadingLimits.MaxDocumentChars + 1));

        Assert.Null(result.Document);
        Assert.Equal("SF1012", Assert.Single(result.Diagnostics).Id);
    }

    private static ParsedTree RunOnSmallStack(System.Func<ParsedTree> parse)
    {
        ParsedTree? result = null;
        var thread = new System.Threading.Thread(() => result = parse(), 1024 * 1024);
        thread.Start();
        thread.Join();
        return result!;
    }
}
