using System.Text.Json;
using System.Text.Json.Nodes;
using SpecForge.Core.Reading;

namespace SpecForge.Core.Tests.Reading;

public sealed class YamlTextParserTests
{
    [Fact]
    public void Plain_scalars_follow_the_core_schema_and_quoted_ones_stay_strings()
    {
        var root = Parse("a: 12\nb: -3.50\nc: true\nd: ~\ne: null\nf: '12'\ng: \"true\"\nh: hello\ni: 1e3\nj: 0x1F\n");

        Assert.Equal(JsonValueKind.Number, root["a"]!.GetValueKind());
        Assert.Equal("-3.50", root["b"]!.ToJsonString());
        Assert.Equal(JsonValueKind.True, root["c"]!.GetValueKind());
        Assert.Null(root["d"]);
        Assert.Null(root["e"]);
        Assert.Equal("12", root["f"]!.GetValue<string>());
        Assert.Equal("true", root["g"]!.GetValue<string>());
        Assert.Equal("hello", root["h"]!.GetValue<string>());
        Assert.Equal(JsonValueKind.Number, root["i"]!.GetValueKind());

        // YAML 1.2's core schema has no hex integers in plain form that JSON could carry: kept as text.
        Assert.Equal("0x1F", root["j"]!.GetValue<string>());
    }

    [Fact]
    public void An_unquoted_version_keeps_its_written_scale()
    {
        Assert.Equal("3.0", Parse("openapi: 3.0\n")["openapi"]!.ToJsonString());
    }

    [Fact]
    public void Anchors_aliases_and_merge_keys_expand()
    {
        var root = Parse("base: &base\n  type: string\n  format: uuid\nid:\n  <<: *base\n  format: date\ncopy: *base\n");

        Assert.Equal("string", root["id"]!["type"]!.GetValue<string>());
        Assert.Equal("date", root["id"]!["format"]!.GetValue<string>());
        Assert.Equal("uuid", root["copy"]!["format"]!.GetValue<string>());
        Assert.False(root["id"]!.AsObject().ContainsKey("<<"));
    }

    [Fact]
    public void A_duplicate_key_is_malformed_yaml_at_the_repeated_key()
    {
        var tree = YamlTextParser.Parse("spec.yaml", "a: 1\nb: 2\na: 3\n");

        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal(("SF1002", 3, 1), (diagnostic.Id, diagnostic.Line, diagnostic.Column));
        Assert.Contains("Duplicate key", diagnostic.Message);
    }

    [Fact]
    public void Malformed_yaml_reports_SF1002_with_a_position()
    {
        var unclosed = YamlTextParser.Parse("spec.yaml", "a: [1, 2\nb: 3\n");
        var badIndent = YamlTextParser.Parse("spec.yaml", "a:\n  b: 1\n c: 2\n");

        Assert.Null(unclosed.Root);
        Assert.Equal(("SF1002", "spec.yaml", 1, 5), Single(unclosed));
        Assert.Equal(("SF1002", "spec.yaml", 3, 2), Single(badIndent));
    }

    [Fact]
    public void A_block_scalar_whose_first_line_is_only_deeper_spaces_is_accepted_as_libyaml_does()
    {
        var root = Parse("a:\n  example: |+\n      \n  nullable: true\nb: 2\n");

        Assert.Equal("\n", root["a"]!["example"]!.GetValue<string>());
        Assert.Equal(JsonValueKind.True, root["a"]!["nullable"]!.GetValueKind());
    }

    [Fact]
    public void An_alias_inside_its_own_anchor_stops_at_the_depth_limit_instead_of_overflowing()
    {
        var tree = YamlTextParser.Parse("spec.yaml", "a: &a\n  - *a\n");

        Assert.Contains(tree.Diagnostics, d => d.Id == "SF1009");
        Assert.Null(tree.Root);
    }

    private static (string, string, int, int) Single(ParsedTree tree)
    {
        var diagnostic = Assert.Single(tree.Diagnostics);
        return (diagnostic.Id, diagnostic.FilePath, diagnostic.Line, diagnostic.Column);
    }

    private static JsonNode Parse(string yaml)
    {
        var tree = YamlTextParser.Parse("spec.yaml", yaml);
        Assert.Empty(tree.Diagnostics);
        return tree.Root!;
    }
}
