using SpecForge.Core.Diagnostics;
using SpecForge.Core.Reading;

namespace SpecForge.Core.Tests.Reading;

public sealed class SourceLocatorTests
{
    private const string Json = "{\n  \"paths\": {\n    \"/pets/{id}\": {\n      \"get\": { \"tags\": [\"a\", \"b\"] }\n    }\n  },\n  \"ñame\": 1, \"x\": 2\n}\n";

    [Theory]
    [InlineData("", 1, 1)]
    [InlineData("/paths", 2, 3)]
    [InlineData("/paths/~1pets~1{id}", 3, 5)]
    [InlineData("/paths/~1pets~1{id}/get", 4, 7)]
    [InlineData("/paths/~1pets~1{id}/get/tags/1", 4, 30)]
    [InlineData("#/paths/~1pets~1{id}/get", 4, 7)]
    public void Json_pointers_resolve_to_the_member_or_item(string pointer, int line, int column)
    {
        var locator = new JsonSourceLocator(System.Text.Encoding.UTF8.GetBytes(Json));

        Assert.Equal(new SourcePosition(line, column), locator.Locate(pointer));
    }

    [Fact]
    public void Columns_count_characters_not_bytes()
    {
        var locator = new JsonSourceLocator(System.Text.Encoding.UTF8.GetBytes(Json));

        // "ñame" is two bytes wide in UTF-8 for its first letter; "x" still sits at character 14.
        Assert.Equal(new SourcePosition(7, 14), locator.Locate("/x"));
    }

    [Fact]
    public void An_imprecise_pointer_falls_back_to_the_nearest_ancestor()
    {
        var locator = new JsonSourceLocator(System.Text.Encoding.UTF8.GetBytes(Json));

        Assert.Equal(new SourcePosition(4, 7), locator.Locate("/paths/~1pets~1{id}/get/parameters/in"));
    }

    [Fact]
    public void Yaml_pointers_resolve_to_keys_and_items()
    {
        var tree = YamlTextParser.Parse("a.yaml", "openapi: 3.0.0\npaths:\n  /pets:\n    get:\n      tags:\n        - one\n        - two\n");

        Assert.Equal(new SourcePosition(3, 3), tree.Locator.Locate("/paths/~1pets"));
        Assert.Equal(new SourcePosition(7, 11), tree.Locator.Locate("/paths/~1pets/get/tags/1"));
        Assert.Equal(new SourcePosition(4, 5), tree.Locator.Locate("/paths/~1pets/get/nothing/here"));
    }
}
