using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;

namespace SpecForge.Client.Tests.Infrastructure;

/// <summary>The recording server itself, driven by a plain HttpClient, so client test failures can be trusted to be the client's.</summary>
public sealed class ServerTests
{
    [Fact]
    public async Task A_request_is_recorded_with_its_raw_target_headers_and_body()
    {
        await using var server = await RecordingServer.StartAsync();
        var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "a%2Fb?x=1%202&y=%C3%A9")
        {
            Content = new ByteArrayContent(new byte[] { 0, 1, 254, 255 }),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        request.Headers.Add("X-Trace-Id", "t-1");
        request.Headers.Add("X-Multi", new[] { "one", "two" });

        using var response = await client.SendAsync(request);

        var recorded = server.Single;
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("POST", recorded.Method);
        Assert.Equal("/a%2Fb?x=1%202&y=%C3%A9", recorded.RawTarget);
        Assert.Equal("/a%2Fb", recorded.Path);
        Assert.Equal("x=1%202&y=%C3%A9", recorded.Query);
        Assert.Equal("t-1", recorded.Header("x-trace-id"));
        Assert.Equal("one, two", recorded.Header("X-Multi"));
        Assert.Equal($"127.0.0.1:{server.BaseAddress.Port}", recorded.Header("Host"));
        Assert.Null(recorded.Header("X-Absent"));
        Assert.Equal("application/octet-stream", recorded.ContentType);
        Assert.Equal(new byte[] { 0, 1, 254, 255 }, recorded.Body);
    }

    [Fact]
    public async Task The_path_is_decoded_but_the_raw_target_keeps_every_escape()
    {
        await using var server = await RecordingServer.StartAsync();

        await server.CreateClient().GetAsync("items/caf%C3%A9%20au%20lait");

        Assert.Equal("/items/caf%C3%A9%20au%20lait", server.Single.RawTarget);
        Assert.Equal("/items/café au lait", server.Single.Path);
        Assert.Equal("", server.Single.Query);
        Assert.Empty(server.Single.Body);
    }

    [Fact]
    public async Task A_scripted_json_reply_is_sent_with_its_status_type_and_headers()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(request => ScriptedResponse.Json(201, $$"""{"echo":"{{request.BodyText}}"}""").WithHeader("Location", "/items/7"));

        using var response = await server.CreateClient().PostAsync("items", new StringContent("hi", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("/items/7", response.Headers.Location?.OriginalString);
        Assert.Equal("""{"echo":"hi"}""", await response.Content.ReadAsStringAsync());
        Assert.Equal("text/plain; charset=utf-8", server.Single.ContentType);
        Assert.Equal("hi", server.Single.BodyText);
    }

    [Fact]
    public async Task A_chunked_reply_arrives_in_its_chunks_without_a_content_length()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Chunked(200, "application/x-ndjson", "{\"type\":\"a\"}\n", "{\"type\":\"b\"}\n"));

        using var response = await server.CreateClient().GetAsync("lines", HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.TransferEncodingChunked);
        Assert.Null(response.Content.Headers.ContentLength);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("{\"type\":\"a\"}", await reader.ReadLineAsync());
        Assert.Equal("{\"type\":\"b\"}", await reader.ReadLineAsync());
        Assert.Null(await reader.ReadLineAsync());
    }
}
