using System.Collections.Concurrent;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using SpecForge.Client.Tests.Infrastructure;
using WireApi;

namespace SpecForge.Client.Tests.Wire;

/// <summary>
/// The generated AddWireApiClient: a typed HttpClient from IHttpClientFactory, options from the configure delegate, and
/// each operation group resolvable on its own, with handlers added through the returned builder.
/// </summary>
public sealed class DependencyInjectionTests
{
    private const string ItemJson = """{"id":"it-1","name":"Lamp"}""";

    [Fact]
    public async Task The_client_and_a_group_resolve_and_send_through_the_added_handler_with_the_configured_token()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(200, ItemJson));
        var seen = new ConcurrentQueue<string>();
        var services = new ServiceCollection();
        services.AddWireApiClient(o =>
            {
                o.BaseUrl = server.BaseAddress.ToString();
                o.BearerAuthToken = "t";
            })
            .AddHttpMessageHandler(() => new RecordingHandler(seen));
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<IWireApiClient>();
        var items = provider.GetRequiredService<IItemsClient>();
        var item = await items.GetAsync("it-1");
        await client.Items.GetAsync("it-1");

        Assert.IsType<WireApiClient>(client);
        Assert.Equal("Lamp", item.Name);
        Assert.Equal(new[] { $"GET {server.BaseAddress}items/it-1 Bearer t", $"GET {server.BaseAddress}items/it-1 Bearer t" }, seen);
        Assert.Equal(2, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal("Bearer t", r.Header("Authorization")));
    }

    [Fact]
    public async Task Every_group_of_the_spec_resolves_as_its_own_service()
    {
        var services = new ServiceCollection();
        services.AddWireApiClient(o => o.BaseUrl = "http://127.0.0.1:9/");
        await using var provider = services.BuildServiceProvider();

        Assert.IsType<ItemsClient>(provider.GetRequiredService<IItemsClient>());
        Assert.IsType<ParamsClient>(provider.GetRequiredService<IParamsClient>());
        Assert.IsType<FormsClient>(provider.GetRequiredService<IFormsClient>());
        Assert.IsType<FilesClient>(provider.GetRequiredService<IFilesClient>());
        Assert.IsType<StreamsClient>(provider.GetRequiredService<IStreamsClient>());
        Assert.IsType<AuthClient>(provider.GetRequiredService<IAuthClient>());
        Assert.IsType<ErrorsClient>(provider.GetRequiredService<IErrorsClient>());
        Assert.IsType<PagingClient>(provider.GetRequiredService<IPagingClient>());
    }

    [Fact]
    public async Task The_configured_options_are_the_ones_the_resolved_client_reads()
    {
        var services = new ServiceCollection();
        services.AddWireApiClient(o =>
        {
            o.BaseUrl = "http://127.0.0.1:9/v2";
            o.DefaultHeaders["X-Tenant"] = "acme";
        });
        await using var provider = services.BuildServiceProvider();

        var client = Assert.IsType<WireApiClient>(provider.GetRequiredService<IWireApiClient>());

        Assert.Equal("http://127.0.0.1:9/v2", client.Options.BaseUrl);
        Assert.Equal("acme", client.Options.DefaultHeaders["X-Tenant"]);
        Assert.Null(client.Options.BearerAuthToken);
    }

    [Fact]
    public async Task Without_a_configure_delegate_the_http_clients_base_address_is_used_and_no_token_is_sent()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Text(200, "ok"));
        var services = new ServiceCollection();
        services.AddWireApiClient().ConfigureHttpClient(http => http.BaseAddress = server.BaseAddress);
        await using var provider = services.BuildServiceProvider();

        var health = await provider.GetRequiredService<IWireApiClient>().HealthAsync();

        Assert.Equal("ok", health);
        Assert.Equal("/health", server.Single.RawTarget);
        Assert.Null(server.Single.Header("Authorization"));
    }

    [Fact]
    public async Task Default_headers_and_a_token_provider_from_options_reach_the_wire()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(200, ItemJson));
        var services = new ServiceCollection();
        services.AddWireApiClient(o =>
        {
            o.BaseUrl = server.BaseAddress.ToString();
            o.DefaultHeaders["X-Tenant"] = "acme";
            o.BearerAuthTokenProvider = _ => new ValueTask<string?>("from-provider");
        });
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IItemsClient>().GetAsync("it-1");

        Assert.Equal("acme", server.Single.Header("X-Tenant"));
        Assert.Equal("Bearer from-provider", server.Single.Header("Authorization"));
    }

    /// <summary>Notes each request as it passes through the factory's pipeline, then lets it go on to the server.</summary>
    private sealed class RecordingHandler : DelegatingHandler
    {
        private readonly ConcurrentQueue<string> _seen;

        public RecordingHandler(ConcurrentQueue<string> seen) => _seen = seen;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            _seen.Enqueue($"{request.Method} {request.RequestUri} {request.Headers.Authorization}");
            return base.SendAsync(request, cancellationToken);
        }
    }
}
