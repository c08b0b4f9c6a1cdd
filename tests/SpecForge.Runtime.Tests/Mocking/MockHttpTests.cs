using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SpecForge.Runtime.Mocking;
using Xunit;

namespace SpecForge.Runtime.Tests.Mocking;

/// <summary>MockHttp carries requests and answers between HttpClient and the engine without a server.</summary>
public sealed class MockHttpTests
{
    private sealed class EngineHandler : HttpMessageHandler
    {
        private readonly MockEngine engine;

        public EngineHandler(MockEngine engine) => this.engine = engine;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            MockHttp.AnswerAsync(engine, request, cancellationToken);
    }

    private static HttpClient Client() => new(new EngineHandler(MockTestHost.Pets())) { BaseAddress = new System.Uri("http://mock.local/") };

    [Fact]
    public async Task Query_headers_and_body_reach_the_engine_and_the_answer_comes_back()
    {
        using var client = Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, "pets?ignored=1") { Content = new StringContent("{\"name\":\"\"}", Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer t");

        using var response = await client.SendAsync(request);

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("/body/name", await response.Content.ReadAsStringAsync());
        Assert.Same(request, response.RequestMessage);
    }

    [Fact]
    public async Task Response_headers_and_percent_encoded_paths_survive_the_trip()
    {
        using var client = Client();

        using var list = await client.GetAsync("pets?limit=2");
        using var mixed = await client.GetAsync("pets/5/photos/a%20b.json");
        using var notAllowed = await client.PutAsync("pets/mine", new StringContent(""));

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal("100", list.Headers.GetValues("X-Rate-Limit").Single());
        Assert.Equal(HttpStatusCode.OK, mixed.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, notAllowed.StatusCode);
        Assert.Equal("GET", string.Join(",", notAllowed.Content.Headers.Allow));
    }

    [Fact]
    public async Task Head_answers_carry_no_body()
    {
        using var client = Client();

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "pets/mine"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }
}
