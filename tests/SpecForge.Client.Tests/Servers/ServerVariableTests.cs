using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Regions;

namespace SpecForge.Client.Tests.Servers;

/// <summary>
/// The server variables of <c>https://{region}.api.example.com/{version}</c> as typed options, and how they, BaseUrl
/// and the HttpClient's BaseAddress make the URL a request goes to.
/// </summary>
public sealed class ServerVariableTests
{
    [Fact]
    public async Task Without_options_the_variables_defaults_make_the_url()
    {
        var (client, sent) = Client(new RegionsClientOptions());

        await client.PingAsync();

        Assert.Equal("https://eu.api.example.com/v2/ping", Assert.Single(sent));
        Assert.Equal("https://eu.api.example.com/v2", RegionsClient.DefaultBaseUrl);
    }

    [Fact]
    public async Task Changed_variables_apply_to_the_next_request()
    {
        var options = new RegionsClientOptions();
        var (client, sent) = Client(options);

        await client.PingAsync();
        options.Region = ServerRegion.Us;
        options.Version = "v3";
        await client.PingAsync(echo: "a b");

        Assert.Equal(new[] { "https://eu.api.example.com/v2/ping", "https://us.api.example.com/v3/ping?echo=a%20b" }, sent);
        Assert.Equal(new[] { ServerRegion.Eu, ServerRegion.Us }, ServerRegion.KnownValues);
    }

    [Fact]
    public async Task A_host_only_base_url_keeps_the_servers_base_path()
    {
        var options = new RegionsClientOptions { BaseUrl = "https://staging.example.com", Version = "v9" };
        var (client, sent) = Client(options);

        await client.PingAsync();
        options.BaseUrl = "https://staging.example.com/";
        await client.PingAsync();
        options.BaseUrl = "https://staging.example.com/other";
        await client.PingAsync();

        Assert.Equal(
            new[] { "https://staging.example.com/v9/ping", "https://staging.example.com/ping", "https://staging.example.com/other/ping" },
            sent);
    }

    [Fact]
    public async Task A_host_only_base_address_keeps_the_servers_base_path_and_base_url_wins_over_it()
    {
        var options = new RegionsClientOptions();
        var (client, sent) = Client(options, new Uri("http://localhost:5000"));

        await client.PingAsync();
        options.BaseUrl = "https://override.example.com/api";
        await client.PingAsync();

        Assert.Equal(new[] { "http://localhost:5000/v2/ping", "https://override.example.com/api/ping" }, sent);
    }

    [Fact]
    public async Task A_path_variable_is_escaped_as_one_segment()
    {
        var (client, sent) = Client(new RegionsClientOptions { Version = "v2/../admin?x#y" });
        var (dots, sentDots) = Client(new RegionsClientOptions { Version = ".." });

        await client.PingAsync();
        await dots.PingAsync();

        Assert.Equal("https://eu.api.example.com/v2%2F..%2Fadmin%3Fx%23y/ping", Assert.Single(sent));
        Assert.Equal("https://eu.api.example.com/%2E%2E/ping", Assert.Single(sentDots));
    }

    [Theory]
    [InlineData("evil.example.com/")]
    [InlineData("user@evil.example.com")]
    [InlineData("eu.api.example.com:8443")]
    public async Task A_host_variable_that_would_change_the_host_throws_and_sends_nothing(string region)
    {
        var (client, sent) = Client(new RegionsClientOptions { Region = region });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.PingAsync());

        Assert.Contains("'region'", error.Message);
        Assert.Empty(sent);
    }

    private static (RegionsClient Client, List<string> Sent) Client(RegionsClientOptions options, Uri? baseAddress = null)
    {
        var sent = new List<string>();
        var http = new HttpClient(new Capture(sent)) { BaseAddress = baseAddress };
        return (new RegionsClient(http, options), sent);
    }

    /// <summary>Answers 204 to everything and keeps each request's URI as sent.</summary>
    private sealed class Capture(List<string> sent) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            sent.Add(request.RequestUri!.AbsoluteUri);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NoContent) { RequestMessage = request });
        }
    }
}
