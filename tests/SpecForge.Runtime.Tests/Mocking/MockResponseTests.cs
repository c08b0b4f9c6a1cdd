using System.Linq;
using SpecForge.Runtime.Mocking;
using Xunit;

namespace SpecForge.Runtime.Tests.Mocking;

/// <summary>Status, media type, body and headers of answers, with Prism's Prefer header.</summary>
public sealed class MockResponseTests
{
    private static readonly MockEngine Engine = MockTestHost.Pets();

    [Fact]
    public void The_first_example_that_passes_the_schema_is_the_default()
    {
        var response = Engine.Send("GET", "/pets/1");

        // "stale" comes first but breaks the schema, so "cat" (a $ref to components/examples) is served.
        Assert.Equal("200 example 'cat'", response.Outcome);
        Assert.Equal("Fluffy", response.Json().GetProperty("name").GetString());
        Assert.Equal("application/json", response.ContentType);
    }

    [Fact]
    public void Prefer_example_serves_that_example_as_written()
    {
        var dog = Engine.Send("GET", "/pets/1", null, ("Prefer", "example=dog"));
        var stale = Engine.Send("GET", "/pets/1", null, ("Prefer", "example=stale"));

        Assert.Equal("Spot", dog.Json().GetProperty("name").GetString());
        Assert.Equal("200 example 'dog'", dog.Outcome);
        Assert.Equal("not a number", stale.Json().GetProperty("id").GetString());
    }

    [Fact]
    public void Prefer_example_with_an_unknown_name_is_a_500_problem()
    {
        var response = Engine.Send("GET", "/pets/1", null, ("Prefer", "example=bird"));

        Assert.Equal(500, response.Status);
        Assert.Equal("500 no example 'bird'", response.Outcome);
    }

    [Fact]
    public void Prefer_code_picks_that_response()
    {
        var response = Engine.Send("GET", "/pets/1", null, ("Prefer", "code=404"));

        Assert.Equal(404, response.Status);
        Assert.Equal("no such pet", response.Json().GetProperty("message").GetString());
    }

    [Fact]
    public void Prefer_code_for_an_undeclared_status_is_a_500_problem_as_in_Prism()
    {
        var response = Engine.Send("GET", "/pets/1", null, ("Prefer", "code=418"));

        Assert.Equal(500, response.Status);
        Assert.Equal("500 no 418 response", response.Outcome);
        Assert.Equal("application/problem+json", response.ContentType);
    }

    [Fact]
    public void Prefer_tokens_combine_and_unknown_ones_are_ignored()
    {
        var response = Engine.Send("GET", "/pets/1", null, ("Prefer", "respond-async, code=200; example=dog, wait=5"));

        Assert.Equal(200, response.Status);
        Assert.Equal("Spot", response.Json().GetProperty("name").GetString());
    }

    [Fact]
    public void Prefer_dynamic_synthesizes_fresh_valid_data_each_time()
    {
        var first = Engine.Send("GET", "/pets/1", null, ("Prefer", "dynamic=true"));
        var second = Engine.Send("GET", "/pets/1", null, ("Prefer", "dynamic=true"));

        Assert.Equal("200 dynamic", first.Outcome);
        Assert.NotEqual(first.Text(), second.Text());
        Assert.True(first.Json().GetProperty("id").GetInt64() >= 1);
        Assert.False(first.Json().TryGetProperty("secret", out _));
    }

    [Fact]
    public void Without_examples_the_answer_is_synthesized_and_stable()
    {
        var first = Engine.Send("GET", "/pets");
        var again = Engine.Send("GET", "/pets");
        var otherSeed = MockTestHost.Pets(new MockServerOptions { Seed = 2 }).Send("GET", "/pets");

        Assert.Equal("200 synthesized", first.Outcome);
        Assert.Equal(first.Body, again.Body);
        Assert.NotEqual(first.Text(), otherSeed.Text());
        Assert.Equal(System.Text.Json.JsonValueKind.Array, first.Json().GetProperty("data").ValueKind);
    }

    [Fact]
    public void Declared_response_headers_carry_examples_or_synthesized_values()
    {
        var response = Engine.Send("GET", "/pets");

        Assert.Equal("100", response.Header("X-Rate-Limit"));
        Assert.True(System.Guid.TryParse(response.Header("X-Trace"), out _));
    }

    [Fact]
    public void Accept_chooses_among_response_media_types()
    {
        var csv = Engine.Send("GET", "/reports", null, ("Accept", "text/csv"));
        var json = Engine.Send("GET", "/reports");
        var weighted = Engine.Send("GET", "/reports", null, ("Accept", "application/json;q=0.5, text/*"));
        var none = Engine.Send("GET", "/reports", null, ("Accept", "application/xml"));

        Assert.Equal("text/csv", csv.ContentType);
        Assert.Equal("a,b\n1,2\n", csv.Text());
        Assert.Equal("application/json", json.ContentType);
        Assert.True(json.Json().GetProperty("rows").ValueKind == System.Text.Json.JsonValueKind.Number);
        Assert.Equal("text/csv", weighted.ContentType);
        Assert.Equal(406, none.Status);
    }

    [Fact]
    public void A_204_has_no_body_or_content_type()
    {
        var response = Engine.Send("DELETE", "/pets/3");

        Assert.Equal(204, response.Status);
        Assert.Null(response.ContentType);
        Assert.Empty(response.Body);
        Assert.Equal("204 no content", response.Outcome);
    }

    [Fact]
    public void Deprecated_operations_say_so_in_a_header()
    {
        var response = Engine.Send("GET", "/legacy");

        Assert.Equal("true", response.Header("Deprecation"));
        Assert.Equal("\"old\"", response.Text());
    }

    [Fact]
    public void An_operation_without_a_2xx_answers_500_as_in_Prism()
    {
        var response = Engine.Send("GET", "/failing");

        Assert.Equal(500, response.Status);
        Assert.Equal("500 no 2xx response", response.Outcome);
    }

    [Fact]
    public void Default_answers_are_computed_once_and_shared()
    {
        var first = Engine.Send("GET", "/pets/1");
        var second = Engine.Send("GET", "/pets/1");

        Assert.Same(first.Body, second.Body);
        Assert.Same(first.Headers, second.Headers);
    }
}
