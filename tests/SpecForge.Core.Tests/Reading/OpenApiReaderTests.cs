using System.IO;
using System.Linq;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Reading;
using SpecForge.Tests.Shared;

namespace SpecForge.Core.Tests.Reading;

public sealed class OpenApiReaderTests
{
    [Theory]
    [InlineData("store-v2.json", 3)]
    [InlineData("store-v2.yaml", 3)]
    [InlineData("store-v30.json", 4)]
    [InlineData("store-v30.yaml", 4)]
    [InlineData("store-v31.json", 2)]
    [InlineData("store-v31.yaml", 2)]
    public void Every_version_and_syntax_reads_without_diagnostics(string fixture, int operations)
    {
        var path = RepoPaths.InRepo("tests", "SpecForge.Generator.Tests", "Fixtures", fixture);

        var result = OpenApiReader.Read(path, File.ReadAllText(path));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(operations, result.Document!.Paths.Sum(p => p.Value.Operations!.Count));
    }

    [Fact]
    public void A_byte_order_mark_is_ignored()
    {
        var result = OpenApiReader.Read("a.json", "\uFEFF{\"openapi\":\"3.0.0\",\"info\":{\"title\":\"T\",\"version\":\"1\"},\"paths\":{}}");

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Document);
    }

    [Theory]
    [InlineData("a.json", "{\"asyncapi\": \"2.0.0\"}")]
    [InlineData("a.yaml", "- just\n- a list\n")]
    [InlineData("a.yaml", "")]
    public void A_document_that_is_not_openapi_is_SF1003(string path, string text)
    {
        var result = OpenApiReader.Read(path, text);

        Assert.Null(result.Document);
        Assert.Equal("SF1003", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void An_unknown_extension_is_sniffed()
    {
        var json = OpenApiReader.Read("spec.txt", "{\"openapi\":\"3.0.0\",\"info\":{\"title\":\"T\",\"version\":\"1\"},\"paths\":{}}");
        var yaml = OpenApiReader.Read("spec.txt", "openapi: 3.0.0\ninfo: {title: T, version: '1'}\npaths: {}\n");

        Assert.NotNull(json.Document);
        Assert.NotNull(yaml.Document);
    }

    [Fact]
    public void A_structural_error_in_a_usable_document_is_a_warning_located_at_the_member()
    {
        var text = "openapi: 3.0.0\ninfo: {title: T, version: '1'}\npaths:\n  /a:\n    get:\n      parameters:\n        - name: x\n          in: nowhere\n      responses:\n        '200': {description: ok}\n";

        var result = OpenApiReader.Read("spec.yaml", text);

        Assert.NotNull(result.Document);
        Assert.All(result.Diagnostics, d => Assert.Equal(SpecSeverity.Warning, d.Severity));
        var structural = Assert.Single(result.Diagnostics, d => d.Id == "SF1004");
        Assert.Equal((8, 11), (structural.Line, structural.Column));
        Assert.Contains("\"nowhere\"", structural.Message, System.StringComparison.Ordinal);
    }

    [CorpusFact]
    public void The_github_spec_reads_with_warnings_at_most()
    {
        var path = Path.Combine(RepoPaths.Corpus, "large", "github-api.github.com.json");

        var result = OpenApiReader.Read(path, File.ReadAllText(path));

        Assert.NotNull(result.Document);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == SpecSeverity.Error);
        Assert.True(result.Document!.Paths.Count > 300);
    }
}
