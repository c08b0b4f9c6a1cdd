using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using SpecForge.Client.Tests.Infrastructure;
using WireApi;

namespace SpecForge.Client.Tests.Wire;

/// <summary>
/// The optional <c>requestOptions</c> of every generated method: the call's own headers, its timeout and the hook that
/// sees the request last, on the plain, WithResponse, All and streaming variants.
/// </summary>
public sealed class RequestOptionsTests
{
    private const string ItemJson = """{"id":"it-1","name":"Lamp"}""";

    [Fact]
    public async Task The_calls_headers_replace_default_headers_and_credentials_for_that_call_only()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(200, ItemJson));
        var client = WireClients.For(server);
        client.Options.DefaultHeaders["X-Tenant"] = "default";

        await client.Items.GetAsync("it-1", requestOptions: new RequestOptions
        {
            Headers = { ["x-tenant"] = "per-call", ["X-Request-Id"] = "r-1", ["Authorization"] = "Bearer per-call" },
        });
        await client.Items.GetAsync("it-1");

        var (first, second) = (server.Requests[0], server.Requests[1]);
        Assert.Equal("per-call", first.Header("X-Tenant"));
        Assert.Equal("r-1", first.Header("X-Request-Id"));
        Assert.Equal("Bearer per-call", first.Header("Authorization"));
        Assert.Equal("default", second.Header("X-Tenant"));
        Assert.Null(second.Header("X-Request-Id"));
        Assert.Equal("Bearer t", second.Header("Authorization"));
    }

    [Fact]
    public async Task A_content_header_of_the_call_goes_on_the_body_and_is_refused_without_one()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(201, ItemJson));
        var client = WireClients.For(server);

        await client.Items.CreateAsync(new NewItem { Name = "Lamp" }, requestOptions: new RequestOptions { Headers = { ["Content-Type"] = "application/vnd.acme+json" } });
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => client.Items.GetAsync("it-1", requestOptions: new RequestOptions { Headers = { ["Content-Type"] = "text/plain" } }));

        Assert.Equal("application/vnd.acme+json", server.Single.ContentType);
        Assert.Equal("""{"name":"Lamp"}""", server.Single.BodyText);
        Assert.Contains("'Content-Type'", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnRequest_sees_the_finished_request_and_what_it_changes_is_sent()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(201, ItemJson));
        string? seenAuthorization = null, seenCallHeader = null, seenBody = null;

        var response = await WireClients.For(server).Items.CreateWithResponseAsync(new NewItem { Name = "Lamp" }, requestOptions: new RequestOptions
        {
            Headers = { ["X-Call"] = "yes" },
            OnRequest = request =>
            {
                seenAuthorization = request.Headers.Authorization?.ToString();
                seenCallHeader = string.Join(",", request.Headers.GetValues("X-Call"));
                seenBody = request.Content!.ReadAsStringAsync().GetAwaiter().GetResult();
                request.Headers.Add("X-Signature", "sig-" + seenBody.Length);
            },
        });

        Assert.Equal(201, response.StatusCode);
        Assert.Equal("Bearer t", seenAuthorization);
        Assert.Equal("yes", seenCallHeader);
        Assert.Equal("""{"name":"Lamp"}""", seenBody);
        Assert.Equal("sig-15", server.Single.Header("X-Signature"));
    }

    [Fact]
    public async Task Every_page_of_an_All_walk_carries_the_calls_options()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(request => request.RawTarget == "/items"
            ? ScriptedResponse.Json(200, """{"data":[{"id":"i1","name":"a"}],"next_cursor":"c2"}""")
            : ScriptedResponse.Json(200, """{"data":[{"id":"i2","name":"b"}],"next_cursor":null}"""));
        var hooked = 0;

        var ids = new List<string>();
        await foreach (var item in WireClients.For(server).Items.ListAllAsync(requestOptions: new RequestOptions { Headers = { ["X-Walk"] = "w" }, OnRequest = _ => hooked++ }))
        {
            ids.Add(item.Id);
        }

        Assert.Equal(new[] { "i1", "i2" }, ids);
        Assert.Equal(new[] { "/items", "/items?cursor=c2" }, server.Requests.Select(r => r.RawTarget));
        Assert.All(server.Requests, r => Assert.Equal("w", r.Header("X-Walk")));
        Assert.Equal(2, hooked);
    }

    [Fact]
    public async Task A_call_that_outlasts_its_timeout_throws_TimeoutException_naming_the_request()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(200, ItemJson).After(TimeSpan.FromSeconds(20)));
        var watch = Stopwatch.StartNew();

        var exception = await Assert.ThrowsAsync<TimeoutException>(() =>
            WireClients.For(server).Items.GetAsync("it-1", requestOptions: new RequestOptions { Timeout = TimeSpan.FromMilliseconds(300) }));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), "The call waited " + watch.Elapsed + " for a 300 ms timeout.");
        Assert.Equal("GET /items/it-1 did not complete within its timeout of 00:00:00.3000000 (RequestOptions.Timeout).", exception.Message);
        Assert.IsAssignableFrom<OperationCanceledException>(exception.InnerException);
    }

    [Fact]
    public async Task The_timeout_covers_a_body_that_stalls_after_its_headers()
    {
        var chunks = new GatedChunks(new[] { """{"id":"it-1",""" }, new[] { "\"name\":\"Lamp\"}" });
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => chunks.Response("application/json"));

        try
        {
            await Assert.ThrowsAsync<TimeoutException>(() =>
                WireClients.For(server).Items.GetAsync("it-1", requestOptions: new RequestOptions { Timeout = TimeSpan.FromMilliseconds(300) }));
            Assert.False(chunks.Released);
        }
        finally
        {
            chunks.Release();
        }
    }

    [Fact]
    public async Task A_body_returned_as_a_stream_is_handed_over_at_its_headers_and_read_past_the_timeout()
    {
        var chunks = new GatedChunks(new[] { "first " }, new[] { "second" });
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => chunks.Response("application/octet-stream"));

        Stream stream;
        try
        {
            // Room for the headers on a loaded 2-core machine (300 ms was not always enough), then well past the timeout.
            stream = await WireClients.For(server).Files.GetAsync("f-1", requestOptions: new RequestOptions { Timeout = TimeSpan.FromMilliseconds(1500) });
            await Task.Delay(2000);
        }
        finally
        {
            chunks.Release();
        }

        using var reader = new StreamReader(stream);
        Assert.Equal("first second", await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task Cancelling_the_token_is_still_an_OperationCanceledException_not_a_timeout()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(200, ItemJson).After(TimeSpan.FromSeconds(20)));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var watch = Stopwatch.StartNew();

        // ThrowsAny admits subclasses only: a TimeoutException is not an OperationCanceledException.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            WireClients.For(server).Items.GetAsync("it-1", cancellation.Token, new RequestOptions { Timeout = TimeSpan.FromSeconds(30) }));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), "Cancelling took " + watch.Elapsed + ".");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void A_timeout_that_is_not_positive_is_refused_when_set(int milliseconds)
    {
        var options = new RequestOptions { Timeout = TimeSpan.FromSeconds(1) };

        Assert.Throws<ArgumentOutOfRangeException>(() => options.Timeout = TimeSpan.FromMilliseconds(milliseconds));
        options.Timeout = Timeout.InfiniteTimeSpan;
        options.Timeout = null;

        Assert.Null(options.Timeout);
    }

    [Fact]
    public async Task Calls_written_before_request_options_existed_bind_as_they_did()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(request => request.RawTarget.StartsWith("/events", StringComparison.Ordinal)
            ? ScriptedResponse.Chunked(200, "text/event-stream", "data: {\"type\":\"a\"}\n\n")
            : ScriptedResponse.Json(200, ItemJson));
        var client = WireClients.For(server);
        using var cancellation = new CancellationTokenSource();
        var token = cancellation.Token;

        // The token passed by position, by name, as default, and on a method whose only parameter it is.
        await client.Items.GetAsync("it-1", token);
        await client.Items.GetAsync("it-1", cancellationToken: token);
        await client.Items.GetWithResponseAsync("it-1", default);
        await foreach (var item in client.Streams.EventsAsync(token))
        {
            Assert.Equal("a", item.Type);
        }

        Assert.Equal(4, server.Requests.Count);
    }
}
