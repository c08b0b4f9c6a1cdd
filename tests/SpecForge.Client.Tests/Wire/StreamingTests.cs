using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SpecForge.Client.Tests.Infrastructure;
using WireApi;

namespace SpecForge.Client.Tests.Wire;

/// <summary>
/// Server-sent events (GET /events) and newline-delimited JSON (GET /lines), each item an Event, read as the bytes arrive.
/// </summary>
public sealed class StreamingTests
{
    private static async Task<List<Event>> ReadAllAsync(IAsyncEnumerable<Event> events)
    {
        var list = new List<Event>();
        await foreach (var item in events)
        {
            list.Add(item);
        }

        return list;
    }

    private static string Describe(IEnumerable<Event> events) => string.Join(" ", events.Select(e => $"{e.Type}:{e.Value?.ToString() ?? "-"}"));

    [Fact]
    public async Task Events_joins_multi_line_data_skips_comments_and_delivers_a_last_event_without_a_blank_line()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Chunked(200, "text/event-stream",
            ": ping\n\n",
            "event: tick\nid: 1\ndata: {\"type\":\"a\",\ndata: \"value\":1}\n\n",
            ": ping\n",
            "retry: 3000\n\n",
            "data:{\"type\":\"b\",\"value\":2}\n\n",
            "data: {\"type\":\"c\"}"));

        var events = await ReadAllAsync(WireClients.For(server).Streams.EventsAsync());

        Assert.Equal("a:1 b:2 c:-", Describe(events));
        var request = server.Single;
        Assert.Equal("GET", request.Method);
        Assert.Equal("/events", request.RawTarget);
        Assert.Equal("text/event-stream", request.Header("Accept"));
        Assert.Equal("Bearer t", request.Header("Authorization"));
    }

    [Fact]
    public async Task Events_reassembles_lines_split_across_chunks_and_accepts_crlf()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Chunked(200, "text/event-stream",
            "data: {\"type\":\"sp", "lit\",\"value\":7}\r", "\n\r\n",
            "data: {\"type\":\"crlf\"}\r\n\r\n"));

        var events = await ReadAllAsync(WireClients.For(server).Streams.EventsAsync());

        Assert.Equal("split:7 crlf:-", Describe(events));
    }

    [Fact]
    public async Task Lines_reads_one_event_per_line_and_skips_blank_lines()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Chunked(200, "application/x-ndjson",
            "\n",
            "{\"type\":\"a\",\"value\":1}\n\n",
            "   \n{\"type\":\"b\",\"value\":2}\n",
            "{\"type\":\"c\"}\r\n",
            "{\"type\":\"d\",\"value\":4}"));

        var events = await ReadAllAsync(WireClients.For(server).Streams.LinesAsync());

        Assert.Equal("a:1 b:2 c:- d:4", Describe(events));
        Assert.Equal("/lines", server.Single.RawTarget);
        Assert.Equal("application/x-ndjson", server.Single.Header("Accept"));
    }

    [Fact]
    public async Task Events_arrive_while_the_server_is_still_writing()
    {
        var chunks = new GatedChunks(
            new[] { "data: {\"type\":\"first\",\"value\":1}\n\n" },
            new[] { "data: {\"type\":\"second\",\"value\":2}\n\n" });
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => chunks.Response("text/event-stream"));

        await using var events = WireClients.For(server).Streams.EventsAsync().GetAsyncEnumerator();
        try
        {
            Assert.True(await events.MoveNextAsync());
            Assert.Equal("first", events.Current.Type);
            // The server is held before its second chunk, so this event cannot have come from a buffered body.
            Assert.False(chunks.Released);
            chunks.Release();

            Assert.True(await events.MoveNextAsync());
            Assert.Equal("second", events.Current.Type);
            Assert.False(await events.MoveNextAsync());
        }
        finally
        {
            chunks.Release();
        }
    }

    [Fact]
    public async Task Lines_arrive_while_the_server_is_still_writing()
    {
        var chunks = new GatedChunks(
            new[] { "{\"type\":\"first\"}\n" },
            new[] { "{\"type\":\"second\"}\n", "{\"type\":\"third\"}\n" });
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => chunks.Response("application/x-ndjson"));

        await using var lines = WireClients.For(server).Streams.LinesAsync().GetAsyncEnumerator();
        try
        {
            Assert.True(await lines.MoveNextAsync());
            Assert.Equal("first", lines.Current.Type);
            Assert.False(chunks.Released);
            chunks.Release();

            var rest = new List<Event>();
            while (await lines.MoveNextAsync())
            {
                rest.Add(lines.Current);
            }

            Assert.Equal("second:- third:-", Describe(rest));
        }
        finally
        {
            chunks.Release();
        }
    }

    [Fact]
    public async Task Cancelling_stops_an_event_stream_that_is_waiting_for_more()
    {
        var chunks = new GatedChunks(new[] { "data: {\"type\":\"only\"}\n\n" }, new[] { "data: {\"type\":\"never\"}\n\n" });
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => chunks.Response("text/event-stream"));
        using var cancellation = new CancellationTokenSource();
        var received = new List<Event>();

        try
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            {
                await foreach (var item in WireClients.For(server).Streams.EventsAsync(cancellation.Token))
                {
                    received.Add(item);
                    cancellation.Cancel();
                }
            });
        }
        finally
        {
            chunks.Release();
        }

        Assert.Equal("only:-", Describe(received));
    }

    [Fact]
    public async Task Cancelling_stops_a_line_stream_through_with_cancellation()
    {
        var chunks = new GatedChunks(new[] { "{\"type\":\"only\",\"value\":1}\n" }, new[] { "{\"type\":\"never\"}\n" });
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => chunks.Response("application/x-ndjson"));
        using var cancellation = new CancellationTokenSource();
        var received = new List<Event>();

        try
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            {
                await foreach (var item in WireClients.For(server).Streams.LinesAsync().WithCancellation(cancellation.Token))
                {
                    received.Add(item);
                    cancellation.Cancel();
                }
            });
        }
        finally
        {
            chunks.Release();
        }

        Assert.Equal("only:1", Describe(received));
    }

    [Fact]
    public async Task An_error_status_on_a_stream_throws_before_any_event()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(401, """{"code":"unauthorized","message":"Token expired."}"""));

        var exception = await Assert.ThrowsAsync<ApiException>(() => ReadAllAsync(WireClients.For(server).Streams.EventsAsync()));

        Assert.Equal(401, exception.StatusCode);
        Assert.Equal("""{"code":"unauthorized","message":"Token expired."}""", exception.ResponseBody);
    }

    [Fact]
    public async Task An_event_that_is_not_an_event_object_throws_with_its_data()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Chunked(200, "text/event-stream", "data: {\"value\":1}\n\n"));

        var exception = await Assert.ThrowsAsync<ApiException>(() => ReadAllAsync(WireClients.For(server).Streams.EventsAsync()));

        Assert.Equal("{\"value\":1}", exception.ResponseBody);
        Assert.NotNull(exception.InnerException);
    }
}
