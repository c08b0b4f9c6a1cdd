using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Documentation.Draft;
using SpecForge.Core.Documentation.Passes;
using SpecForge.Core.Documentation.Writing;
using SpecForge.Core.Reading;
using static SpecForge.Core.Tests.Documentation.PassTests;

namespace SpecForge.Core.Tests.Documentation;

public sealed class WriterTests
{
    [Fact]
    public void Canonical_json_is_two_space_lf_with_a_final_newline_and_readable_escapes()
    {
        var node = JsonNode.Parse("""{"b":[1,{"x":"a—b <c> +1"}],"a":{},"c":[]}""");

        Assert.Equal("{\n  \"b\": [\n    1,\n    {\n      \"x\": \"a—b <c> +1\"\n    }\n  ],\n  \"a\": {},\n  \"c\": []\n}\n", CanonicalJsonWriter.Write(node));
    }

    [Fact]
    public async Task A_normalized_document_reads_back_without_diagnostics_in_both_readers()
    {
        var json = CanonicalJsonWriter.Write(OpenApiDocumentWriter.Write(Normalized()));

        var ours = OpenApiReader.Read("normalized.json", json);
        Assert.Empty(ours.Diagnostics);
        Assert.Equal(4, ours.Document!.Paths.Sum(p => p.Value.Operations!.Count));

        var nswag = await NSwag.OpenApiDocument.FromJsonAsync(json);
        Assert.Equal(4, nswag.Paths.Sum(p => p.Value.Count));
    }

    [Fact]
    public void Writing_twice_gives_the_same_bytes()
    {
        Assert.Equal(CanonicalJsonWriter.Write(OpenApiDocumentWriter.Write(Normalized())), CanonicalJsonWriter.Write(OpenApiDocumentWriter.Write(Normalized())));
    }

    [Fact]
    public void Elements_read_from_docs_carry_their_source_and_the_document_has_the_31_shape()
    {
        var document = OpenApiDocumentWriter.Write(Normalized());

        Assert.Equal("3.1.0", document["openapi"]!.GetValue<string>());
        Assert.Equal(new[] { "openapi", "info", "servers", "tags", "paths", "components" }, document.Select(m => m.Key));
        var operation = document["paths"]!["/deals/{id}"]!["get"]!;
        Assert.Equal("""{"file":"docs.md","line":3,"column":5}""", operation[Sources.Extension]!.ToJsonString());
        Assert.Equal("docs.md", operation["parameters"]![0]![Sources.Extension]!["file"]!.GetValue<string>());
        Assert.Equal("getDealsById", operation["operationId"]!.GetValue<string>());
        Assert.Equal("http", document["components"]!["securitySchemes"]!["bearerAuth"]!["type"]!.GetValue<string>());
        Assert.Equal(new[] { "get", "delete" }, document["paths"]!["/deals/{id}"]!.AsObject().Select(m => m.Key));
    }

    [Fact]
    public void An_embedded_slice_is_taken_over_in_31_form_with_the_page_texts()
    {
        var api = new DraftApi
        {
            EmbeddedOpenApi = JsonNode.Parse("""
                {"openapi":"3.0.0","info":{"title":"Mihu","version":"1.0.0"},"servers":[{"url":"https://demo.mihu.ai"}],
                 "paths":{"/api/v1/things/{uuid}":{"get":{"summary":"old","parameters":[{"name":"uuid","in":"path","required":true,"schema":{"type":"string"}}],
                   "responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Thing"},"example":{"nullable":true}}}}}}}},
                 "components":{"schemas":{"Thing":{"type":"object","properties":{"note":{"type":"string","nullable":true},"n":{"type":"integer","minimum":0,"exclusiveMinimum":true}}}}}}
                """)!.AsObject(),
        };
        api.Operations.Add(new DraftOperation { Method = "GET", RawPath = "/api/v1/things/{uuid}", Path = "/api/v1/things/{uuid}", Summary = "Get a thing", Description = "From the page.", Source = new SourceRef("page.md", 7, 1) });

        var document = OpenApiDocumentWriter.Write(api);

        var operation = document["paths"]!["/api/v1/things/{uuid}"]!["get"]!;
        Assert.Equal(("Get a thing", "From the page."), (operation["summary"]!.GetValue<string>(), operation["description"]!.GetValue<string>()));
        Assert.Equal("""{"nullable":true}""", operation["responses"]!["200"]!["content"]!["application/json"]!["example"]!.ToJsonString());
        var thing = document["components"]!["schemas"]!["Thing"]!["properties"]!;
        Assert.Equal("""["string","null"]""", thing["note"]!["type"]!.ToJsonString());
        Assert.Equal("""{"type":"integer","exclusiveMinimum":0}""", thing["n"]!.ToJsonString());
        Assert.Empty(OpenApiReader.Read("n.json", CanonicalJsonWriter.Write(document)).Diagnostics);
    }

    [Fact]
    public void Merging_inputs_keeps_the_first_and_reports_each_disagreement_where_it_is_said()
    {
        var first = new DraftApi { Title = "Mindhunters" };
        first.Servers.Add("https://demo.mihu.ai");
        var second = new DraftApi { Title = "Mihu API Documentation" };
        second.Servers.Add("https://other.mihu.ai");
        second.Operations.Add(Op("POST", "/api/v1/pools"));

        var merged = DraftMerger.Merge(new[] { first, second });

        Assert.Equal("Mindhunters", merged.Title);
        Assert.Equal(new[] { "https://demo.mihu.ai", "https://other.mihu.ai" }, merged.Servers);
        Assert.Single(merged.Operations);
        Assert.Equal(2, merged.Diagnostics.Count(d => d.Id == DiagnosticCatalog.MergeConflict));
        Assert.All(merged.Diagnostics, d => Assert.Equal(("docs.md", 3), (d.FilePath, d.Line)));
    }

    private static DraftApi Normalized()
    {
        var get = Op("GET", "/deals/:id", Param("id", "path", "uuid", required: true), Param("limit", "query", "number"));
        get.Description = "Get one deal. Returns the deal.";
        get.Scopes.Add("opportunities:read");
        var list = Op("GET", "/deals", Param("status", "query", "\"open\" | \"won\""));
        var create = Op("POST", "/deals", Param("name", "body", "string", required: true), Param("value", "body", "number"));
        create.IsWrite = true;
        var delete = Op("DELETE", "/deals/:id");
        delete.Description = "Delete a deal. Returns 204 No Content.";
        var api = Api(get, list, create, delete);
        api.Title = "Deals";
        api.Servers.Add("https://api.example.com/v1");
        api.AuthenticationText = "Authorization: Bearer <key>";
        api.Tags.Add(new DraftTag { Name = "Deals", Description = "Deals in the pipeline.", Source = new SourceRef("docs.md", 1, 1) });
        foreach (var pass in NormalizationPasses.All)
        {
            pass.Run(api);
        }

        Assert.DoesNotContain(api.Diagnostics, d => d.Severity == SpecSeverity.Error);
        return api;
    }
}
