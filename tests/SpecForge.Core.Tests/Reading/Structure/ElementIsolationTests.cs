using System;
using System.Linq;
using System.Text.Json.Nodes;
using SpecForge.Core.Reading;

namespace SpecForge.Core.Tests.Reading.Structure;

/// <summary>When Microsoft.OpenApi throws anyway, only the elements it cannot read are left out, in document order.</summary>
public sealed class ElementIsolationTests
{
    private static JsonObject Document() => JsonNode.Parse("""
        {
          "openapi": "3.1.0",
          "paths": { "/a": {}, "/b": { "poison": true }, "/c": {}, "/d": {} },
          "components": { "schemas": { "A": {}, "B": { "poison": true }, "C": {} } }
        }
        """)!.AsObject();

    // Stands in for the reader: it throws whenever a poisoned element is in the document.
    private static string Read(JsonObject root) =>
        root.ToJsonString().Contains("poison", StringComparison.Ordinal)
            ? throw new FormatException("poisoned")
            : string.Join(",", ((JsonObject)root["paths"]!).Select(p => p.Key).Concat(((JsonObject)root["components"]!["schemas"]!).Select(s => s.Key)));

    [Fact]
    public void Each_element_the_reader_fails_on_is_left_out_and_named_and_the_rest_keeps_its_order()
    {
        var (result, removed) = ElementIsolation.Read(Document(), Read);

        Assert.Equal("/a,/c,/d,A,C", result);
        Assert.Equal(new[] { "/paths/~1b", "/components/schemas/B" }, removed.Select(r => r.Pointer));
        Assert.All(removed, r => Assert.IsType<FormatException>(r.Failure));
    }

    [Fact]
    public void A_document_that_reads_is_read_once_and_untouched()
    {
        var calls = 0;
        var clean = JsonNode.Parse("""{ "paths": { "/a": {}, "/b": {} }, "components": { "schemas": { "A": {} } } }""")!.AsObject();

        var (result, removed) = ElementIsolation.Read(clean, root => { calls++; return Read(root); });

        Assert.Equal(("/a,/b,A", 1), (result, calls));
        Assert.Empty(removed);
    }

    [Fact]
    public void A_failure_no_single_element_causes_is_rethrown_with_the_document_as_it_was()
    {
        var document = JsonNode.Parse("""{ "paths": { "/a": {}, "/b": {} }, "components": { "schemas": { "A": {} } } }""")!.AsObject();
        var before = document.ToJsonString();

        // Only /a and /b together fail, as two elements that refer to each other can.
        Assert.Throws<FormatException>(() => ElementIsolation.Read(document, root =>
            ((JsonObject)root["paths"]!).Count == 2 ? throw new FormatException("pair") : "ok"));

        Assert.Equal(before, document.ToJsonString());
    }
}
