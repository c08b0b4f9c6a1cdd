using System.Linq;
using SpecForge.Runtime.Mocking;
using Xunit;

namespace SpecForge.Runtime.Tests.Mocking;

public sealed class MockRoutingTests
{
    private static readonly MockEngine Engine = MockTestHost.Pets();

    [Fact]
    public void A_literal_segment_beats_a_parameter()
    {
        var response = Engine.Send("GET", "/pets/mine");

        Assert.Equal(200, response.Status);
        Assert.Equal("Mine", response.Json()[0].GetProperty("name").GetString());
    }

    [Fact]
    public void A_parameter_segment_matches_what_no_literal_does()
    {
        var response = Engine.Send("GET", "/pets/42");

        Assert.Equal(200, response.Status);
        Assert.Equal("200 example 'cat'", response.Outcome);
    }

    [Fact]
    public void An_unknown_path_is_404_problem()
    {
        var response = Engine.Send("GET", "/owners");

        Assert.Equal(404, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
        Assert.Equal("404 no route", response.Outcome);
        Assert.Equal(404, response.Json().GetProperty("status").GetInt32());
    }

    [Fact]
    public void A_known_path_with_another_method_is_405_with_Allow()
    {
        var response = Engine.Send("PATCH", "/pets/3");

        Assert.Equal(405, response.Status);
        Assert.Equal("GET, DELETE", response.Header("Allow"));
    }

    [Fact]
    public void Mixed_segments_take_the_text_before_the_literal_suffix()
    {
        var template = PathTemplate.Parse("/pets/{petId}/photos/{file}.json");
        var values = new System.Collections.Generic.Dictionary<string, string>();

        Assert.True(template.TryMatch("/pets/5/photos/a.b.json", values));
        Assert.Equal("a.b", values["file"]);
        Assert.False(template.TryMatch("/pets/5/photos/a.xml", values));
        Assert.Equal(200, Engine.Send("GET", "/pets/5/photos/cover.json").Status);
        Assert.Equal(404, Engine.Send("GET", "/pets/5/photos/cover.xml").Status);
    }

    [Fact]
    public void Path_values_are_percent_decoded_after_splitting()
    {
        var template = PathTemplate.Parse("/files/{name}");
        var values = new System.Collections.Generic.Dictionary<string, string>();

        Assert.True(template.TryMatch("/files/a%2Fb%20c", values));
        Assert.Equal("a/b c", values["name"]);
    }

    [Fact]
    public void A_trailing_slash_routes_like_the_path_without_it()
    {
        Assert.Equal(200, Engine.Send("GET", "/pets/mine/").Status);
    }

    [Fact]
    public void Route_templates_keep_valid_names_and_rename_the_rest()
    {
        Assert.Equal("/pets/{petId}/photos/{file}.json", PathTemplate.Parse("/pets/{petId}/photos/{file}.json").RouteTemplate);
        Assert.Equal("/widgets/{id_with_dots}/{id_with_dots2}", PathTemplate.Parse("/widgets/{id.with.dots}/{id-with-dots}").RouteTemplate);
        Assert.Equal("/", PathTemplate.Parse("/").RouteTemplate);
    }

    [Fact]
    public void Operations_come_in_document_order_with_their_route_templates()
    {
        var operations = Engine.Operations;

        Assert.Equal(new[] { "listPets", "createPet", "listMyPets", "getPet" }, operations.Take(4).Select(o => o.OperationId));
        Assert.Equal("GET", operations[0].Method);
        Assert.Equal("/pets/{petId}", operations[3].PathTemplate);
        Assert.Equal("/pets/{petId}", operations[3].RouteTemplate);
    }

    [Fact]
    public void A_routed_operation_can_be_handled_directly()
    {
        var operation = Engine.Operations.Single(o => o.OperationId == "getPet");

        var response = Engine.Handle(operation, new MockRequest("GET", "/pets/9", "", new System.Collections.Generic.Dictionary<string, string>(), System.Array.Empty<byte>()));

        Assert.Equal(200, response.Status);
    }

    [Fact]
    public void The_spec_is_served_at_openapi_json()
    {
        var response = Engine.Send("GET", "/openapi.json");

        Assert.Equal(200, response.Status);
        Assert.Equal("application/json", response.ContentType);
        Assert.Equal(MockTestHost.PetsSpec, response.Body);
        Assert.Same(Engine.SpecJson, response.Body);
    }

    [Fact]
    public void Head_is_answered_like_get_without_a_body()
    {
        var response = Engine.Send("HEAD", "/pets/mine");

        Assert.Equal(200, response.Status);
        Assert.Equal("application/json", response.ContentType);
        Assert.Empty(response.Body);
    }

    [Fact]
    public void OnExchange_sees_every_request_and_answer()
    {
        var seen = new System.Collections.Generic.List<string>();
        var engine = MockTestHost.Pets(new MockServerOptions { OnExchange = (request, response) => seen.Add(request.Method + " " + request.Path + " -> " + response.Outcome) });

        engine.Send("GET", "/nowhere");
        engine.Send("GET", "/pets/mine");

        Assert.Equal(new[] { "GET /nowhere -> 404 no route", "GET /pets/mine -> 200 example" }, seen);
    }
}
