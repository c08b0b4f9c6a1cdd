using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SpecForge.Client.Tests.Infrastructure;
using WireApi;

namespace SpecForge.Client.Tests.Wire;

/// <summary>
/// Success responses of the client fixture (client-v31.yaml): how each documented body is read, and what the request
/// that asked for it looked like.
/// </summary>
public sealed class ResponseTests
{
    [Fact]
    public async Task GetItem_reads_the_json_body_into_an_item()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(200, """{"id":"it-7","name":"Desk lamp","tags":["home","light"],"price":19.5}"""));

        var item = await WireClients.For(server).Items.GetAsync("it-7");

        Assert.Equal("it-7", item.Id);
        Assert.Equal("Desk lamp", item.Name);
        Assert.Equal(new[] { "home", "light" }, item.Tags);
        Assert.Equal(19.5, item.Price);
        var request = server.Single;
        Assert.Equal("GET", request.Method);
        Assert.Equal("/items/it-7", request.RawTarget);
        Assert.Equal("application/json", request.Header("Accept"));
        Assert.Equal("Bearer t", request.Header("Authorization"));
    }

    [Fact]
    public async Task Optional_members_absent_from_the_body_stay_null()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(200, """{"id":"it-8","name":"Bare"}"""));

        var item = await WireClients.For(server).Items.GetAsync("it-8");

        Assert.Equal("Bare", item.Name);
        Assert.Null(item.Tags);
        Assert.Null(item.Price);
    }

    [Fact]
    public async Task A_path_argument_is_escaped_into_one_segment()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(200, """{"id":"a/b c","name":"n"}"""));

        await WireClients.For(server).Items.GetAsync("a/b c");

        // A '/' in an id must not become a second path segment.
        Assert.Equal("/items/a%2Fb%20c", server.Single.RawTarget);
    }

    [Fact]
    public async Task CreateItem_with_response_exposes_201_the_documented_location_header_and_the_item()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(201, """{"id":"it-9","name":"Standing desk","tags":["office"],"price":120}""")
            .WithHeader("Location", "/items/it-9"));

        var response = await WireClients.For(server).Items.CreateWithResponseAsync(new NewItem { Name = "Standing desk", Tags = new[] { "office" }, Price = 120 });

        Assert.Equal(201, response.StatusCode);
        Assert.Equal("/items/it-9", response.Header("Location"));
        Assert.Equal("/items/it-9", response.Header("location"));
        Assert.Equal("application/json", response.Header("Content-Type"));
        Assert.Equal("it-9", response.Body.Id);
        Assert.Equal(120, response.Body.Price);
        var request = server.Single;
        Assert.Equal("POST", request.Method);
        Assert.Equal("/items", request.RawTarget);
        Assert.StartsWith("application/json", request.ContentType);
        Assert.Equal("""{"name":"Standing desk","tags":["office"],"price":120}""", request.BodyText);
    }

    [Fact]
    public async Task CreateItem_returns_just_the_body()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(201, """{"id":"it-10","name":"Chair"}""").WithHeader("Location", "/items/it-10"));

        var item = await WireClients.For(server).Items.CreateAsync(new NewItem { Name = "Chair" });

        Assert.Equal("it-10", item.Id);
        // Unset optional members are left out rather than sent as null.
        Assert.Equal("""{"name":"Chair"}""", server.Single.BodyText);
    }

    [Fact]
    public async Task DeleteItem_completes_on_204_and_with_response_reports_204()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Empty(204).WithHeader("X-Deleted", "it-3"));
        var client = WireClients.For(server);

        await client.Items.DeleteAsync("it-3");
        var response = await client.Items.DeleteWithResponseAsync("it-3");

        Assert.Equal(204, response.StatusCode);
        Assert.Equal("it-3", response.Header("X-Deleted"));
        Assert.Null(response.Header("Location"));
        Assert.All(server.Requests, request =>
        {
            Assert.Equal("DELETE", request.Method);
            Assert.Equal("/items/it-3", request.RawTarget);
            Assert.Empty(request.Body);
        });
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Health_reads_a_text_plain_body_as_a_string_without_credentials_it_does_not_need()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Text(200, "ok: all 3 replicas up\n"));

        var text = await WireClients.For(server).HealthAsync();

        Assert.Equal("ok: all 3 replicas up\n", text);
        var request = server.Single;
        Assert.Equal("GET", request.Method);
        Assert.Equal("/health", request.RawTarget);
        Assert.Equal("text/plain", request.Header("Accept"));
        // /health has no security of its own, so the document-wide bearer requirement applies.
        Assert.Equal("Bearer t", request.Header("Authorization"));
    }

    [Fact]
    public async Task Health_text_is_decoded_with_the_charset_the_response_names()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Text(200, "café ☕"));

        var response = await WireClients.For(server).HealthWithResponseAsync();

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("café ☕", response.Body);
    }

    [Fact]
    public async Task Status_goes_to_its_operation_server_whatever_the_base_url()
    {
        var handler = new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("green", Encoding.UTF8, "text/plain") });
        using var http = new HttpClient(handler);
        var client = new WireApiClient(http, new WireApiClientOptions { BaseUrl = "http://127.0.0.1:9/elsewhere", BearerAuthToken = "t" });

        var status = await client.StatusAsync();

        Assert.Equal("green", status);
        var request = Assert.Single(handler.Requests);
        Assert.Equal("https://status.wire.example/status", request.Uri.AbsoluteUri);
        Assert.Equal("GET", request.Method);
        Assert.Equal("text/plain", request.Accept);
        Assert.Equal("Bearer t", request.Authorization);
    }

    [Fact]
    public async Task Health_without_a_base_url_uses_the_http_clients_base_address()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Text(200, "ok"));
        var client = new WireApiClient(server.CreateClient(), new WireApiClientOptions());

        Assert.Equal("ok", await client.HealthAsync());
        Assert.Equal("/health", server.Single.RawTarget);
        Assert.Null(server.Single.Header("Authorization"));
    }

    [Fact]
    public async Task GetThingParts_reads_a_json_array_of_strings()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(200, """["axle","wheel","bolt"]"""));

        var parts = await WireClients.For(server).Items.GetThingsByThingIdPartsAsync("th-1");

        Assert.Equal(new[] { "axle", "wheel", "bolt" }, parts);
        Assert.Equal("/things/th-1/parts", server.Single.RawTarget);
    }

    [Fact]
    public async Task GetError_with_response_exposes_the_documented_rate_limit_header()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(200, """{"id":"e-200","name":"fine"}""").WithHeader("X-Rate-Limit", "41"));

        var response = await WireClients.For(server).Errors.GetWithResponseAsync(200);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("41", response.Header("X-Rate-Limit"));
        Assert.Equal("e-200", response.Body.Id);
        Assert.Equal("/errors/200", server.Single.RawTarget);
    }

    [Fact]
    public async Task GetFile_returns_the_bytes_as_a_stream_that_owns_the_response()
    {
        var payload = new byte[] { 0x00, 0x01, 0x7F, 0x80, 0xFE, 0xFF, (byte)'\n', (byte)'\r' };
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Bytes(200, payload));
        var tracker = new TrackingHandler { InnerHandler = new SocketsHttpHandler() };
        using var http = new HttpClient(tracker);
        var client = new WireApiClient(http, new WireApiClientOptions { BaseUrl = server.BaseAddress.ToString(), BearerAuthToken = "t" });

        var stream = await client.Files.GetAsync("f 1");
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);

        Assert.Equal(payload, copy.ToArray());
        // Reading to the end must not release the response: only the caller's Dispose does.
        Assert.False(tracker.Content!.Disposed);
        await stream.DisposeAsync();
        Assert.True(tracker.Content.Disposed);
        var request = server.Single;
        Assert.Equal("/files/f%201", request.RawTarget);
        Assert.Equal("application/octet-stream", request.Header("Accept"));
    }

    [Fact]
    public async Task GetFile_with_response_gives_headers_and_a_stream_whose_disposal_releases_the_response()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Bytes(200, Encoding.ASCII.GetBytes("PK\u0003\u0004")).WithHeader("Content-Disposition", "attachment; filename=\"a.zip\""));
        var tracker = new TrackingHandler { InnerHandler = new SocketsHttpHandler() };
        using var http = new HttpClient(tracker);
        var client = new WireApiClient(http, new WireApiClientOptions { BaseUrl = server.BaseAddress.ToString(), BearerAuthToken = "t" });

        var response = await client.Files.GetWithResponseAsync("a.zip");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("application/octet-stream", response.Header("Content-Type"));
        Assert.Equal("attachment; filename=\"a.zip\"", response.Header("Content-Disposition"));
        Assert.False(tracker.Content!.Disposed);
        response.Body.Dispose();
        Assert.True(tracker.Content.Disposed);
    }

    /// <summary>What a handler was asked to send, captured before the request is disposed by the client.</summary>
    private sealed record SeenRequest(string Method, Uri Uri, string? Accept, string? Authorization);

    /// <summary>Answers without a network, for hosts the test cannot own (the spec's status server).</summary>
    private sealed class StubHandler : HttpMessageHandler
    {
        private readonly Func<HttpRequestMessage, HttpResponseMessage> _respond;

        public StubHandler(Func<HttpRequestMessage, HttpResponseMessage> respond) => _respond = respond;

        public List<SeenRequest> Requests { get; } = new();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(new SeenRequest(
                request.Method.Method,
                request.RequestUri!,
                request.Headers.TryGetValues("Accept", out var accept) ? string.Join(", ", accept) : null,
                request.Headers.Authorization?.ToString()));
            return Task.FromResult(_respond(request));
        }
    }

    /// <summary>Wraps each response body so a test can see when the client let go of the response.</summary>
    private sealed class TrackingHandler : DelegatingHandler
    {
        public TrackedContent? Content { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            Content = new TrackedContent(response.Content);
            response.Content = Content;
            return response;
        }
    }

    private sealed class TrackedContent : HttpContent
    {
        private readonly HttpContent _inner;

        public TrackedContent(HttpContent inner)
        {
            _inner = inner;
            foreach (var header in inner.Headers)
            {
                Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        public bool Disposed { get; private set; }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => _inner.CopyToAsync(stream);

        protected override Task<Stream> CreateContentReadStreamAsync() => _inner.ReadAsStreamAsync();

        protected override Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken) => _inner.ReadAsStreamAsync(cancellationToken);

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Disposed = true;
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
