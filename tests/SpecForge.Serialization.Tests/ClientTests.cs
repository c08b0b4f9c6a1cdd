using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Types31;

namespace SpecForge.Serialization.Tests;

/// <summary>The generated client reads and writes bodies with the converters: no reflection anywhere on the wire.</summary>
public sealed class ClientTests
{
    [Fact]
    public async Task A_request_body_leaves_out_readOnly_members_and_a_polymorphic_response_is_read()
    {
        var handler = new Answering("""{"kind":"circle","radius":1}""");
        var client = new Types31Client(new HttpClient(handler) { BaseAddress = new System.Uri("https://api.test/") });

        var created = await client.CreateShapeAsync(new Circle { Radius = 1 }, CancellationToken.None);
        var account = await new Types31Client(new HttpClient(new Answering("""{"id":"a-9","name":"Ada"}"""))).CreateAccountAsync(new Account { Id = "ignored", Name = "Ada", Password = "p" });

        Assert.IsType<Circle>(created);
        Assert.Equal("""{"kind":"circle","radius":1}""", handler.Body);
        Assert.Equal("a-9", account.Id);
    }

    [Fact]
    public async Task A_response_that_does_not_match_the_spec_is_an_ApiException_with_the_body()
    {
        var client = new Types31Client(new HttpClient(new Answering("""[{"neither":1}]""")));

        var error = await Assert.ThrowsAsync<ApiException>(() => client.SearchAsync());

        Assert.Equal("""[{"neither":1}]""", error.ResponseBody);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(error.InnerException);
    }

    [Fact]
    public async Task Binary_bodies_are_streams_and_a_downloaded_stream_owns_its_response()
    {
        var content = new TrackedContent(new byte[] { 37, 80, 68, 70 });
        var handler = new Streaming(content);
        var client = new Types31Client(new HttpClient(handler) { BaseAddress = new System.Uri("https://api.test/") });

        await client.UploadFileAsync("f1", new System.IO.MemoryStream(new byte[] { 1, 2, 3 }));
        var download = await client.DownloadFileAsync("f1");
        var copy = new System.IO.MemoryStream();
        await download.CopyToAsync(copy);

        Assert.Equal(new byte[] { 1, 2, 3 }, handler.Uploaded);
        Assert.Equal("application/octet-stream", handler.UploadedType);
        Assert.Equal(new byte[] { 37, 80, 68, 70 }, copy.ToArray());
        Assert.False(content.Disposed);
        await download.DisposeAsync();
        Assert.True(content.Disposed);
    }

    private sealed class Streaming(TrackedContent download) : HttpMessageHandler
    {
        public byte[]? Uploaded { get; private set; }

        public string? UploadedType { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method == HttpMethod.Put)
            {
                Uploaded = await request.Content!.ReadAsByteArrayAsync(cancellationToken);
                UploadedType = request.Content.Headers.ContentType?.MediaType;
                return new HttpResponseMessage(HttpStatusCode.NoContent);
            }

            return new HttpResponseMessage(HttpStatusCode.OK) { Content = download };
        }
    }

    private sealed class TrackedContent(byte[] bytes) : ByteArrayContent(bytes)
    {
        public bool Disposed { get; private set; }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }

    private sealed class Answering(string json) : HttpMessageHandler
    {
        public string? Body { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        }
    }
}
