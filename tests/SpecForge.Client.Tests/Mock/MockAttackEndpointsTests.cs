using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using MockPets;
using SpecForge.Client.Tests.SpecForge.Mocking;
using SpecForge.Tests.Shared;

namespace SpecForge.Client.Tests.Mock;

/// <summary>
/// The generated <c>MapMockPetsMock</c> on Kestrel (127.0.0.1) under attack, over raw sockets where HttpClient would
/// refuse or rewrite the request: every answer is the exact 4xx, problem details where the mock answers, reported to
/// OnExchange, and Kestrel's own rejections (431, 414) are never 500s.
/// </summary>
public sealed class MockAttackEndpointsTests : IAsyncLifetime
{
    private const int BodyLimit = 16384;
    private const string Bearer = "Authorization: Bearer tok";

    private readonly ConcurrentQueue<string> _exchanges = new();
    private WebApplication? _app;
    private Uri _address = new("http://127.0.0.1/");

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapMockPetsMock(new MockServerOptions
        {
            MaxRequestBodyBytes = BodyLimit,
            OnExchange = (request, response) => _exchanges.Enqueue(request.Method + " " + request.Path + "?" + request.Query + " " + response.Outcome),
        });
        await _app.StartAsync();
        _address = new Uri(_app.Urls.First());
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("overflow", "FFFFFFFFFFFFFFFFFFFFFFFF\r\n{}\r\n0\r\n\r\n")]
    [InlineData("just-over-int", "80000000\r\n{}\r\n0\r\n\r\n")]
    [InlineData("not-hex", "zz\r\n{}\r\n0\r\n\r\n")]
    [InlineData("negative", "-2\r\n{}\r\n0\r\n\r\n")]
    [InlineData("no-crlf-after-data", "2\r\n{}XX0\r\n\r\n")]
    public async Task Bad_chunked_framing_is_a_400_problem(string attack, string chunked)
    {
        var response = await RawHttp.SendAsync(_address, $"POST /pets?attack={attack} HTTP/1.1\r\nHost: mock\r\n{Bearer}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked", Encoding.ASCII.GetBytes(chunked));

        AssertProblem(400, response, "unreadable-body");
        Assert.StartsWith("400 unreadable body: ", Logged(attack), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_declared_length_over_the_limit_is_413_before_any_byte_is_sent()
    {
        var response = await RawHttp.SendAsync(_address, $"POST /pets?attack=declared HTTP/1.1\r\nHost: mock\r\n{Bearer}\r\nContent-Type: application/json\r\nContent-Length: 1000000000");

        AssertProblem(413, response, "content-too-large");
        Assert.Equal("413 body over 16384 bytes", Logged("declared"));
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_413()
    {
        var chunk = new string(' ', 6000);
        var chunked = $"1770\r\n{chunk}\r\n1770\r\n{chunk}\r\n1770\r\n{chunk}\r\n0\r\n\r\n";

        var response = await RawHttp.SendAsync(_address, $"POST /pets?attack=chunked-large HTTP/1.1\r\nHost: mock\r\n{Bearer}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked", Encoding.ASCII.GetBytes(chunked));

        AssertProblem(413, response, "content-too-large");
        Assert.Equal("413 body over 16384 bytes", Logged("chunked-large"));
    }

    [Fact]
    public async Task A_body_at_the_limit_is_read_and_validated()
    {
        var body = "{\"name\":\"Rex\"}" + new string(' ', BodyLimit - 14);
        using var http = new HttpClient { BaseAddress = _address };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/pets?attack=at-limit") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer tok");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("201 synthesized", Logged("at-limit"));
    }

    [Theory]
    [InlineData("headers-too-long", 431)]
    [InlineData("too-many-headers", 431)]
    [InlineData("target-too-long", 414)]
    public async Task Kestrel_rejects_huge_heads_itself_never_with_a_500(string attack, int status)
    {
        var head = attack switch
        {
            "headers-too-long" => $"GET /health?attack={attack} HTTP/1.1\r\nHost: mock\r\nX-Big: {new string('a', 40_000)}",
            "too-many-headers" => $"GET /health?attack={attack} HTTP/1.1\r\nHost: mock\r\n" + string.Join("\r\n", Enumerable.Range(0, 200).Select(i => $"X-H{i}: {i}")),
            _ => $"GET /health?attack={attack}&pad={new string('a', 10_000)} HTTP/1.1\r\nHost: mock",
        };

        var response = await RawHttp.SendAsync(_address, head);

        Assert.Equal(status, response.Status);
        Assert.DoesNotContain(_exchanges, e => e.Contains(attack, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/../../etc/passwd", 404)]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd", 404)]
    [InlineData("/pets/1/../../../etc/passwd", 404)]
    [InlineData("/pets/%2e%2e", 404)]
    [InlineData("/pets/..%2f..%2fetc%2fpasswd", 400)]
    [InlineData("/pets/%2e%2e%2f%2e%2e%2fetc%2fpasswd", 400)]
    [InlineData("/pets/1%2f..%2f..%2fetc%2fpasswd", 400)]
    [InlineData("../../etc/passwd", 400)]
    public async Task Path_traversal_is_a_404_or_400_and_never_reads_a_file(string target, int status)
    {
        var response = await RawHttp.SendAsync(_address, $"GET {target} HTTP/1.1\r\nHost: mock\r\n{Bearer}");

        Assert.Equal(status, response.Status);
        Assert.DoesNotContain("root:", response.Text, StringComparison.Ordinal);
        if (status == 400 && target.StartsWith("/pets/", StringComparison.Ordinal))
        {
            // The route matched, so the mock itself judged the id: an integer cannot be "../..".
            AssertProblem(400, response, "validation");
        }
    }

    [Theory]
    [InlineData("GET", "/pets/99999999999999999999", null, 400, "/path/petId format")]
    [InlineData("GET", "/pets/1e5", null, 400, "/path/petId type")]
    [InlineData("POST", "/pets", "{\"name\":\"\\ud800\"}", 400, "/body json")]
    [InlineData("POST", "/pets", "{\"name\":\"\xFF\"}", 400, "/body json")]
    [InlineData("POST", "/pets", "deep", 400, "/body json")]
    [InlineData("POST", "/pets", "{\"name\":", 400, "/body json")]
    public async Task Hostile_values_and_bodies_through_kestrel_are_400_problems(string method, string path, string? body, int status, string error)
    {
        var bytes = body switch
        {
            null => null,
            "deep" => Encoding.ASCII.GetBytes(new string('[', 10_000)),

            // Latin-1 keeps \xFF a single byte 0xFF: invalid UTF-8 on the wire.
            _ => Encoding.Latin1.GetBytes(body),
        };
        var head = $"{method} {path} HTTP/1.1\r\nHost: mock\r\n{Bearer}" + (bytes is null ? string.Empty : $"\r\nContent-Type: application/json\r\nContent-Length: {bytes.Length}");

        var response = await RawHttp.SendAsync(_address, head, bytes);

        AssertProblem(status, response, "validation");
        using var problem = JsonDocument.Parse(response.Body);
        var errors = problem.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString() + " " + e.GetProperty("rule").GetString());
        Assert.Equal(new[] { error }, errors);
    }

    [Fact]
    public async Task A_content_type_the_operation_does_not_take_is_415()
    {
        var body = Encoding.ASCII.GetBytes("<pet/>");
        var response = await RawHttp.SendAsync(_address, $"POST /pets?attack=xml HTTP/1.1\r\nHost: mock\r\n{Bearer}\r\nContent-Type: application/xml\r\nContent-Length: {body.Length}", body);

        AssertProblem(415, response, "unsupported-media-type");
        Assert.Equal("415 unsupported media type 'application/xml'", Logged("xml"));
    }

    [Fact]
    public async Task Two_thousand_concurrent_connections_are_all_answered_and_the_mock_answers_afterwards()
    {
        const int connections = 2000;

        var statuses = await RawHttp.FloodAsync(_address, connections, "GET /health?attack=flood HTTP/1.1\r\nHost: mock");

        Assert.All(statuses, status => Assert.Equal(200, status));
        using var http = new HttpClient { BaseAddress = _address };
        var health = await new MockPetsClient(http, new MockPetsClientOptions { BaseUrl = _address.ToString() }).GetHealthAsync();
        Assert.Equal("ok", health.Status.ToString());
        Assert.Equal(connections, _exchanges.Count(e => e.Contains("attack=flood", StringComparison.Ordinal)));
    }

    private static void AssertProblem(int status, RawResponse response, string type)
    {
        Assert.True(status == response.Status, $"expected {status}, got {response.Status}: {response.Text}");
        Assert.Equal("application/problem+json", response.ContentType);
        using var problem = JsonDocument.Parse(response.Body);
        Assert.Equal(status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("https://specforge.dev/problems/" + type, problem.RootElement.GetProperty("type").GetString());
    }

    // The outcome OnExchange saw for the one request marked with attack=<marker>.
    private string Logged(string marker)
    {
        var line = Assert.Single(_exchanges, e => e.Contains("attack=" + marker + " ", StringComparison.Ordinal));
        return line[(line.IndexOf("attack=" + marker + " ", StringComparison.Ordinal) + marker.Length + 8)..];
    }
}
