using SpecForge.Runtime.Mocking;
using Xunit;

namespace SpecForge.Runtime.Tests.Mocking;

/// <summary>Parameter text is parsed by style/explode and typed by schema; whatever fails is listed under its pointer.</summary>
public sealed class MockParameterTests
{
    private static readonly MockEngine Engine = MockTestHost.Pets();

    [Theory]
    [InlineData("/pets?limit=5")]
    [InlineData("/pets?status=sold")]
    [InlineData("/pets?tags=ab&tags=cd")]
    [InlineData("/pets?ids=1,2,3")]
    [InlineData("/pets?piped=1|2|3")]
    [InlineData("/pets?spaced=a%20b")]
    [InlineData("/pets?spaced=a+b")]
    [InlineData("/pets?filter[kind]=cat&filter[age]=3")]
    [InlineData("/labels/.1,2,3")]
    [InlineData("/labels/.1")]
    [InlineData("/matrix/;x=1;y=2")]
    public void Well_formed_values_of_every_style_pass(string pathAndQuery)
    {
        var response = Engine.Send("GET", pathAndQuery);

        Assert.True(response.Status is 200 or 204, response.Outcome + " " + response.Text());
    }

    [Theory]
    [InlineData("/pets?limit=abc", "/query/limit type")]
    [InlineData("/pets?limit=500", "/query/limit maximum")]
    [InlineData("/pets?limit=1.5", "/query/limit type")]
    [InlineData("/pets?status=lost", "/query/status enum")]
    [InlineData("/pets?tags=ab&tags=c", "/query/tags/1 minLength")]
    [InlineData("/pets?ids=1,x,3", "/query/ids/1 type")]
    [InlineData("/pets?piped=1|2.5", "/query/piped/1 type")]
    [InlineData("/pets?spaced=a%20b%20c", "/query/spaced maxItems")]
    [InlineData("/pets?filter[age]=31", "/query/filter/age maximum")]
    [InlineData("/pets?filter[age]=old", "/query/filter/age type")]
    [InlineData("/labels/.1,x", "/path/label/1 type")]
    [InlineData("/matrix/;x=1;y=-2", "/path/point/y minimum")]
    [InlineData("/matrix/;x=a;y=2", "/path/point/x type")]
    public void A_bad_value_is_a_400_at_its_pointer(string pathAndQuery, string expectedError)
    {
        var response = Engine.Send("GET", pathAndQuery);

        Assert.Equal(400, response.Status);
        Assert.Equal(new[] { expectedError }, response.ErrorKeys());
    }

    [Fact]
    public void Headers_and_cookies_are_parsed_by_their_styles()
    {
        var ok = Engine.Send("GET", "/flags/true", null, ("X-Ratio", "0.5"), ("X-Sizes", "1,2"), ("Cookie", "prefs=a,b; other=1"));
        var bad = Engine.Send("GET", "/flags/maybe", null, ("X-Ratio", "1"), ("X-Sizes", "1,z"), ("Cookie", "prefs=a"));

        Assert.Equal(204, ok.Status);
        Assert.Equal(400, bad.Status);
        Assert.Equal(
            new[] { "/cookie/prefs minItems", "/header/X-Ratio exclusiveMaximum", "/header/X-Sizes/1 type", "/path/on type" },
            bad.ErrorKeys());
    }

    [Fact]
    public void Every_error_of_a_request_is_listed_at_once()
    {
        var response = Engine.Send("GET", "/pets?limit=0&status=lost&ids=a", null, ("X-Request-Id", "nope"), ("Cookie", "session=ab"));

        Assert.Equal(400, response.Status);
        Assert.Equal("400 5 violations", response.Outcome);
        Assert.Equal(
            new[] { "/cookie/session minLength", "/header/X-Request-Id format", "/query/ids/0 type", "/query/limit minimum", "/query/status enum" },
            response.ErrorKeys());
        var problem = response.Json();
        Assert.Equal("https://specforge.dev/problems/validation", problem.GetProperty("type").GetString());
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        var limitError = System.Linq.Enumerable.Single(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("path").GetString() == "/query/limit");
        Assert.Equal("1", limitError.GetProperty("limit").GetString());
        Assert.False(string.IsNullOrEmpty(limitError.GetProperty("message").GetString()));
        Assert.Equal(5, response.Violations.Count);
    }

    [Fact]
    public void A_missing_required_parameter_is_reported()
    {
        var response = Engine.Send("GET", "/flags/true");

        Assert.Equal(400, response.Status);
        Assert.Equal(new[] { "/header/X-Ratio required" }, response.ErrorKeys());
    }

    [Fact]
    public void Without_request_validation_bad_parameters_are_answered()
    {
        var engine = MockTestHost.Pets(new MockServerOptions { ValidateRequests = false });

        Assert.Equal(200, engine.Send("GET", "/pets?limit=abc").Status);
    }
}
