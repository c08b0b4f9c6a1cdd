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
/// JSON the converters cannot read names where: the JSON path of the value, and the request a body answered; through
/// JsonSerializer, the path from the value System.Text.Json handed the converter.
/// </summary>
public sealed class JsonPathsTests
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

        Assert.Equal(expected, JsonPaths.PathTo(bytes, offset, default));
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

    [Fact]
    public void A_copy_of_a_reader_at_a_nested_value_paths_from_that_value()
    {
        const string Json = """{"outer":{"items":[{"id":1},{"id":"x"}]}}""";
        var bytes = Encoding.UTF8.GetBytes(Json);
        var reader = new Utf8JsonReader(bytes);
        while (reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals("outer"))
        {
            reader.Read();
        }

        reader.Read();
        var offset = Json.LastIndexOf("\"x\"", System.StringComparison.Ordinal);

        Assert.Equal("$.items[1].id", JsonPaths.PathTo(reader, offset));
    }

    [Fact]
    public void A_list_read_through_JsonSerializer_names_the_item_that_failed()
    {
        var options = new JsonSerializerOptions { Converters = { new DelegateConverter<long[]>(ReadIds, static (_, _, _) => { }, JsonPayload.Any) } };

        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<long[]>("""{"results":[{"id":1},{"id":"seven"}]}""", options));

        Assert.StartsWith("$.results[1].id: ", error.Message, System.StringComparison.Ordinal);
        Assert.IsType<System.InvalidOperationException>(error.InnerException);
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
