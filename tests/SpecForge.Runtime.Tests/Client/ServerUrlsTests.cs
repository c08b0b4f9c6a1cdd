using System;
using SpecForge.Runtime.Client;
using Xunit;

namespace SpecForge.Runtime.Tests.Client;

/// <summary>Server URL templates expanded by where each variable stands, and base URLs joined with a server's base path.</summary>
public sealed class ServerUrlsTests
{
    [Theory]
    [InlineData("https://{region}.x.example/{version}", "https://us.x.example/v%2F2")]
    [InlineData("{scheme}://x.example:{port}/a", "https://x.example:8443/a")]
    [InlineData("https://x.example/a?tenant={tenant}", "https://x.example/a?tenant=a%26b%3Dc")]
    [InlineData("{origin}/v1", "https://o.example/v1")]
    [InlineData("/base/{version}", "/base/v%2F2")]
    [InlineData("https://x.example/{unknown}", "https://x.example/{unknown}")]
    public void Each_variable_is_escaped_for_where_it_stands(string template, string expected)
    {
        var variables = new string?[] { "region", "us", "version", "v/2", "scheme", "https", "port", "8443", "tenant", "a&b=c", "origin", "https://o.example" };

        Assert.Equal(expected, ServerUrls.Expand(template, variables));
    }

    [Theory]
    [InlineData("https://{region}.x.example", "a.b/c")]
    [InlineData("https://{region}.x.example", "user@evil")]
    [InlineData("https://x.example:{port}", "1/evil")]
    [InlineData("{scheme}://x.example", "javascript:")]
    [InlineData("https://{region}.x.example", null)]
    public void A_value_that_would_change_the_host_is_refused(string template, string? value)
    {
        var name = template.Substring(template.IndexOf('{') + 1, template.IndexOf('}') - template.IndexOf('{') - 1);

        var error = Assert.Throws<InvalidOperationException>(() => ServerUrls.Expand(template, new[] { name, value }));

        Assert.Contains("'" + name + "'", error.Message);
    }

    [Theory]
    [InlineData(null, "https://api.example/v1", "https://api.example/v1")]
    [InlineData("https://staging.example", "https://api.example/v1/", "https://staging.example/v1")]
    [InlineData("https://staging.example", "/v1?x=1", "https://staging.example/v1")]
    [InlineData("https://staging.example", "https://api.example", "https://staging.example")]
    [InlineData("https://staging.example/", "https://api.example/v1", "https://staging.example/")]
    [InlineData("https://staging.example/v2", "https://api.example/v1", "https://staging.example/v2")]
    [InlineData("https://staging.example?k=1", "https://api.example/v1", "https://staging.example?k=1")]
    [InlineData("", "https://api.example/v1", "")]
    public void A_base_url_that_ends_at_its_host_keeps_the_servers_base_path(string? chosen, string server, string expected)
    {
        Assert.Equal(expected, ServerUrls.BaseUrl(chosen, server));
    }
}
