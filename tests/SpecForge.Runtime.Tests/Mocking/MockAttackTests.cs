using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SpecForge.Runtime.Mocking;
using Xunit;

namespace SpecForge.Runtime.Tests.Mocking;

/// <summary>
/// Hostile requests against the engine itself: each is answered with an exact 4xx as problem details, none reaches the
/// 500 that only an engine bug may produce, and every answer (the 500 included) goes through OnExchange for the log.
/// </summary>
public sealed class MockAttackTests
{
    private const string Spec = """
        {'openapi':'3.1.0','info':{'title':'t','version':'1'},
         'paths':{
           '/counters/{id}':{'post':{
             'parameters':[
               {'name':'id','in':'path','required':true,'schema':{'type':'integer','format':'int64'}},
               {'name':'step','in':'query','schema':{'type':'integer','format':'int32'}},
               {'name':'X-Total','in':'header','schema':{'type':'integer'}},
               {'name':'batch','in':'cookie','schema':{'type':'integer','format':'int32'}},
               {'name':'filter','in':'query','content':{'application/json':{'schema':{'type':'object'}}}}],
             'requestBody':{'content':{'application/json':{'schema':{'type':'object','properties':{
               'count':{'type':'integer','format':'int32'},
               'total':{'type':'integer','format':'int64'},
               'plain':{'type':'integer'},
               'ratio':{'type':'number','format':'int32'},
               'name':{'type':'string'}}}}}},
             'responses':{'204':{'description':'ok'}}}}}}
        """;

    private static readonly (string, string) Bearer = ("Authorization", "Bearer token");

    [Theory]
    [InlineData("/pets/99999999999999999999", "/path/petId format", "int64")]
    [InlineData("/counters/-9223372036854775809", "/path/id format", "int64")]
    [InlineData("/counters/9223372036854775808", "/path/id format", "int64")]
    [InlineData("/counters/1?step=2147483648", "/query/step format", "int32")]
    [InlineData("/counters/1?step=-2147483649", "/query/step format", "int32")]
    public void An_integer_parameter_beyond_its_format_is_400(string pathAndQuery, string error, string limit)
    {
        var engine = pathAndQuery.StartsWith("/pets", StringComparison.Ordinal) ? MockTestHost.Pets() : MockTestHost.FromJson(Spec);

        var response = engine.Send(pathAndQuery.StartsWith("/pets", StringComparison.Ordinal) ? "GET" : "POST", pathAndQuery);

        AssertProblem(400, response);
        Assert.Equal(new[] { error }, response.ErrorKeys());
        Assert.Equal(limit, response.Json().GetProperty("errors")[0].GetProperty("limit").GetString());
    }

    [Fact]
    public void Header_and_cookie_integers_are_range_checked_too()
    {
        var response = MockTestHost.FromJson(Spec).Send("POST", "/counters/1", null, ("X-Total", "99999999999999999999"), ("Cookie", "batch=3000000000"));

        AssertProblem(400, response);
        Assert.Equal(new[] { "/cookie/batch format", "/header/X-Total format" }, response.ErrorKeys());
    }

    [Theory]
    [InlineData("/pets/1e5")]
    [InlineData("/pets/1.0")]
    [InlineData("/pets/0x10")]
    [InlineData("/pets/-")]
    public void A_path_integer_must_be_an_integer_literal(string path)
    {
        var response = MockTestHost.Pets().Send("GET", path);

        AssertProblem(400, response);
        Assert.Equal(new[] { "/path/petId type" }, response.ErrorKeys());
    }

    [Theory]
    [InlineData("/counters/9223372036854775807?step=2147483647")]
    [InlineData("/counters/-9223372036854775808?step=-2147483648")]
    [InlineData("/counters/+0007?step=007")]
    public void Integer_parameters_at_the_edges_of_their_format_pass(string pathAndQuery)
    {
        Assert.Equal(204, MockTestHost.FromJson(Spec).Send("POST", pathAndQuery).Status);
    }

    [Theory]
    [InlineData("{'count':2147483648}", "/body/count format", "int32")]
    [InlineData("{'count':-2147483649}", "/body/count format", "int32")]
    [InlineData("{'count':3e9}", "/body/count format", "int32")]
    [InlineData("{'total':9223372036854775808}", "/body/total format", "int64")]
    [InlineData("{'total':1e400}", "/body/total format", "int64")]
    [InlineData("{'plain':99999999999999999999}", "/body/plain format", "int64")]
    [InlineData("{'ratio':2147483648}", "/body/ratio format", "int32")]
    [InlineData("{'ratio':1.5}", "/body/ratio format", "int32")]
    public void A_body_integer_beyond_its_format_is_422(string body, string error, string limit)
    {
        var response = MockTestHost.FromJson(Spec).Send("POST", "/counters/1", body.Replace('\'', '"'));

        AssertProblem(422, response);
        Assert.Equal(new[] { error }, response.ErrorKeys());
        Assert.Equal(limit, response.Json().GetProperty("errors")[0].GetProperty("limit").GetString());
    }

    [Fact]
    public void Body_integers_at_the_edges_of_their_format_pass_and_a_fraction_is_only_a_type_error()
    {
        var engine = MockTestHost.FromJson(Spec);

        var edges = engine.Send("POST", "/counters/1", "{\"count\":2147483647,\"total\":-9223372036854775808,\"plain\":9223372036854775807,\"ratio\":-2147483648}");
        var fraction = engine.Send("POST", "/counters/1", "{\"count\":1.5}");

        Assert.Equal(204, edges.Status);
        Assert.Equal(422, fraction.Status);
        Assert.Equal(new[] { "/body/count type" }, fraction.ErrorKeys());
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xE2, 0x82 })]
    public void Invalid_utf8_in_a_json_body_is_400(byte[] invalid)
    {
        var body = Encoding.UTF8.GetBytes("{\"name\":\"a").Concat(invalid).Concat(Encoding.UTF8.GetBytes("\"}")).ToArray();
        var seen = new List<string>();
        var engine = MockTestHost.Pets(new MockServerOptions { OnExchange = (_, response) => seen.Add(response.Outcome) });

        var response = engine.Handle(Request("POST", "/pets", body, ("Content-Type", "application/json"), Bearer));

        AssertProblem(400, response);
        Assert.Equal(new[] { "/body json" }, response.ErrorKeys());
        Assert.Contains("not valid UTF-8", response.Json().GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(new[] { "400 1 violation" }, seen);
    }

    [Theory]
    [InlineData("{\"name\":\"\\ud800\"}")]
    [InlineData("{\"name\":\"a\\udc00b\"}")]
    [InlineData("{\"name\":\"\\ud800\\ud800\"}")]
    [InlineData("{\"\\ud800\":\"name\"}")]
    [InlineData("{\"name\":\"Rex\",\"tags\":[\"\\udfff\"]}")]
    public void A_lone_surrogate_escape_in_a_json_body_is_400(string body)
    {
        var response = MockTestHost.Pets().Send("POST", "/pets", body, Bearer);

        AssertProblem(400, response);
        Assert.Equal(new[] { "/body json" }, response.ErrorKeys());
        Assert.Contains("lone surrogate", response.Json().GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_surrogate_pair_written_as_escapes_is_fine()
    {
        Assert.Equal(201, MockTestHost.Pets().Send("POST", "/pets", "{\"name\":\"\\ud83d\\ude00\"}", Bearer).Status);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Without_validation_a_stateful_write_of_unreadable_json_is_answered_but_stores_nothing(bool loneSurrogate)
    {
        var engine = MockTestHost.Pets(new MockServerOptions { Stateful = true, ValidateRequests = false });
        var body = loneSurrogate
            ? Encoding.UTF8.GetBytes("{\"name\":\"\\ud800\"}")
            : new byte[] { (byte)'{', (byte)'"', (byte)'n', (byte)'a', (byte)'m', (byte)'e', (byte)'"', (byte)':', (byte)'"', 0xFF, (byte)'"', (byte)'}' };

        var response = engine.Handle(Request("POST", "/things", body, ("Content-Type", "application/json")));

        Assert.Equal(201, response.Status);
        Assert.Empty(engine.Send("GET", "/things").Json().GetProperty("data").EnumerateArray());
    }

    [Fact]
    public void A_lone_surrogate_in_a_json_content_parameter_is_400()
    {
        var response = MockTestHost.FromJson(Spec).Send("POST", "/counters/1?filter=%7B%22a%22%3A%22%5Cud800%22%7D");

        AssertProblem(400, response);
        Assert.Equal(new[] { "/query/filter type" }, response.ErrorKeys());
    }

    [Fact]
    public void A_header_with_a_lone_surrogate_from_an_in_process_caller_is_400()
    {
        var response = MockTestHost.Pets().Send("GET", "/pets", null, ("X-Request-Id", "a\ud800"));

        AssertProblem(400, response);
        Assert.Equal(new[] { "/header/X-Request-Id type" }, response.ErrorKeys());
    }

    [Theory]
    [InlineData(10_000, "[")]
    [InlineData(10_000, "{\"a\":")]
    [InlineData(65, "[")]
    public void Deeply_nested_json_is_400(int depth, string opener)
    {
        var body = "{\"name\":" + string.Concat(Enumerable.Repeat(opener, depth));

        var response = MockTestHost.Pets().Send("POST", "/pets", body, Bearer);

        AssertProblem(400, response);
        Assert.Equal(new[] { "/body json" }, response.ErrorKeys());
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{\"name\":\"Rex\"}}")]
    [InlineData("{\"name\":\"Rex\",}")]
    [InlineData("{'name':'Rex'}")]
    [InlineData("\u0000")]
    [InlineData("NaN")]
    [InlineData("{\"name\":\"Rex\"} // comment")]
    public void Malformed_json_of_every_kind_is_400(string body)
    {
        var response = MockTestHost.Pets().Send("POST", "/pets", body, Bearer);

        AssertProblem(400, response);
        Assert.Equal(new[] { "/body json" }, response.ErrorKeys());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_body_over_the_limit_is_413_validated_or_not(bool validate)
    {
        var seen = new List<string>();
        var engine = MockTestHost.Pets(new MockServerOptions { MaxRequestBodyBytes = 32, ValidateRequests = validate, OnExchange = (_, response) => seen.Add(response.Outcome) });

        var atLimit = engine.Send("POST", "/pets", "{\"name\":\"" + new string('a', 21) + "\"}", Bearer);
        var overLimit = engine.Send("POST", "/pets", "{\"name\":\"" + new string('a', 22) + "\"}", Bearer);

        Assert.Equal(201, atLimit.Status);
        AssertProblem(413, overLimit);
        Assert.Contains("32 bytes", overLimit.Json().GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("413 body over 32 bytes", seen[1]);
    }

    [Fact]
    public void A_body_over_the_limit_is_413_on_an_unknown_path_too_and_routed_operations_check_it()
    {
        var engine = MockTestHost.Pets(new MockServerOptions { MaxRequestBodyBytes = 4 });
        var operation = engine.Operations.Single(o => o.OperationId == "createPet");

        AssertProblem(413, engine.Send("POST", "/nowhere", "12345"));
        AssertProblem(413, engine.Handle(operation, Request("POST", "/pets", Encoding.UTF8.GetBytes("12345"), ("Content-Type", "application/json"), Bearer)));
    }

    [Fact]
    public void The_default_body_limit_is_10_MiB_and_a_negative_one_is_refused()
    {
        Assert.Equal(10L * 1024 * 1024, new MockServerOptions().MaxRequestBodyBytes);
        Assert.Throws<ArgumentOutOfRangeException>(() => new MockServerOptions { MaxRequestBodyBytes = -1 });
    }

    [Fact]
    public async Task The_in_process_handler_answers_413_without_reading_past_the_limit()
    {
        var engine = MockTestHost.Pets(new MockServerOptions { MaxRequestBodyBytes = 1024 });
        var endless = new CountingStream();
        using var declared = new HttpRequestMessage(HttpMethod.Post, "http://mock/pets") { Content = new ByteArrayContent(new byte[2048]) };
        using var streamed = new HttpRequestMessage(HttpMethod.Post, "http://mock/pets") { Content = new StreamContent(endless) };

        using var declaredResponse = await MockHttp.AnswerAsync(engine, declared, CancellationToken.None);
        using var streamedResponse = await MockHttp.AnswerAsync(engine, streamed, CancellationToken.None);

        Assert.Equal((HttpStatusCode)413, declaredResponse.StatusCode);
        Assert.Equal((HttpStatusCode)413, streamedResponse.StatusCode);
        Assert.Equal("application/problem+json", streamedResponse.Content.Headers.ContentType?.MediaType);
        Assert.InRange(endless.Served, 1025, 1024 + 81920);
    }

    [Theory]
    [InlineData("text/xml")]
    [InlineData("application/jsonx")]
    [InlineData("application/json/../xml")]
    [InlineData(";;;")]
    [InlineData("*/*")]
    public void A_content_type_the_operation_does_not_take_is_415(string contentType)
    {
        var response = MockTestHost.Pets().Send("POST", "/pets", "{\"name\":\"Rex\"}", ("Content-Type", contentType), Bearer);

        AssertProblem(415, response);
    }

    [Theory]
    [InlineData("/../../etc/passwd", 404)]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd", 404)]
    [InlineData("/%2e%2e%2f%2e%2e%2fetc%2fpasswd", 404)]
    [InlineData("/pets/../../etc/passwd", 404)]
    [InlineData("/pets%2f1", 404)]
    [InlineData("/pets/..%2f..%2fetc%2fpasswd", 400)]
    [InlineData("/things/%2e%2e%2f%2e%2e%2fetc%2fpasswd", 400)]
    [InlineData("/pets/1/photos/..%2f..%2f..%2fetc%2fpasswd.json", 200)]
    public void Path_traversal_is_routed_like_any_other_path_and_never_reads_a_file(string path, int status)
    {
        var response = MockTestHost.Pets().Send("GET", path);

        Assert.Equal(status, response.Status);
        Assert.DoesNotContain("root:", response.Text(), StringComparison.Ordinal);
        if (status != 200)
        {
            AssertProblem(status, response);
        }
    }

    [Fact]
    public void An_unexpected_failure_is_a_500_problem_naming_the_exception_and_is_reported()
    {
        var seen = new List<string>();
        var engine = MockTestHost.Pets(new MockServerOptions { OnExchange = (_, response) => seen.Add(response.Outcome) });
        var operation = engine.Operations.Single(o => o.OperationId == "listPets");
        operation.Parameters = null!;

        var routed = engine.Send("GET", "/pets");
        var direct = engine.Handle(operation, Request("GET", "/pets", Array.Empty<byte>()));

        AssertProblem(500, routed);
        AssertProblem(500, direct);
        Assert.Contains("System.NullReferenceException", routed.Json().GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, seen.Count);
        Assert.All(seen, outcome => Assert.StartsWith("500 System.NullReferenceException", outcome, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(400, "Bad chunk size data.", 400)]
    [InlineData(408, "Reading the request body timed out due to data arriving too slowly.", 408)]
    [InlineData(413, "Request body too large.", 413)]
    [InlineData(500, "odd", 400)]
    public void A_body_the_server_could_not_read_is_the_servers_4xx(int status, string reason, int expected)
    {
        var seen = new List<string>();
        var engine = MockTestHost.Pets(new MockServerOptions { OnExchange = (_, response) => seen.Add(response.Outcome) });

        var response = engine.BodyUnreadable(Request("POST", "/pets", Array.Empty<byte>()), status, reason);

        AssertProblem(expected, response);
        Assert.Single(seen);
        Assert.StartsWith(expected.ToString(System.Globalization.CultureInfo.InvariantCulture) + " ", seen[0], StringComparison.Ordinal);
    }

    private static void AssertProblem(int status, MockResponse response)
    {
        Assert.True(status == response.Status, $"expected {status}, got {response.Outcome}: {response.Text()}");
        Assert.Equal(MockProblems.MediaType, response.ContentType);
        Assert.Equal(status, response.Json().GetProperty("status").GetInt32());
    }

    private static MockRequest Request(string method, string path, byte[] body, params (string Name, string Value)[] headers) =>
        new(method, path, string.Empty, headers.ToDictionary(h => h.Name, h => h.Value, StringComparer.OrdinalIgnoreCase), body);

    /// <summary>A body that never ends, counting what the reader took.</summary>
    private sealed class CountingStream : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'a', offset, count);
            Served += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
