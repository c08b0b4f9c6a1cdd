using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using SpecForge.Runtime.Mocking;
using Xunit;

namespace SpecForge.Runtime.Tests.Mocking;

/// <summary>Stateful mode: writes to /things and /things/{thingId} change what later reads return.</summary>
public sealed class MockStateTests
{
    private static MockEngine Stateful() => MockTestHost.Pets(new MockServerOptions { Stateful = true });

    [Fact]
    public void Create_read_list_replace_patch_delete()
    {
        var engine = Stateful();

        var created = engine.Send("POST", "/things", "{\"name\":\"lamp\",\"color\":\"red\"}");
        Assert.Equal(201, created.Status);
        var id = created.Json().GetProperty("id").GetString()!;
        Assert.True(Guid.TryParse(id, out _), "the id comes from the path parameter's uuid schema: " + id);

        var read = engine.Send("GET", "/things/" + id);
        Assert.Equal(200, read.Status);
        Assert.Equal("lamp", read.Json().GetProperty("name").GetString());

        engine.Send("POST", "/things", "{\"id\":\"0b9b5b0e-0000-4000-8000-000000000001\",\"name\":\"desk\"}");
        var list = engine.Send("GET", "/things");
        Assert.Equal(200, list.Status);
        Assert.Equal(new[] { "lamp", "desk" }, list.Json().GetProperty("data").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.True(list.Json().TryGetProperty("total", out _), "the rest of the response shape is kept");

        var replaced = engine.Send("PUT", "/things/" + id, "{\"name\":\"bulb\"}");
        Assert.Equal(200, replaced.Status);
        Assert.Equal(id, replaced.Json().GetProperty("id").GetString());
        Assert.False(replaced.Json().TryGetProperty("color", out _));

        var patched = engine.Send("PATCH", "/things/" + id, "{\"color\":\"blue\",\"name\":null}", ("Content-Type", "application/merge-patch+json"));
        Assert.Equal(200, patched.Status);
        Assert.Equal("blue", patched.Json().GetProperty("color").GetString());
        Assert.False(string.IsNullOrEmpty(patched.Json().GetProperty("name").GetString()), "removing a required member leaves a body the response schema rejects, so the mock fills it");

        var deleted = engine.Send("DELETE", "/things/" + id);
        Assert.Equal(204, deleted.Status);
        Assert.Empty(deleted.Body);
        Assert.Equal(404, engine.Send("GET", "/things/" + id).Status);
        Assert.Equal(404, engine.Send("DELETE", "/things/" + id).Status);
        Assert.Single(engine.Send("GET", "/things").Json().GetProperty("data").EnumerateArray());
    }

    [Fact]
    public void An_unknown_item_is_a_404_problem()
    {
        var response = Stateful().Send("GET", "/things/0b9b5b0e-0000-4000-8000-00000000abcd");

        Assert.Equal(404, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
    }

    [Fact]
    public void Invalid_writes_are_still_rejected_and_not_stored()
    {
        var engine = Stateful();

        Assert.Equal(422, engine.Send("POST", "/things", "{\"color\":\"red\"}").Status);
        Assert.Empty(engine.Send("GET", "/things").Json().GetProperty("data").EnumerateArray());
    }

    [Fact]
    public void Prefer_code_bypasses_the_store()
    {
        var response = Stateful().Send("GET", "/things/0b9b5b0e-0000-4000-8000-00000000abcd", null, ("Prefer", "code=200"));

        Assert.Equal(200, response.Status);
    }

    [Fact]
    public void Without_stateful_mode_writes_change_nothing()
    {
        var engine = MockTestHost.Pets();

        var created = engine.Send("POST", "/things", "{\"name\":\"lamp\"}");
        var read = engine.Send("GET", "/things/" + Guid.NewGuid());

        Assert.Equal(201, created.Status);
        Assert.Equal(200, read.Status);
        Assert.Equal("201 synthesized", created.Outcome);
    }

    [Fact]
    public void Concurrent_creates_are_all_kept()
    {
        var engine = Stateful();

        Parallel.For(0, 200, i => engine.Send("POST", "/things", "{\"name\":\"n" + i + "\"}"));

        Assert.Equal(200, engine.Send("GET", "/things").Json().GetProperty("data").GetArrayLength());
    }

    // The request body's schema has a string id (or none); the response's has an integer one, and requires more.
    private const string MismatchedIds = """
        {'openapi':'3.0.3','info':{'title':'t','version':'1'},'paths':{
          '/orders':{'post':{'operationId':'createOrder',
            'requestBody':{'required':true,'content':{'application/json':{'schema':{'$ref':'#/components/schemas/NewOrder'}}}},
            'responses':{'201':{'description':'Created','content':{'application/json':{'schema':{'$ref':'#/components/schemas/Order'}}}}}}},
          '/orders/{orderId}':{'get':{'operationId':'getOrder',
            'parameters':[{'name':'orderId','in':'path','required':true,'schema':{'type':'string'}}],
            'responses':{'200':{'description':'Order','content':{'application/json':{'schema':{'$ref':'#/components/schemas/Order'}}}}}}}},
          'components':{'schemas':{
            'NewOrder':{'type':'object','required':['item'],'properties':{'id':{'type':'string'},'item':{'type':'string'},'quantity':{'type':'string'}}},
            'Order':{'type':'object','required':['id','item','status'],'properties':{'id':{'type':'integer','format':'int64'},'item':{'type':'string'},'quantity':{'type':'integer'},'status':{'type':'string','enum':['placed','shipped']}}}}}}
        """;

    [Fact]
    public void A_created_object_is_shaped_to_the_response_schema_and_read_back_by_its_new_id()
    {
        var engine = MockTestHost.FromJson(MismatchedIds, new MockServerOptions { Stateful = true });

        var first = engine.Send("POST", "/orders", "{'id':'abc','item':'lamp','quantity':'two'}".Replace('\'', '"')).Json();
        var second = engine.Send("POST", "/orders", "{'item':'desk'}".Replace('\'', '"')).Json();

        Assert.Equal(JsonValueKind.Number, first.GetProperty("id").ValueKind);
        Assert.Equal("lamp", first.GetProperty("item").GetString());
        Assert.Equal(JsonValueKind.Number, first.GetProperty("quantity").ValueKind);
        Assert.Contains(first.GetProperty("status").GetString(), new[] { "placed", "shipped" });
        Assert.NotEqual(first.GetProperty("id").GetInt64(), second.GetProperty("id").GetInt64());

        var read = engine.Send("GET", "/orders/" + first.GetProperty("id").GetInt64());
        Assert.Equal(200, read.Status);
        Assert.Equal(first.GetRawText(), read.Json().GetRawText());
    }

    [Fact]
    public void A_given_id_that_fits_the_response_is_kept()
    {
        var engine = MockTestHost.FromJson(MismatchedIds.Replace("'id':{'type':'string'}", "'id':{'type':'integer'}"), new MockServerOptions { Stateful = true });

        var created = engine.Send("POST", "/orders", "{'id':42,'item':'lamp'}".Replace('\'', '"')).Json();

        Assert.Equal(42, created.GetProperty("id").GetInt64());
        Assert.Equal(200, engine.Send("GET", "/orders/42").Status);
    }

    // The petstore shape: the resource is the create body plus an id, through allOf, and the path says petId.
    private const string ComposedResource = """
        {'openapi':'3.1.0','info':{'title':'t','version':'1'},
          'paths':{
            '/pets':{'post':{'requestBody':{'required':true,'content':{'application/json':{'schema':{'$ref':'#/components/schemas/NewPet'}}}},
              'responses':{'201':{'description':'Created','content':{'application/json':{'schema':{'$ref':'#/components/schemas/Pet'}}}}}}},
            '/pets/{petId}':{'get':{'parameters':[{'name':'petId','in':'path','required':true,'schema':{'type':'integer','format':'int64'}}],
              'responses':{'200':{'description':'Pet','content':{'application/json':{'schema':{'$ref':'#/components/schemas/Pet'}}}}}}}},
          'components':{'schemas':{
            'NewPet':{'type':'object','required':['name'],'properties':{'name':{'type':'string'}}},
            'Pet':{'allOf':[{'$ref':'#/components/schemas/NewPet'},{'type':'object','required':['id'],'properties':{'id':{'type':'integer','format':'int64'}}}]}}}}
        """;

    [Fact]
    public void A_resource_composed_with_allOf_keeps_its_id_member_and_is_read_back_by_it()
    {
        var engine = MockTestHost.FromJson(ComposedResource, new MockServerOptions { Stateful = true });

        var created = engine.Send("POST", "/pets", "{\"name\":\"Rex\"}").Json();

        Assert.False(created.TryGetProperty("petId", out _), "the id goes into the resource's own id member, not one named after the path parameter");
        var read = engine.Send("GET", "/pets/" + created.GetProperty("id").GetInt64());
        Assert.Equal(200, read.Status);
        Assert.Equal("Rex", read.Json().GetProperty("name").GetString());
    }

    [Fact]
    public void Merge_patch_follows_rfc_7396()
    {
        using var target = System.Text.Json.JsonDocument.Parse("{\"a\":\"b\",\"c\":{\"d\":\"e\",\"f\":\"g\"}}");
        using var patch = System.Text.Json.JsonDocument.Parse("{\"a\":\"z\",\"c\":{\"f\":null},\"n\":{\"x\":null,\"y\":1}}");

        var merged = MockState.MergePatch(target.RootElement, patch.RootElement);

        Assert.Equal("{\"a\":\"z\",\"c\":{\"d\":\"e\"},\"n\":{\"y\":1}}", merged.GetRawText());
    }
}
