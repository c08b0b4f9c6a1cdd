using System.Net.Http;
using System.Threading.Tasks;
using MockOrders;
using SpecForge.Client.Tests.SpecForge.Mocking;

namespace SpecForge.Client.Tests.Mock;

/// <summary>
/// The stateful mock answers in the response schema's shape even when the request body's schema differs, so the
/// client generated from the same spec reads what the mock stored.
/// </summary>
public sealed class MockShapingTests
{
    [Fact]
    public async Task A_string_id_in_the_body_comes_back_as_the_integer_the_response_declares()
    {
        // Host only: the client keeps the server's /v1 base path and the mock finds the route under it.
        using var http = new HttpClient(new MockOrdersMockHandler(new MockServerOptions { Stateful = true })) { BaseAddress = new("http://mock.test") };
        var client = new MockOrdersClient(http);

        var created = await client.CreateOrderAsync(new NewOrder { Id = "abc", Item = "lamp" });
        var other = await client.CreateOrderAsync(new NewOrder { Item = "desk" });
        var read = await client.GetOrderAsync(created.Id);

        Assert.Equal("lamp", created.Item);
        Assert.True(created.Status == OrderStatus.Placed || created.Status == OrderStatus.Shipped, created.Status.ToString());
        Assert.NotEqual(created.Id, other.Id);
        Assert.Equal(created, read);
    }
}
