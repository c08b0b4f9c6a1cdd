using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Mindhunters;
using TrustPager;

namespace SpecForge.Client.Tests.Mock;

/// <summary>
/// The generated <c>Map&lt;Base&gt;Mock</c> over Kestrel on 127.0.0.1: the seed APIs' clients against their mocks, one at
/// the root and one under a group prefix, as a web project would host them.
/// </summary>
public sealed class MockEndpointsTests : IAsyncLifetime
{
    private static readonly Guid ConnectorId = new("3c90c3cc-0d44-4b50-8888-8dd25736052a");

    private WebApplication? _app;
    private string _address = string.Empty;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapTrustPagerMock();
        _app.MapGroup("/mindhunters").MapMindhuntersMock();
        await _app.StartAsync();
        _address = _app.Urls.First().TrimEnd('/');
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task Mindhunters_under_a_group_prefix_reads_a_connector_and_creates_a_pool()
    {
        using var http = new HttpClient();
        var client = new MindhuntersClient(http, new MindhuntersClientOptions { BaseUrl = _address + "/mindhunters", BearerAuthToken = "tok" });

        var connector = await client.PBXExtensionConnectors.GetAsync(ConnectorId);
        var pool = await client.PostPoolsAsync(new PostPoolsRequest { Name = "VIP customers", Description = "High-value leads" });

        Assert.NotNull(connector.Data);
        Assert.True(pool.Success);
        Assert.Equal("Pool created successfully", pool.Message);
    }

    [Fact]
    public async Task TrustPager_at_the_root_lists_reads_and_creates_contacts()
    {
        using var http = new HttpClient();
        // "/" names the root as the path: a base URL that ends at its host would keep the spec's /functions/v1/api/v1.
        var client = new TrustPagerClient(http, new TrustPagerClientOptions { BaseUrl = _address + "/", BearerAuthToken = "tok" });

        var list = await client.Contacts.GetAsync(search: "Sarah", limit: 10);
        var one = await client.Contacts.GetByIdAsync(ConnectorId);
        var created = await client.Contacts.PostAsync(new PostContactsRequest { FirstName = "Paul", Phone = "+61412345678" });

        Assert.NotEqual(JsonValueKind.Undefined, list.ValueKind);
        Assert.NotEqual(JsonValueKind.Undefined, one.ValueKind);
        Assert.NotEqual(JsonValueKind.Undefined, created.ValueKind);
    }

    [Fact]
    public async Task The_group_serves_its_spec_and_answers_validation_and_security_failures()
    {
        using var http = new HttpClient { BaseAddress = new Uri(_address) };

        using var spec = JsonDocument.Parse(await http.GetStringAsync("/mindhunters/openapi.json"));
        using var anonymous = await http.GetAsync($"/mindhunters/api/v1/pbx_extension_connectors/{ConnectorId}");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/mindhunters/api/v1/pools") { Content = new StringContent("""{"name":"VI"}""", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "tok");
        using var invalid = await http.SendAsync(request);

        Assert.True(spec.RootElement.GetProperty("paths").TryGetProperty("/api/v1/pools", out _));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(422, (int)invalid.StatusCode);
        using var problem = JsonDocument.Parse(await invalid.Content.ReadAsStringAsync());
        Assert.Contains(problem.RootElement.GetProperty("errors").EnumerateArray(), e => e.GetProperty("path").GetString() == "/body/name" && e.GetProperty("rule").GetString() == "minLength");
    }
}
