using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using SpecForge.Runtime;
using SpecForge.Runtime.Client;

namespace SpecForge.Runtime.Tests.Client;

/// <summary>
/// What a generated operation hands to the transport once its request is built: the send that owns the request and
/// checks the status against the operation's documented errors, and the readers that turn the response into the result.
/// </summary>
public sealed class OperationTests
{
    private static readonly string[][] Anonymous = { Array.Empty<string>() };

    [Fact]
    public async Task A_2xx_response_is_returned_as_it_is()
    {
        var response = new HttpResponseMessage(HttpStatusCode.Created) { Content = new Watched("{}") };

        var checkedResponse = await Transport(out _).CheckAsync(response, null, CancellationToken.None);

        Assert.Same(response, checkedResponse);
        Assert.False(((Watched)response.Content).Disposed);
    }

    [Fact]
    public async Task An_undocumented_status_gives_the_body_as_text_and_disposes_the_response()
    {
        var content = new Watched("""{"message":"gone"}""");
        var response = new HttpResponseMessage(HttpStatusCode.Gone) { Content = content, ReasonPhrase = "Gone" };

        var error = await Assert.ThrowsAsync<ApiException>(() => Transport(out _).CheckAsync(response, new[] { ApiError.Json<long>("404", ReadCode) }, CancellationToken.None));

        Assert.Equal(410, error.StatusCode);
        Assert.Equal("""{"message":"gone"}""", error.ResponseBody);
        Assert.Equal("The API answered 410 Gone.", error.Message);
        Assert.True(content.Disposed);
    }

    [Theory]
    [InlineData(404, "code 7")]
    [InlineData(409, "text")]
    [InlineData(400, "text")]
    [InlineData(503, "code 7")]
    public async Task The_first_documented_error_that_matches_the_status_reads_the_body(int status, string expected)
    {
        var errors = new[] { ApiError.Json<long>("404", ReadCode), ApiError.Text("4XX"), ApiError.Json<long>("default", ReadCode) };
        var content = new Watched("""{"code":7}""");
        var response = new HttpResponseMessage((HttpStatusCode)status) { Content = content };

        var error = await Assert.ThrowsAnyAsync<ApiException>(() => Transport(out _).CheckAsync(response, errors, CancellationToken.None));

        var read = error switch
        {
            ApiException<long> typed => "code " + typed.Error,
            ApiException<string> text when text.Error == """{"code":7}""" => "text",
            _ => "plain",
        };
        Assert.Equal(expected, read);
        Assert.True(content.Disposed);
    }

    [Fact]
    public async Task An_error_of_another_media_type_is_a_plain_exception_that_keeps_the_body()
    {
        var response = new HttpResponseMessage(HttpStatusCode.BadRequest) { Content = new Watched("%PDF") };

        var error = await Assert.ThrowsAsync<ApiException>(() => Transport(out _).CheckAsync(response, new[] { ApiError.Untyped("400"), ApiError.Text("default") }, CancellationToken.None));

        Assert.Equal("%PDF", error.ResponseBody);
    }

    [Fact]
    public void A_new_request_goes_to_the_base_url_or_the_operations_server_and_asks_for_what_it_reads()
    {
        var transport = Transport(out _);

        using var json = transport.NewRequest(HttpMethod.Get, "/pets?limit=2", "application/json");
        using var bodiless = transport.NewRequest(HttpMethod.Delete, "/pets/1", null);
        using var elsewhere = ApiTransport.NewRequest(HttpMethod.Post, "https://uploads.example.com/v2/", "/files", "text/plain");

        Assert.Equal(("GET", "https://api.example.com/pets?limit=2"), (json.Method.Method, json.RequestUri!.ToString()));
        Assert.Equal(new[] { "application/json" }, json.Headers.GetValues("Accept"));
        Assert.False(bodiless.Headers.Contains("Accept"));
        Assert.Equal("https://uploads.example.com/v2/files", elsewhere.RequestUri!.ToString());
        Assert.Equal(new[] { "text/plain" }, elsewhere.Headers.GetValues("Accept"));
    }

    [Fact]
    public async Task Sending_disposes_the_request_and_checks_the_status()
    {
        var transport = Transport(out var handler, HttpStatusCode.NotFound, """{"code":3}""");
        var body = new Watched("{}");
        var request = new HttpRequestMessage(HttpMethod.Post, transport.BuildUri("/pets")) { Content = body };

        var error = await Assert.ThrowsAsync<ApiException<long>>(() => transport.SendAsync(request, Anonymous, null, false, new[] { ApiError.Json<long>("404", ReadCode) }, CancellationToken.None));

        Assert.Equal(3L, error.Error);
        Assert.Equal("https://api.example.com/pets", handler.Sent!.RequestUri!.ToString());
        Assert.True(body.Disposed);
    }

    [Fact]
    public async Task A_json_result_carries_its_status_and_headers()
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new Watched("""{"code":5}""") };
        response.Headers.Add("X-Rate", "9");

        var result = await Transport(out _).JsonResponseAsync(Task.FromResult(response), ReadCode, false, CancellationToken.None);

        Assert.Equal((200, 5L, "9"), (result.StatusCode, result.Body, result.Headers["X-Rate"][0]));
        Assert.True(((Watched)response.Content).Disposed);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public async Task The_body_is_checked_only_when_the_options_ask_for_it(bool validateResponses, bool throws)
    {
        var transport = Transport(out _, options: new Options { ValidateResponses = validateResponses });
        var response = new HttpResponseMessage(HttpStatusCode.Accepted) { Content = new Watched("""{"code":-1}""") };
        var violation = new ConstraintViolation("/code", "minimum", "0", "must be at least 0");

        var call = transport.JsonResponseAsync(Task.FromResult(response), ReadCode, false, CancellationToken.None, code => code < 0 ? new List<ConstraintViolation> { violation } : null);

        if (throws)
        {
            var error = await Assert.ThrowsAsync<ResponseValidationException>(() => call);
            Assert.Equal(202, error.StatusCode);
            Assert.Same(violation, Assert.Single(error.Violations));
        }
        else
        {
            Assert.Equal(-1L, (await call).Body);
        }
    }

    [Fact]
    public async Task A_body_without_violations_passes_the_check()
    {
        var transport = Transport(out _, options: new Options { ValidateResponses = true });
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new Watched("""{"code":1}""") };

        var result = await transport.JsonResponseAsync(Task.FromResult(response), ReadCode, false, CancellationToken.None, _ => null);

        Assert.Equal(1L, result.Body);
    }

    [Fact]
    public async Task A_failed_send_fails_the_result_with_the_same_exception()
    {
        var failure = new RequestValidationException(new[] { new ConstraintViolation("/limit", "maximum", "100", "must be at most 100") });

        var thrown = await Assert.ThrowsAsync<RequestValidationException>(() => Transport(out _).JsonResponseAsync(Task.FromException<HttpResponseMessage>(failure), ReadCode, false, CancellationToken.None));

        Assert.Same(failure, thrown);
    }

    [Fact]
    public async Task A_request_builder_that_throws_fails_the_task_with_the_same_exception_and_sends_nothing()
    {
        var transport = Transport(out var handler);
        var failure = new FormatException("bad header");

        var task = transport.SendAsync(() => throw failure, Anonymous, null, false, null, CancellationToken.None);

        Assert.True(task.IsFaulted);
        Assert.Same(failure, await Assert.ThrowsAsync<FormatException>(() => task));
        Assert.Null(handler.Sent);
    }

    [Fact]
    public async Task A_built_request_is_sent_disposed_and_its_status_checked()
    {
        var transport = Transport(out var handler, HttpStatusCode.NotFound, """{"code":5}""");
        var body = new Watched("{}");

        var error = await Assert.ThrowsAsync<ApiException<long>>(() => transport.SendAsync(() => new HttpRequestMessage(HttpMethod.Put, transport.BuildUri("/pets/1")) { Content = body }, Anonymous, null, false, new[] { ApiError.Json<long>("404", ReadCode) }, CancellationToken.None));

        Assert.Equal(5L, error.Error);
        Assert.Equal(HttpMethod.Put, handler.Sent!.Method);
        Assert.True(body.Disposed);
    }

    [Fact]
    public async Task Text_and_empty_results_read_the_response_and_dispose_it()
    {
        var text = new HttpResponseMessage(HttpStatusCode.OK) { Content = new Watched("pong") };
        var empty = new HttpResponseMessage(HttpStatusCode.NoContent) { Content = new Watched(string.Empty) };

        var textResult = await Transport(out _).TextResponseAsync(Task.FromResult(text), CancellationToken.None);
        var emptyResult = await ApiTransport.EmptyResponseAsync(Task.FromResult(empty));

        Assert.Equal(("pong", 204), (textResult.Body, emptyResult.StatusCode));
        Assert.True(((Watched)text.Content).Disposed && ((Watched)empty.Content).Disposed);
    }

    [Fact]
    public async Task A_stream_result_owns_the_response_until_the_caller_disposes_it()
    {
        var content = new Watched("bytes");
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = content };

        var result = await Transport(out _).StreamResponseAsync(Task.FromResult(response), CancellationToken.None);

        Assert.False(content.Disposed);
        result.Body.Dispose();
        Assert.True(content.Disposed);
    }

    private static ApiTransport Transport(out Recorder handler, HttpStatusCode status = HttpStatusCode.OK, string body = "{}", Options? options = null)
    {
        handler = new Recorder(status, body);
        return new ApiTransport(new HttpClient(handler), options ?? new Options(), "https://api.example.com", (_, _, _) => Task.CompletedTask);
    }

    private static long ReadCode(ref Utf8JsonReader reader)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.GetProperty("code").GetInt64();
    }

    private sealed class Options : ApiClientOptions
    {
    }

    private sealed class Recorder(HttpStatusCode status, string body) : HttpMessageHandler
    {
        public HttpRequestMessage? Sent { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Sent = request;
            return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json"), RequestMessage = request });
        }
    }

    private sealed class Watched(string text) : StringContent(text, Encoding.UTF8)
    {
        public bool Disposed { get; private set; }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
