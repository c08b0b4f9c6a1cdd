using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using SpecForge.Runtime.Client;

namespace SpecForge.Runtime.Tests.Client;

/// <summary>
/// The pager every generated <c>XAllAsync</c> calls: what each next request is given, and what ends the pages. The
/// requests it makes are recorded as the value the lambda was given, as a generated one passes it on.
/// </summary>
public sealed class PagingTests
{
    private static readonly ApiTransport Transport = new(new HttpClient(), new Options(), "https://api.example.com", (_, _, _) => Task.CompletedTask);

    [Fact]
    public async Task Cursor_pages_send_each_next_cursor_until_there_is_none()
    {
        var sent = new List<string?>();
        var pages = new Dictionary<string, string>
        {
            ["start"] = """{"data":[1,2],"next":"b"}""",
            ["b"] = """{"data":[3],"next":"c"}""",
            ["c"] = """{"data":[4],"next":""}""",
        };

        var items = await All(Transport.CursorPagesAsync(PageShape.Cursor("/data", "/next", null), "start", (cursor, _) => Reply(sent, cursor, pages[cursor!]), ReadInt, CancellationToken.None));

        Assert.Equal(new[] { 1, 2, 3, 4 }, items);
        Assert.Equal(new[] { "start", "b", "c" }, sent);
    }

    [Fact]
    public async Task A_cursor_already_sent_ends_the_pages_instead_of_looping()
    {
        var sent = new List<string?>();
        var pages = new Dictionary<string, string> { ["a"] = """{"data":[1],"next":"b"}""", ["b"] = """{"data":[2],"next":"a"}""" };

        var items = await All(Transport.CursorPagesAsync(PageShape.Cursor("/data", "/next", null), null, (cursor, _) => Reply(sent, cursor, pages[cursor ?? "a"]), ReadInt, CancellationToken.None));

        Assert.Equal(new[] { 1, 2, 1 }, items);
        Assert.Equal(new string?[] { null, "b", "a" }, sent);
    }

    [Fact]
    public async Task Has_more_false_ends_the_pages_whatever_the_cursor_says()
    {
        var sent = new List<string?>();

        var items = await All(Transport.CursorPagesAsync(PageShape.Cursor("/data", "/next", "/has_more"), null, (cursor, _) => Reply(sent, cursor, """{"data":[9],"next":"x","has_more":false}"""), ReadInt, CancellationToken.None));

        Assert.Equal(new[] { 9 }, items);
        Assert.Single(sent);
    }

    [Fact]
    public async Task Last_item_paging_sends_the_last_items_id()
    {
        var sent = new List<string?>();
        var pages = new Dictionary<string, string>
        {
            ["-"] = """[{"id":"p1"},{"id":"p2"}]""",
            ["p2"] = """[{"id":7}]""",
            ["7"] = "[]",
        };

        var items = await All(Transport.CursorPagesAsync(PageShape.LastItem("", "/id", null), null, (cursor, _) => Reply(sent, cursor, pages[cursor ?? "-"]), ReadId, CancellationToken.None));

        Assert.Equal(new[] { "p1", "p2", "7" }, items);
        Assert.Equal(new string?[] { null, "p2", "7" }, sent);
    }

    [Fact]
    public async Task Numbered_pages_are_told_how_many_pages_came_before_and_stop_at_the_total()
    {
        var sent = new List<long>();
        var pages = new[] { """{"items":[1,2],"total":5}""", """{"items":[3,4],"total":5}""", """{"items":[5],"total":5}""", """{"items":[6]}""" };

        var items = await All(Transport.NumberedPagesAsync(PageShape.Page("/items", "/total", null), 0, (advance, _) => Reply(sent, advance, pages[advance]), ReadInt, CancellationToken.None));

        Assert.Equal(new[] { 1, 2, 3, 4, 5 }, items);
        Assert.Equal(new long[] { 0, 1, 2 }, sent);
    }

    [Fact]
    public async Task Offsets_are_told_how_many_items_came_before_and_count_from_the_first_offset()
    {
        var sent = new List<long>();
        var pages = new Dictionary<long, string> { [0] = """{"items":[1,2,3],"total":15}""", [3] = """{"items":[4,5],"total":15}""" };

        // The caller started at offset 10 of 15: after five items the next offset would be 15, so nothing follows.
        var items = await All(Transport.NumberedPagesAsync(PageShape.Offset("/items", "/total", null), 10, (advance, _) => Reply(sent, advance, pages[advance]), ReadInt, CancellationToken.None));

        Assert.Equal(new[] { 1, 2, 3, 4, 5 }, items);
        Assert.Equal(new long[] { 0, 3 }, sent);
    }

    [Fact]
    public async Task An_empty_page_ends_numbered_pages()
    {
        var sent = new List<long>();

        var items = await All(Transport.NumberedPagesAsync(PageShape.Page("/items", null, null), 0, (advance, _) => Reply(sent, advance, advance == 0 ? """{"items":[1]}""" : """{"items":[]}"""), ReadInt, CancellationToken.None));

        Assert.Equal(new[] { 1 }, items);
        Assert.Equal(new long[] { 0, 1 }, sent);
    }

    [Fact]
    public async Task The_enumerations_token_reaches_each_request()
    {
        using var cancellation = new CancellationTokenSource();
        var tokens = new List<CancellationToken>();
        var pages = Transport.CursorPagesAsync(PageShape.Cursor("/data", "/next", null), null, (cursor, token) =>
        {
            tokens.Add(token);
            return Reply(new List<string?>(), cursor, """{"data":[1]}""");
        }, ReadInt, CancellationToken.None);

        await foreach (var _ in pages.WithCancellation(cancellation.Token))
        {
        }

        cancellation.Cancel();
        Assert.True(Assert.Single(tokens).IsCancellationRequested);
    }

    private static Task<HttpResponseMessage> Reply<TSent>(List<TSent> sent, TSent value, string json)
    {
        sent.Add(value);
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
    }

    private static async Task<List<T>> All<T>(IAsyncEnumerable<T> items)
    {
        var all = new List<T>();
        await foreach (var item in items)
        {
            all.Add(item);
        }

        return all;
    }

    private static int ReadInt(ref Utf8JsonReader reader) => reader.GetInt32();

    private static string ReadId(ref Utf8JsonReader reader)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var id = document.RootElement.GetProperty("id");
        return id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText();
    }

    private sealed class Options : ApiClientOptions
    {
    }
}
