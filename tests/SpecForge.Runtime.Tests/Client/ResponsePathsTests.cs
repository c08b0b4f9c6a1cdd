using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using SpecForge.Runtime;
using SpecForge.Runtime.Client;

namespace SpecForge.Runtime.Tests.Client;

/// <summary>A body the converters cannot read names where: the JSON path of the value, the request it answered.</summary>
public sealed class ResponsePathsTests
{
    [Theory]
    [InlineData("""{"results":[{"id":1},{"id":2},{"id":3},{"id":"x"}]}""", "\"x\"", "$.results[3].id")]
    [InlineData("""{"a":{"b":[[1,2],[3,"y"]]}}""", "\"y\"", "$.a.b[1][1]")]
    [InlineData("""{"odd name":true}""", "true", "$['odd name']")]
    [InlineData("""{"li\u2028ne":true}""", "true", "$['li\\u2028ne']")]
    [InlineData("""[1,2,"z"]""", "\"z\"", "$[2]")]
    [InlineData("""{"a":1}""", "{", "$")]
    public void The_path_of_the_value_at_an_offset(string json, string token, string expected)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var offset = Encoding.UTF8.GetByteCount(json.Substring(0, json.LastIndexOf(token, System.StringComparison.Ordinal)));

        Assert.Equal(expected, ResponsePaths.At(bytes, offset, default));
    }

    [Fact]
    public async Task A_body_that_does_not_read_names_the_path_and_the_request_it_answers()
    {
        var transport = new ApiTransport(new HttpClient(new Answer("""{"results":[{"id":1},{"id":"seven"}]}""")), new Options(), "https://api.example.com/v1", (_, _, _) => Task.CompletedTask);
        using var response = await new HttpClient(new Answer("""{"results":[{"id":1},{"id":"seven"}]}""")).SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://api.example.com/v1/pets?page=2"));

        var error = await Assert.ThrowsAsync<ApiException>(() => transport.ReadJsonAsync(response, ReadIds, allowNull: false, CancellationToken.None));

        Assert.Contains("to GET /v1/pets", error.Message, System.StringComparison.Ordinal);
        Assert.Contains(" at $.results[1].id: ", error.Message, System.StringComparison.Ordinal);
        Assert.Equal("$.results[1].id", Assert.IsType<JsonException>(error.InnerException).Path);
    }

    // A converter the way the generated ones read: straight off the reader, numbers with GetInt64.
    private static long[] ReadIds(ref Utf8JsonReader reader)
    {
        var ids = new System.Collections.Generic.List<long>();
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("id"))
            {
                reader.Read();
                ids.Add(reader.GetInt64());
            }
        }

        return ids.ToArray();
    }

    private sealed class Options : ApiClientOptions
    {
    }

    private sealed class Answer(string json) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request, Content = new StringContent(json, Encoding.UTF8, "application/json") });
    }
}
