using System.Linq;
using System.Text.Json.Nodes;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Reading;

namespace SpecForge.Core.Tests.Reading;

/// <summary>What the JSON reader repairs instead of failing on, and where it says so.</summary>
public sealed class JsonRepairTests
{
    private const string Path = "repairs.json";

    [Fact]
    public void Each_repair_is_reported_at_the_line_of_what_was_repaired()
    {
        // A repeated key, a lone surrogate in a string inside an array, and one in a key, each on its own line.
        var text = "{\n"
            + "  \"openapi\": \"3.1.0\",\n"
            + "  \"components\": {\"schemas\": {\n"
            + "    \"A\": {\"type\": \"object\", \"type\": \"string\"},\n"
            + "    \"B\": {\"examples\": [1, {\"title\": \"x\\ud800y\"}]},\n"
            + "    \"C\": {\"properties\": {\"k\\udc00\": {}}}\n"
            + "  }}\n"
            + "}\n";

        var tree = JsonTextParser.Parse(Path, text);

        var repairs = tree.Diagnostics.Where(d => d.Id == DiagnosticCatalog.ValueRepaired).ToList();
        Assert.Equal(3, repairs.Count);
        Assert.Contains("The key 'type' appears more than once", repairs[0].Message, System.StringComparison.Ordinal);
        Assert.Equal(4, repairs[0].Line);
        Assert.StartsWith("A string holds", repairs[1].Message, System.StringComparison.Ordinal);
        Assert.Equal(5, repairs[1].Line);
        Assert.StartsWith("A key holds", repairs[2].Message, System.StringComparison.Ordinal);
        Assert.Equal(6, repairs[2].Line);
        Assert.All(repairs, r => Assert.Equal(Path, r.FilePath));
    }

    [Fact]
    public void Repaired_values_are_kept_as_the_reader_promises()
    {
        var tree = JsonTextParser.Parse(Path, "{\"a\": 1, \"a\": 2, \"s\": [\"x\\ud800\"], \"k\\udc00\": true}");

        var root = Assert.IsType<JsonObject>(tree.Root);
        Assert.Equal(2, root["a"]!.GetValue<int>());
        Assert.Equal("x\uFFFD", root["s"]![0]!.GetValue<string>());
        Assert.True(root.ContainsKey("k\uFFFD"));
    }
}
