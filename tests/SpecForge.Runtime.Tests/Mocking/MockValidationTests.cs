using SpecForge.Runtime.Mocking;
using Xunit;

namespace SpecForge.Runtime.Tests.Mocking;

/// <summary>Bodies: malformed or missing is 400, well-formed but off-schema is 422, an unaccepted media type is 415.</summary>
public sealed class MockValidationTests
{
    private static readonly MockEngine Engine = MockTestHost.Pets();
    private static readonly (string, string) Bearer = ("Authorization", "Bearer token");

    [Fact]
    public void A_valid_body_is_answered_with_the_lowest_2xx()
    {
        var response = Engine.Send("POST", "/pets", "{\"name\":\"Rex\",\"kind\":\"dog\"}", Bearer);

        Assert.Equal(201, response.Status);
    }

    [Fact]
    public void A_well_formed_body_breaking_the_schema_is_422_with_every_error()
    {
        var response = Engine.Send("POST", "/pets", "{\"name\":\"\",\"kind\":\"cow\",\"phone\":\"12\",\"extra\":1}", Bearer);

        Assert.Equal(422, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
        Assert.Equal(
            new[] { "/body/extra additionalProperties", "/body/kind enum", "/body/name minLength", "/body/phone pattern" },
            response.ErrorKeys());
    }

    [Fact]
    public void ReadOnly_members_are_not_required_in_requests()
    {
        var response = Engine.Send("POST", "/pets", "{\"name\":\"Rex\"}", Bearer);

        Assert.Equal(201, response.Status);
    }

    [Fact]
    public void Malformed_json_is_400()
    {
        var response = Engine.Send("POST", "/pets", "{\"name\":", Bearer);

        Assert.Equal(400, response.Status);
        Assert.Equal(new[] { "/body json" }, response.ErrorKeys());
    }

    [Fact]
    public void A_missing_required_body_is_400()
    {
        var response = Engine.Send("POST", "/pets", null, Bearer);

        Assert.Equal(400, response.Status);
        Assert.Equal(new[] { "/body required" }, response.ErrorKeys());
    }

    [Fact]
    public void Parameter_and_body_errors_together_are_400_listing_both()
    {
        var response = Engine.Send("GET", "/pets?limit=0");
        var both = Engine.Send("POST", "/uploads", "{}", ("Content-Type", "application/vnd.pets+json"));

        Assert.Equal(400, response.Status);
        Assert.Equal(422, both.Status);
        Assert.Equal(new[] { "/body/name required" }, both.ErrorKeys());
    }

    [Fact]
    public void An_unaccepted_media_type_is_415()
    {
        var response = Engine.Send("POST", "/uploads", "<pet/>", ("Content-Type", "text/xml"));

        Assert.Equal(415, response.Status);
        Assert.Equal("415 unsupported media type 'text/xml'", response.Outcome);
        Assert.Contains("multipart/form-data", response.Json().GetProperty("detail").GetString());
    }

    [Fact]
    public void Any_plus_json_media_type_is_parsed_as_json()
    {
        var response = Engine.Send("POST", "/uploads", "{\"name\":\"a\"}", ("Content-Type", "application/vnd.pets+json; charset=utf-8"));

        Assert.Equal(202, response.Status);
    }

    [Fact]
    public void Multipart_bodies_are_accepted_without_schema_validation()
    {
        var response = Engine.Send("POST", "/uploads", "--b\r\n\r\nanything\r\n--b--", ("Content-Type", "multipart/form-data; boundary=b"));

        Assert.Equal(202, response.Status);
    }

    [Fact]
    public void Without_request_validation_bodies_are_not_checked()
    {
        var engine = MockTestHost.Pets(new MockServerOptions { ValidateRequests = false });

        Assert.Equal(201, engine.Send("POST", "/pets", "{\"name\":", Bearer).Status);
        Assert.Equal(202, engine.Send("POST", "/uploads", "<pet/>", ("Content-Type", "text/xml")).Status);
    }
}
