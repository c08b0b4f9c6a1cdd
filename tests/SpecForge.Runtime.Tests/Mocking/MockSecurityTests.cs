using SpecForge.Runtime.Mocking;
using Xunit;

namespace SpecForge.Runtime.Tests.Mocking;

/// <summary>Credentials are checked for presence and kind, per security alternative; missing ones are 401 with a challenge.</summary>
public sealed class MockSecurityTests
{
    private static readonly MockEngine Engine = MockTestHost.Pets();

    [Theory]
    [InlineData("/secure/bearer", "Bearer")]
    [InlineData("/secure/oauth", "Bearer")]
    [InlineData("/secure/basic", "Basic realm=\"mock\"")]
    [InlineData("/secure/header", "ApiKey in=\"header\", name=\"X-Api-Key\"")]
    [InlineData("/secure/query", "ApiKey in=\"query\", name=\"api_key\"")]
    [InlineData("/secure/cookie", "ApiKey in=\"cookie\", name=\"sid\"")]
    [InlineData("/secure/either", "Bearer, Basic realm=\"mock\"")]
    public void Missing_credentials_are_401_with_a_challenge(string path, string challenge)
    {
        var response = Engine.Send("GET", path);

        Assert.Equal(401, response.Status);
        Assert.Equal("401 missing credentials", response.Outcome);
        Assert.Equal(challenge, response.Header("WWW-Authenticate"));
        Assert.Equal("application/problem+json", response.ContentType);
    }

    [Theory]
    [InlineData("/secure/bearer", "Authorization", "Bearer abc")]
    [InlineData("/secure/oauth", "Authorization", "bearer abc")]
    [InlineData("/secure/basic", "Authorization", "Basic dXNlcjpwdw==")]
    [InlineData("/secure/header", "X-Api-Key", "k")]
    [InlineData("/secure/cookie", "Cookie", "a=1; sid=xyz")]
    [InlineData("/secure/either", "Authorization", "Basic dXNlcjpwdw==")]
    public void Credentials_of_the_declared_kind_are_enough(string path, string header, string value)
    {
        Assert.Equal(204, Engine.Send("GET", path, null, (header, value)).Status);
    }

    [Fact]
    public void Query_api_keys_are_read_from_the_query()
    {
        Assert.Equal(204, Engine.Send("GET", "/secure/query?api_key=k").Status);
        Assert.Equal(401, Engine.Send("GET", "/secure/query?other=k").Status);
    }

    [Theory]
    [InlineData("Basic abc")]
    [InlineData("Bearer")]
    [InlineData("Bearer   ")]
    public void Credentials_of_another_kind_or_empty_ones_do_not_count(string authorization)
    {
        Assert.Equal(401, Engine.Send("GET", "/secure/bearer", null, ("Authorization", authorization)).Status);
    }

    [Fact]
    public void Every_scheme_of_an_alternative_is_needed()
    {
        Assert.Equal(401, Engine.Send("GET", "/secure/both", null, ("Authorization", "Bearer a")).Status);
        Assert.Equal(204, Engine.Send("GET", "/secure/both", null, ("Authorization", "Bearer a"), ("X-Api-Key", "k")).Status);
    }

    [Fact]
    public void An_empty_alternative_makes_credentials_optional()
    {
        Assert.Equal(204, Engine.Send("GET", "/secure/optional").Status);
    }

    [Fact]
    public void Credentials_are_checked_before_the_body()
    {
        var response = Engine.Send("POST", "/pets", "{\"name\":");

        Assert.Equal(401, response.Status);
    }
}
