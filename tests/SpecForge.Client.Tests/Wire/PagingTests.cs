using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using SpecForge.Client.Tests.Infrastructure;
using TrustPager;
using ApiException = SpecForge.Client.Tests.SpecForge.ApiException;
using WireApi;

namespace SpecForge.Client.Tests.Wire;

/// <summary>
/// The *AllAsync walks (docs/pagination.md): which request each next page is asked for with, and when the walk stops.
/// Every page is served by request target, so a request the rules do not call for gets a 404 and fails the walk.
/// </summary>
public sealed class PagingTests
{
    private static Func<RecordedRequest, ScriptedResponse> Pages(params (string Target, string Json)[] pages) =>
        request => pages.FirstOrDefault(page => page.Target == request.RawTarget) is { Json: { } json }
            ? ScriptedResponse.Json(200, json)
            : ScriptedResponse.Text(404, "no page at " + request.RawTarget);

    private static string Items(params string[] ids) => "[" + string.Join(",", ids.Select(id => $$"""{"id":"{{id}}","name":"n-{{id}}"}""")) + "]";

    private static async Task<List<string>> IdsAsync(IAsyncEnumerable<Item> items)
    {
        var ids = new List<string>();
        await foreach (var item in items)
        {
            ids.Add(item.Id);
        }

        return ids;
    }

    private static string[] Targets(RecordingServer server) => server.Requests.Select(r => r.RawTarget).ToArray();

    [Fact]
    public async Task ListItems_follows_next_cursor_until_it_is_null()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(Pages(
            ("/items?limit=2", $$"""{"data":{{Items("i1", "i2")}},"next_cursor":"c2"}"""),
            ("/items?cursor=c2&limit=2", $$"""{"data":{{Items("i3", "i4")}},"next_cursor":"c3"}"""),
            ("/items?cursor=c3&limit=2", $$"""{"data":{{Items("i5")}},"next_cursor":null}""")));

        var ids = await IdsAsync(WireClients.For(server).Items.ListAllAsync(limit: 2));

        Assert.Equal(new[] { "i1", "i2", "i3", "i4", "i5" }, ids);
        Assert.Equal(new[] { "/items?limit=2", "/items?cursor=c2&limit=2", "/items?cursor=c3&limit=2" }, Targets(server));
        Assert.All(server.Requests, r => Assert.Equal("Bearer t", r.Header("Authorization")));
    }

    [Fact]
    public async Task ListItems_starts_at_the_callers_cursor_and_stops_when_the_page_has_none()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(Pages(
            ("/items?cursor=c7", $$"""{"data":{{Items("i7")}},"next_cursor":"c8"}"""),
            ("/items?cursor=c8", $$"""{"data":{{Items("i8")}}}""")));

        var ids = await IdsAsync(WireClients.For(server).Items.ListAllAsync(cursor: "c7"));

        Assert.Equal(new[] { "i7", "i8" }, ids);
        Assert.Equal(new[] { "/items?cursor=c7", "/items?cursor=c8" }, Targets(server));
    }

    [Fact]
    public async Task ListItems_stops_when_a_page_repeats_the_cursor_it_was_asked_with()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(Pages(
            ("/items", $$"""{"data":{{Items("i1")}},"next_cursor":"c2"}"""),
            ("/items?cursor=c2", $$"""{"data":{{Items("i2")}},"next_cursor":"c2"}""")));

        var ids = await IdsAsync(WireClients.For(server).Items.ListAllAsync());

        Assert.Equal(new[] { "i1", "i2" }, ids);
        Assert.Equal(new[] { "/items", "/items?cursor=c2" }, Targets(server));
    }

    [Fact]
    public async Task ListItems_stops_at_an_empty_cursor()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(Pages(("/items", $$"""{"data":{{Items("i1")}},"next_cursor":""}""")));

        Assert.Equal(new[] { "i1" }, await IdsAsync(WireClients.For(server).Items.ListAllAsync()));
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task ListItems_asks_for_the_next_page_only_when_the_walk_needs_it()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(Pages(
            ("/items", $$"""{"data":{{Items("i1", "i2")}},"next_cursor":"c2"}"""),
            ("/items?cursor=c2", $$"""{"data":{{Items("i3")}}}""")));

        await using (var items = WireClients.For(server).Items.ListAllAsync().GetAsyncEnumerator())
        {
            Assert.True(await items.MoveNextAsync());
            Assert.True(await items.MoveNextAsync());
            Assert.Equal("i2", items.Current.Id);
            Assert.Single(server.Requests);
        }

        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task ListItems_surfaces_a_failing_page_after_the_items_already_read()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(request => request.RawTarget == "/items"
            ? ScriptedResponse.Json(200, $$"""{"data":{{Items("i1")}},"next_cursor":"c2"}""")
            : ScriptedResponse.Text(500, "page store offline"));
        var ids = new List<string>();

        var exception = await Assert.ThrowsAsync<ApiException>(async () =>
        {
            await foreach (var item in WireClients.For(server).Items.ListAllAsync())
            {
                ids.Add(item.Id);
            }
        });

        Assert.Equal(new[] { "i1" }, ids);
        Assert.Equal(500, exception.StatusCode);
        Assert.Equal("page store offline", exception.ResponseBody);
    }

    [Fact]
    public async Task ListCharges_sends_the_last_id_as_starting_after_until_has_more_is_false()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(Pages(
            ("/charges?limit=2", $$"""{"object":"list","data":{{Items("ch_1", "ch_2")}},"has_more":true}"""),
            ("/charges?starting_after=ch_2&limit=2", $$"""{"object":"list","data":{{Items("ch_3", "ch_4")}},"has_more":true}"""),
            ("/charges?starting_after=ch_4&limit=2", $$"""{"object":"list","data":{{Items("ch_5")}},"has_more":false}""")));

        var ids = await IdsAsync(WireClients.For(server).Paging.ListChargesAllAsync(limit: 2));

        Assert.Equal(new[] { "ch_1", "ch_2", "ch_3", "ch_4", "ch_5" }, ids);
        Assert.Equal(
            new[] { "/charges?limit=2", "/charges?starting_after=ch_2&limit=2", "/charges?starting_after=ch_4&limit=2" },
            Targets(server));
    }

    [Fact]
    public async Task ListCharges_stops_at_an_empty_page_even_when_has_more_is_true()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(Pages(
            ("/charges", $$"""{"data":{{Items("ch_1")}},"has_more":true}"""),
            ("/charges?starting_after=ch_1", """{"data":[],"has_more":true}""")));

        Assert.Equal(new[] { "ch_1" }, await IdsAsync(WireClients.For(server).Paging.ListChargesAllAsync()));
        Assert.Equal(new[] { "/charges", "/charges?starting_after=ch_1" }, Targets(server));
    }

    [Fact]
    public async Task ListPages_counts_pages_from_the_callers_page_until_an_empty_page()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(Pages(
            ("/pages?page=1&per_page=2", Items("p1", "p2")),
            ("/pages?page=2&per_page=2", Items("p3", "p4")),
            ("/pages?page=3&per_page=2", "[]")));

        var ids = await IdsAsync(WireClients.For(server).Paging.ListPagesAllAsync(page: 1, perPage: 2));

        Assert.Equal(new[] { "p1", "p2", "p3", "p4" }, ids);
        Assert.Equal(new[] { "/pages?page=1&per_page=2", "/pages?page=2&per_page=2", "/pages?page=3&per_page=2" }, Targets(server));
    }

    [Fact]
    public async Task ListPages_without_a_page_sends_none_first_then_page_2()
    {
        // docs/pagination.md, section 3: the first request sends exactly the caller's arguments; with no page given the
        // first page counts as 1, so the second request sends 2. Pages are served by number, the absent one being 1.
        await using var server = await RecordingServer.StartAsync();
        server.Reply(request => ScriptedResponse.Json(200, request.Query switch
        {
            "per_page=2" or "page=1&per_page=2" => Items("p1", "p2"),
            "page=2&per_page=2" => Items("p3"),
            _ => "[]",
        }));

        var ids = await IdsAsync(WireClients.For(server).Paging.ListPagesAllAsync(perPage: 2));

        Assert.Equal(new[] { "p1", "p2", "p3" }, ids);
        Assert.Equal(new[] { "/pages?per_page=2", "/pages?page=2&per_page=2", "/pages?page=3&per_page=2" }, Targets(server));
    }

    [Fact]
    public async Task ListOffsets_advances_by_the_items_read_until_the_total_is_reached()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(Pages(
            ("/offsets?offset=0&limit=2", $$"""{"items":{{Items("o1", "o2")}},"total":5}"""),
            ("/offsets?offset=2&limit=2", $$"""{"items":{{Items("o3", "o4")}},"total":5}"""),
            ("/offsets?offset=4&limit=2", $$"""{"items":{{Items("o5")}},"total":5}""")));

        var ids = await IdsAsync(WireClients.For(server).Paging.ListOffsetsAllAsync(offset: 0, limit: 2));

        Assert.Equal(new[] { "o1", "o2", "o3", "o4", "o5" }, ids);
        Assert.Equal(new[] { "/offsets?offset=0&limit=2", "/offsets?offset=2&limit=2", "/offsets?offset=4&limit=2" }, Targets(server));
    }

    [Fact]
    public async Task ListOffsets_started_past_zero_stops_when_the_next_offset_reaches_the_total()
    {
        // Offset 2 plus two items is 4, the total: section 3 says the walk stops without asking for offset 4.
        await using var server = await RecordingServer.StartAsync();
        server.Reply(request => request.RawTarget == "/offsets?offset=2&limit=2"
            ? ScriptedResponse.Json(200, $$"""{"items":{{Items("o3", "o4")}},"total":4}""")
            : ScriptedResponse.Json(200, """{"items":[],"total":4}"""));

        var ids = await IdsAsync(WireClients.For(server).Paging.ListOffsetsAllAsync(offset: 2, limit: 2));

        Assert.Equal(new[] { "o3", "o4" }, ids);
        Assert.Equal(new[] { "/offsets?offset=2&limit=2" }, Targets(server));
    }

    [Fact]
    public async Task ListOffsets_without_an_offset_sends_none_first_then_the_items_read()
    {
        // Section 3: no offset from the caller counts as 0 but is not sent; the second request sends 0 + 2.
        await using var server = await RecordingServer.StartAsync();
        server.Reply(request => ScriptedResponse.Json(200, request.Query switch
        {
            "limit=2" or "offset=0&limit=2" => $$"""{"items":{{Items("o1", "o2")}},"total":3}""",
            "offset=2&limit=2" => $$"""{"items":{{Items("o3")}},"total":3}""",
            _ => """{"items":[],"total":3}""",
        }));

        var ids = await IdsAsync(WireClients.For(server).Paging.ListOffsetsAllAsync(limit: 2));

        Assert.Equal(new[] { "o1", "o2", "o3" }, ids);
        Assert.Equal(new[] { "/offsets?limit=2", "/offsets?offset=2&limit=2" }, Targets(server));
    }

    [Fact]
    public async Task ListExplicit_reads_items_and_token_where_x_pagination_points()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(Pages(
            ("/explicit", $$$"""{"results":{{{Items("x1", "x2")}}},"paging":{"next":"t2"}}"""),
            // A conventional next_cursor must not be used when x-pagination names the place.
            ("/explicit?token=t2", $$"""{"results":{{Items("x3")}},"paging":{"next":null},"next_cursor":"decoy"}""")));

        var ids = await IdsAsync(WireClients.For(server).Paging.ListExplicitAllAsync());

        Assert.Equal(new[] { "x1", "x2", "x3" }, ids);
        Assert.Equal(new[] { "/explicit", "/explicit?token=t2" }, Targets(server));
    }

    [Fact]
    public async Task TrustPager_contacts_walk_untyped_pages_by_the_run_time_rules()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(Pages(
            ("/contacts?search=ann&limit=2", """{"data":[{"id":"c1","first_name":"Ann"},{"id":"c2","first_name":"Annie"}],"pagination":{"next_cursor":"p2","has_more":true}}"""),
            ("/contacts?search=ann&limit=2&cursor=p2", """{"data":[{"id":"c3","first_name":"Joanne"}],"pagination":{"next_cursor":null,"has_more":false}}""")));
        var client = new TrustPagerClient(server.CreateClient(), new TrustPagerClientOptions { BaseUrl = server.BaseAddress.ToString(), BearerAuthToken = "tp" });

        var contacts = new List<JsonElement>();
        await foreach (var contact in client.Contacts.GetAllAsync(search: "ann", limit: 2))
        {
            contacts.Add(contact);
        }

        Assert.Equal(new[] { "c1", "c2", "c3" }, contacts.Select(c => c.GetProperty("id").GetString()));
        Assert.Equal("Joanne", contacts[2].GetProperty("first_name").GetString());
        Assert.Equal(new[] { "/contacts?search=ann&limit=2", "/contacts?search=ann&limit=2&cursor=p2" }, Targets(server));
        Assert.All(server.Requests, r => Assert.Equal("Bearer tp", r.Header("Authorization")));
    }

    [Fact]
    public async Task TrustPager_contacts_find_items_and_cursor_in_the_other_listed_places()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(Pages(
            // "items" and meta.nextCursor are later entries of the run-time lists (section 4).
            ("/contacts", """{"items":[{"id":"c1"}],"meta":{"nextCursor":"m2"}}"""),
            ("/contacts?cursor=m2", """{"results":[{"id":"c2"}],"next":"m3"}"""),
            ("/contacts?cursor=m3", """{"records":[{"id":"c3"}],"next_cursor":"","next":null}""")));
        var client = new TrustPagerClient(server.CreateClient(), new TrustPagerClientOptions { BaseUrl = server.BaseAddress.ToString() });

        var ids = new List<string?>();
        await foreach (var contact in client.Contacts.GetAllAsync())
        {
            ids.Add(contact.GetProperty("id").GetString());
        }

        Assert.Equal(new[] { "c1", "c2", "c3" }, ids);
        Assert.Equal(new[] { "/contacts", "/contacts?cursor=m2", "/contacts?cursor=m3" }, Targets(server));
    }
}
