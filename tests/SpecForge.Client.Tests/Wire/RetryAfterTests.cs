using System;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using SpecForge.Client.Tests.Infrastructure;
using WireApi;
using ApiException = SpecForge.Client.Tests.SpecForge.ApiException;

namespace SpecForge.Client.Tests.Wire;

/// <summary>
/// The runtime's RetryAfterHandler added to the generated DI registration, as the README shows: a generated client's
/// GET is sent again after a 429 with Retry-After, and its POST is not.
/// </summary>
public sealed class RetryAfterTests
{
    private static ServiceProvider Services(RecordingServer server)
    {
        var services = new ServiceCollection();
        services.AddWireApiClient(o =>
            {
                o.BaseUrl = server.BaseAddress.ToString();
                o.BearerAuthToken = "t";
            })
            .AddHttpMessageHandler(() => new RetryAfterHandler { BackoffDelay = TimeSpan.Zero });
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task A_get_answered_429_with_retry_after_is_sent_again_and_returns_the_next_answer()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => server.Requests.Count == 1
            ? ScriptedResponse.Text(429, "slow down").WithHeader("Retry-After", "0")
            : ScriptedResponse.Json(200, """{"id":"it-1","name":"Lamp"}"""));
        await using var provider = Services(server);

        var item = await provider.GetRequiredService<IItemsClient>().GetAsync("it-1");

        Assert.Equal("Lamp", item.Name);
        Assert.Equal(2, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal("Bearer t", r.Header("Authorization")));
    }

    [Fact]
    public async Task A_post_answered_503_is_not_sent_again_and_the_caller_gets_the_503()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Text(503, "busy").WithHeader("Retry-After", "0"));
        await using var provider = Services(server);

        var exception = await Assert.ThrowsAsync<ApiException>(() => provider.GetRequiredService<IItemsClient>().CreateAsync(new NewItem { Name = "Lamp" }));

        Assert.Equal(503, exception.StatusCode);
        Assert.Equal("POST", server.Single.Method);
    }
}
