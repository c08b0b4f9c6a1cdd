using System;
using System.Linq;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using SpecForge.IntegrationTests.Infrastructure;
using SpecForge.Tests.Shared;

namespace SpecForge.IntegrationTests;

/// <summary>
/// <c>specforge mock</c> under attack, one running tool for the class: each hostile request gets its exact status,
/// problem details where the mock answers, and a log line, whether the engine or Kestrel answered it; none is a 500.
/// </summary>
public sealed class MockCliAttackTests(MockCliAttackTests.Server server) : IClassFixture<MockCliAttackTests.Server>
{
    private const int BodyLimit = 16384;

    [Theory]
    [InlineData("int64-overflow", "/pets/99999999999999999999", "/path/petId format")]
    [InlineData("exponent", "/pets/1e5", "/path/petId type")]
    [InlineData("encoded-traversal", "/pets/..%2f..%2fetc%2fpasswd", "/path/petId type")]
    public async Task A_path_value_that_is_no_int64_is_400_and_logged(string attack, string path, string error)
    {
        var response = await server.SendAsync($"GET {path}?attack={attack} HTTP/1.1\r\nHost: mock");

        AssertProblem(400, response, "validation", error);
        await server.WaitForLogAsync($"GET {path}?attack={attack} 400 1 violation");
    }

    [Theory]
    [InlineData("int32-overflow", "{\"name\":\"Rex\",\"count\":2147483648}", 422, "/body/count format")]
    [InlineData("int64-overflow", "{\"name\":\"Rex\",\"age\":99999999999999999999}", 422, "/body/age format")]
    [InlineData("lone-surrogate", "{\"name\":\"\\ud800\"}", 400, "/body json")]
    [InlineData("invalid-utf8", "{\"name\":\"\xFF\xFE\"}", 400, "/body json")]
    [InlineData("deep-nesting", "deep", 400, "/body json")]
    [InlineData("malformed", "{\"name\":\"Rex\"", 400, "/body json")]
    public async Task A_hostile_body_is_a_4xx_problem_and_logged(string attack, string body, int status, string error)
    {
        // Latin-1 keeps \xFF a single byte: invalid UTF-8 on the wire.
        var bytes = body == "deep" ? Encoding.ASCII.GetBytes(new string('[', 10_000)) : Encoding.Latin1.GetBytes(body);

        var response = await server.SendAsync($"POST /pets?attack={attack} HTTP/1.1\r\nHost: mock\r\nContent-Type: application/json\r\nContent-Length: {bytes.Length}", bytes);

        AssertProblem(status, response, "validation", error);
        await server.WaitForLogAsync($"POST /pets?attack={attack} {status} 1 violation");
    }

    [Fact]
    public async Task A_declared_body_over_the_limit_is_413_and_logged()
    {
        var response = await server.SendAsync("POST /pets?attack=declared-large HTTP/1.1\r\nHost: mock\r\nContent-Type: application/json\r\nContent-Length: 1000000000");

        AssertProblem(413, response, "content-too-large", null);
        await server.WaitForLogAsync($"POST /pets?attack=declared-large 413 body over {BodyLimit} bytes");
        await AssertLoggedOnceAsync("declared-large", "Request body too large");
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_413_and_logged()
    {
        var chunk = new string(' ', 6000);
        var chunked = Encoding.ASCII.GetBytes($"1770\r\n{chunk}\r\n1770\r\n{chunk}\r\n1770\r\n{chunk}\r\n0\r\n\r\n");

        var response = await server.SendAsync("POST /pets?attack=chunked-large HTTP/1.1\r\nHost: mock\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked", chunked);

        AssertProblem(413, response, "content-too-large", null);
        await server.WaitForLogAsync($"POST /pets?attack=chunked-large 413 body over {BodyLimit} bytes");
        await AssertLoggedOnceAsync("chunked-large", "Request body too large");
    }

    [Theory]
    [InlineData("chunk-overflow", "FFFFFFFFFFFFFFFFFFFFFFFF\r\n{}\r\n0\r\n\r\n")]
    [InlineData("chunk-not-hex", "zz\r\n{}\r\n0\r\n\r\n")]
    public async Task Bad_chunked_framing_is_a_400_problem_and_logged(string attack, string chunked)
    {
        var response = await server.SendAsync($"POST /pets?attack={attack} HTTP/1.1\r\nHost: mock\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked", Encoding.ASCII.GetBytes(chunked));

        AssertProblem(400, response, "unreadable-body", null);
        await server.WaitForLogAsync($"POST /pets?attack={attack} 400 unreadable body: Bad chunk size data.");
        await AssertLoggedOnceAsync(attack, "Bad chunk size data");
    }

    [Fact]
    public async Task A_content_type_the_operation_does_not_take_is_415_and_logged()
    {
        var body = Encoding.ASCII.GetBytes("<pet/>");

        var response = await server.SendAsync($"POST /pets?attack=xml HTTP/1.1\r\nHost: mock\r\nContent-Type: text/xml\r\nContent-Length: {body.Length}", body);

        AssertProblem(415, response, "unsupported-media-type", null);
        await server.WaitForLogAsync("POST /pets?attack=xml 415 unsupported media type 'text/xml'");
    }

    [Theory]
    [InlineData("/../../etc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/%2e%2e%2f%2e%2e%2fetc%2fpasswd")]
    [InlineData("/pets%2f..%2f..%2fetc%2fpasswd")]
    public async Task Path_traversal_is_a_404_problem_and_logged(string path)
    {
        var response = await server.SendAsync($"GET {path}?attack=traversal HTTP/1.1\r\nHost: mock");

        AssertProblem(404, response, "not-found", null);
        Assert.DoesNotContain("root:", response.Text, StringComparison.Ordinal);
        await server.WaitForLogAsync($"GET {path}?attack=traversal 404 no route");
    }

    [Theory]
    [InlineData("GET /pets/1?attack=headers HTTP/1.1\r\nHost: mock\r\nX-Big: {0}", 431, "Request headers too long.")]
    [InlineData("GET ../../etc/passwd HTTP/1.1\r\nHost: mock", 400, "Invalid request target")]
    public async Task Kestrel_rejects_a_huge_or_malformed_head_itself_and_the_rejection_is_logged(string head, int status, string reason)
    {
        var response = await server.SendAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, head, new string('a', 40_000)));

        Assert.Equal(status, response.Status);
        await server.WaitForLogAsync($"{status} rejected by Kestrel: {reason}");
    }

    [Fact]
    public async Task Two_thousand_concurrent_connections_are_answered_and_the_tool_keeps_serving()
    {
        var statuses = await RawHttp.FloodAsync(server.Address, 2000, "GET /pets/1?attack=flood HTTP/1.1\r\nHost: mock");

        Assert.All(statuses, status => Assert.Equal(200, status));
        var after = await server.SendAsync("GET /pets/1?attack=after-flood HTTP/1.1\r\nHost: mock");
        Assert.Equal(200, after.Status);
        await server.WaitForLogAsync("GET /pets/1?attack=after-flood 200 example");
    }

    // Kestrel reports a body failure the mock already answered once the exchange is over; by the time a later request
    // is logged, such a report would be in the output, and the tool must have kept it from reading as a second answer.
    private async Task AssertLoggedOnceAsync(string attack, string kestrelReason)
    {
        var next = await server.SendAsync($"GET /pets/1?attack={attack}-next HTTP/1.1\r\nHost: mock");
        Assert.Equal(200, next.Status);
        await server.WaitForLogAsync($"GET /pets/1?attack={attack}-next 200");
        Assert.DoesNotContain("rejected by Kestrel: " + kestrelReason, server.Output, StringComparison.Ordinal);
    }

    private static void AssertProblem(int status, RawResponse response, string type, string? error)
    {
        Assert.True(status == response.Status, $"expected {status}, got {response.Status}: {response.Text}");
        Assert.Equal("application/problem+json", response.ContentType);
        using var problem = JsonDocument.Parse(response.Body);
        Assert.Equal(status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("https://specforge.dev/problems/" + type, problem.RootElement.GetProperty("type").GetString());
        if (error is not null)
        {
            var errors = problem.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString() + " " + e.GetProperty("rule").GetString());
            Assert.Equal(new[] { error }, errors);
        }
    }

    /// <summary>One <c>specforge mock</c> on a free loopback port for the whole class, with a 16 KiB body limit.</summary>
    public sealed class Server : IAsyncLifetime
    {
        private readonly MockProcess _mock = MockProcess.Start(FixtureFiles.PathOf("mock-pets.yaml"), "--port", "0", "--max-body-bytes", BodyLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));

        public Uri Address { get; private set; } = new("http://127.0.0.1/");

        /// <summary>Everything the tool printed so far.</summary>
        public string Output => _mock.Output;

        public async Task InitializeAsync() => Address = new Uri(await _mock.WaitForAddressAsync());

        public Task DisposeAsync()
        {
            _mock.Dispose();
            return Task.CompletedTask;
        }

        internal Task<RawResponse> SendAsync(string head, byte[]? body = null) => RawHttp.SendAsync(Address, head, body);

        /// <summary>Waits for a log line containing <paramref name="text"/>; lines of earlier tests are passed over.</summary>
        public Task WaitForLogAsync(string text) =>
            _mock.WaitForLineAsync(line => line.Contains(text, StringComparison.Ordinal) ? line : null);
    }
}
