using System;
using System.Threading.Tasks;
using SpecForge.Client.Tests.Infrastructure;
using WireApi;

namespace SpecForge.Client.Tests.Wire;

/// <summary>
/// Path, query, header and cookie parameters of the client fixture as they arrive on the wire. Expected targets follow the
/// OpenAPI 3.1 style rules (RFC 6570 expansion): outside allowReserved only unreserved characters stay as they are.
/// </summary>
public sealed class ParameterTests
{
    private const string ItemJson = """{"id":"7","name":"seven"}""";

    // --- Path -------------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("a?b", "a%3Fb")]
    [InlineData("a#b", "a%23b")]
    [InlineData("a&b", "a%26b")]
    [InlineData("100%", "100%25")]
    [InlineData("a b", "a%20b")]
    [InlineData("café", "caf%C3%A9")]
    [InlineData("日本", "%E6%97%A5%E6%9C%AC")]
    [InlineData("..", "%2E%2E")]
    [InlineData(".", "%2E")]
    [InlineData("a;b=c", "a%3Bb%3Dc")]
    [InlineData("a+b", "a%2Bb")]
    [InlineData("user@host:80", "user%40host%3A80")]
    [InlineData("it's(1)!*", "it%27s%281%29%21%2A")]
    [InlineData("a-b.c_d~e", "a-b.c_d~e")]
    public async Task A_path_value_is_escaped_so_it_stays_inside_its_segment(string id, string expectedSegment)
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(200, ItemJson));

        var item = await WireClients.For(server, bearerToken: null).Params.GetSegmentAsync(id, "n", "t");

        var request = server.Single;
        Assert.Equal("GET", request.Method);
        Assert.Equal("/params/" + expectedSegment + "/segments/n", request.RawTarget);
        Assert.Empty(request.Body);
        AssertItem(item);
    }

    [Fact]
    public async Task Both_path_values_are_escaped_independently()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(200, ItemJson));

        var item = await WireClients.For(server, bearerToken: null).Params.GetSegmentAsync("../..", "x/../y", "t");

        Assert.Equal("/params/..%2F../segments/x%2F..%2Fy", server.Single.RawTarget);
        AssertItem(item);
    }

    [Fact]
    public async Task A_label_array_is_dot_prefixed_and_comma_separated()
    {
        await using var server = await RecordingServer.StartAsync();

        await WireClients.For(server, bearerToken: null).Params.GetLabelAsync(new long[] { 1, 2, 3 });

        Assert.Equal("GET", server.Single.Method);
        Assert.Equal("/labels/.1,2,3", server.Single.RawTarget);
    }

    [Fact]
    public async Task An_exploded_matrix_array_repeats_the_name_per_item()
    {
        await using var server = await RecordingServer.StartAsync();

        var response = await WireClients.For(server, bearerToken: null).Params.GetMatrixWithResponseAsync(new long[] { 1, 2 });

        Assert.Equal("GET", server.Single.Method);
        Assert.Equal("/matrix/;coords=1;coords=2", server.Single.RawTarget);
        Assert.Equal(204, response.StatusCode);
    }

    // --- Query ------------------------------------------------------------------------------------------------------

    [Fact]
    public async Task Optional_query_header_and_cookie_parameters_left_null_are_not_sent()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(200, ItemJson));

        var item = await WireClients.For(server, bearerToken: null).Params.GetSegmentAsync("1", "n", "t");

        var request = server.Single;
        Assert.Equal("/params/1/segments/n", request.RawTarget);
        Assert.Equal("t", request.Header("X-Trace-Id"));
        Assert.Null(request.Header("X-Optional"));
        Assert.Null(request.Header("Cookie"));
        Assert.Null(request.Header("Authorization"));
        AssertItem(item);
    }

    [Fact]
    public async Task An_exploded_form_array_repeats_the_name()
    {
        var (request, item) = await SegmentAsync(p => p.GetSegmentAsync("1", "n", "t", tags: new[] { "a", "b c" }));

        Assert.Equal("/params/1/segments/n?tags=a&tags=b%20c", request.RawTarget);
        AssertItem(item);
    }

    [Fact]
    public async Task An_unexploded_form_array_joins_with_literal_commas_and_escapes_commas_inside_items()
    {
        var (request, item) = await SegmentAsync(p => p.GetSegmentAsync("1", "n", "t", csv: new[] { "a b", "c,d", "e" }));

        Assert.Equal("/params/1/segments/n?csv=a%20b,c%2Cd,e", request.RawTarget);
        AssertItem(item);
    }

    [Fact]
    public async Task A_space_delimited_array_joins_with_escaped_spaces()
    {
        var (request, _) = await SegmentAsync(p => p.GetSegmentAsync("1", "n", "t", spaced: new[] { "a", "b", "c" }));

        Assert.Equal("/params/1/segments/n?spaced=a%20b%20c", request.RawTarget);
    }

    [Fact]
    public async Task A_pipe_delimited_array_joins_with_escaped_pipes()
    {
        var (request, _) = await SegmentAsync(p => p.GetSegmentAsync("1", "n", "t", piped: new[] { "a", "b|c" }));

        // The delimiter is "|" (escaped to %7C so HttpClient accepts the URI); a pipe inside an item is escaped the same way.
        Assert.Equal("/params/1/segments/n?piped=a%7Cb%7Cc", request.RawTarget);
    }

    [Fact]
    public async Task A_deep_object_names_each_member_in_brackets()
    {
        var (request, item) = await SegmentAsync(p => p.GetSegmentAsync("1", "n", "t", filter: new Filter { Color = "red", Size = 2 }));

        Assert.Equal("/params/1/segments/n?filter[color]=red&filter[size]=2", request.RawTarget);
        AssertItem(item);
    }

    [Fact]
    public async Task A_deep_object_leaves_out_members_that_are_not_set()
    {
        var (request, _) = await SegmentAsync(p => p.GetSegmentAsync("1", "n", "t", filter: new Filter { Size = 3 }));

        Assert.Equal("/params/1/segments/n?filter[size]=3", request.RawTarget);
    }

    [Fact]
    public async Task An_exploded_form_object_sends_each_member_as_its_own_parameter()
    {
        var (request, _) = await SegmentAsync(p => p.GetSegmentAsync("1", "n", "t", flat: new Filter { Color = "dark red", Size = 2 }));

        Assert.Equal("/params/1/segments/n?color=dark%20red&size=2", request.RawTarget);
    }

    [Fact]
    public async Task A_date_time_is_sent_in_round_trip_iso_8601_form_with_its_offset_escaped()
    {
        var when = new DateTimeOffset(2024, 5, 6, 7, 8, 9, 123, TimeSpan.FromHours(2));

        var (request, _) = await SegmentAsync(p => p.GetSegmentAsync("1", "n", "t", when: when));

        // 2024-05-06T07:08:09.1230000+02:00 with ':' and '+' escaped; a raw '+' would be read back as a space.
        Assert.Equal("/params/1/segments/n?when=2024-05-06T07%3A08%3A09.1230000%2B02%3A00", request.RawTarget);
    }

    [Theory]
    [InlineData("a&b=c", "a%26b%3Dc")]
    [InlineData("1+1 #2", "1%2B1%20%232")]
    [InlineData("x/y?z", "x%2Fy%3Fz")]
    [InlineData("50%", "50%25")]
    [InlineData("naïve", "na%C3%AFve")]
    public async Task A_query_value_escapes_reserved_characters_so_it_cannot_add_parameters(string q, string expected)
    {
        var (request, _) = await SegmentAsync(p => p.GetSegmentAsync("1", "n", "t", q: q));

        Assert.Equal("/params/1/segments/n?q=" + expected, request.RawTarget);
    }

    [Fact]
    public async Task An_allow_reserved_value_keeps_reserved_characters_but_still_escapes_the_rest()
    {
        var (request, _) = await SegmentAsync(p => p.GetSegmentAsync("1", "n", "t", reserved: "/a:b@c?d=e,f;g!h$i*j a"));

        // Only the space (not reserved) is escaped.
        Assert.Equal("/params/1/segments/n?reserved=/a:b@c?d=e,f;g!h$i*j%20a", request.RawTarget);
    }

    [Fact]
    public async Task An_allow_reserved_value_still_escapes_a_hash_which_would_cut_the_value_off_as_a_fragment()
    {
        var (request, _) = await SegmentAsync(p => p.GetSegmentAsync("1", "n", "t", reserved: "a#b"));

        Assert.Equal("/params/1/segments/n?reserved=a%23b", request.RawTarget);
    }

    [Fact]
    public async Task Query_parameters_are_sent_in_declaration_order()
    {
        var (request, item) = await SegmentAsync(p => p.GetSegmentAsync(
            "1", "n", "t", q: "x", tags: new[] { "a" }, csv: new[] { "b", "c" }, limit: 5, reserved: "/r"));

        Assert.Equal("/params/1/segments/n?q=x&tags=a&csv=b,c&limit=5&reserved=/r", request.RawTarget);
        AssertItem(item);
    }

    // --- Headers and cookies ----------------------------------------------------------------------------------------

    [Fact]
    public async Task Required_and_optional_headers_are_sent_with_their_values()
    {
        var (request, item) = await SegmentAsync(p => p.GetSegmentAsync("1", "n", "trace-1", xOptional: 42));

        Assert.Equal("/params/1/segments/n", request.RawTarget);
        Assert.Equal("trace-1", request.Header("X-Trace-Id"));
        Assert.Equal("42", request.Header("X-Optional"));
        Assert.Equal("application/json", request.Header("Accept"));
        AssertItem(item);
    }

    [Theory]
    [InlineData("a\r\nX-Injected: 1")]
    [InlineData("a\nb")]
    [InlineData("a\rb")]
    public async Task A_line_break_in_a_header_value_is_rejected_before_anything_is_sent(string value)
    {
        await using var server = await RecordingServer.StartAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => WireClients.For(server, bearerToken: null).Params.GetSegmentAsync("1", "n", value));

        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_cookie_value_is_escaped_so_it_cannot_start_another_cookie()
    {
        var (request, item) = await SegmentAsync(p => p.GetSegmentAsync("1", "n", "t", sessionId: "a b;c=d,é"));

        Assert.Equal("session_id=a%20b%3Bc%3Dd%2C%C3%A9", request.Header("Cookie"));
        AssertItem(item);
    }

    [Fact]
    public async Task A_plain_cookie_value_is_sent_as_is()
    {
        var (request, _) = await SegmentAsync(p => p.GetSegmentAsync("1", "n", "t", sessionId: "abc123"));

        Assert.Equal("session_id=abc123", request.Header("Cookie"));
    }

    // --- Helpers ----------------------------------------------------------------------------------------------------

    // getSegment answers 200 with an item; every query/header/cookie test drives it once and checks the same item back.
    private static async Task<(RecordedRequest Request, Item Item)> SegmentAsync(Func<IParamsClient, Task<Item>> call)
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(200, ItemJson));

        var item = await call(WireClients.For(server, bearerToken: null).Params);

        var request = server.Single;
        Assert.Equal("GET", request.Method);
        Assert.Empty(request.Body);
        return (request, item);
    }

    private static void AssertItem(Item item)
    {
        Assert.Equal("7", item.Id);
        Assert.Equal("seven", item.Name);
        Assert.Null(item.Tags);
        Assert.Null(item.Price);
    }
}
