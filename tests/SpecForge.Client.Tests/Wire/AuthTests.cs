using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using SpecForge.Client.Tests.Infrastructure;
using WireApi;

namespace SpecForge.Client.Tests.Wire;

/// <summary>
/// What the client's options put on every request: credentials for each security scheme and requirement combination of
/// the client fixture, default headers and the base URL.
/// </summary>
public sealed class AuthTests
{
    // --- Single schemes ---------------------------------------------------------------------------------------------

    [Fact]
    public async Task A_static_bearer_token_is_sent_in_the_authorization_header()
    {
        await using var server = await RecordingServer.StartAsync();

        var response = await Client(server, o => o.BearerAuthToken = "tok-1").Auth.DefaultWithResponseAsync();

        var request = server.Single;
        Assert.Equal("GET", request.Method);
        Assert.Equal("/auth/default", request.RawTarget);
        Assert.Equal("Bearer tok-1", request.Header("Authorization"));
        Assert.Equal(204, response.StatusCode);
    }

    [Fact]
    public async Task A_token_provider_is_asked_before_every_request_and_wins_over_the_static_token()
    {
        await using var server = await RecordingServer.StartAsync();
        var calls = 0;
        var client = Client(server, o =>
        {
            o.BearerAuthToken = "static";
            o.BearerAuthTokenProvider = _ => new ValueTask<string?>("fresh-" + ++calls);
        });

        await client.Auth.DefaultAsync();
        await client.Auth.DefaultAsync();

        Assert.Equal(2, calls);
        Assert.Equal(new[] { "Bearer fresh-1", "Bearer fresh-2" }, server.Requests.Select(r => r.Header("Authorization")));
        Assert.All(server.Requests, r => Assert.Equal("/auth/default", r.RawTarget));
    }

    [Fact]
    public async Task Basic_credentials_are_the_base64_of_user_colon_password()
    {
        await using var server = await RecordingServer.StartAsync();

        await Client(server, o => { o.BasicAuthUsername = "Aladdin"; o.BasicAuthPassword = "open sesame"; o.BearerAuthToken = "unused"; }).Auth.BasicAsync();

        // The example of RFC 7617, section 2.
        Assert.Equal("/auth/basic", server.Single.RawTarget);
        Assert.Equal("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==", server.Single.Header("Authorization"));
    }

    [Fact]
    public async Task A_header_api_key_is_sent_in_its_named_header()
    {
        await using var server = await RecordingServer.StartAsync();

        await Client(server, o => o.ApiKeyHeaderKey = "key-123").Auth.HeaderKeyAsync();

        Assert.Equal("/auth/header-key", server.Single.RawTarget);
        Assert.Equal("key-123", server.Single.Header("X-Api-Key"));
        Assert.Null(server.Single.Header("Authorization"));
    }

    [Fact]
    public async Task A_query_api_key_is_appended_escaped_after_the_operations_own_query()
    {
        await using var server = await RecordingServer.StartAsync();

        await Client(server, o => o.ApiKeyQueryKey = "k&1=2").Auth.QueryKeyAsync(q: "a b");

        Assert.Equal("GET", server.Single.Method);
        Assert.Equal("/auth/query-key?q=a%20b&api_key=k%261%3D2", server.Single.RawTarget);
    }

    [Fact]
    public async Task A_query_api_key_starts_the_query_when_the_operation_has_none()
    {
        await using var server = await RecordingServer.StartAsync();

        await Client(server, o => o.ApiKeyQueryKey = "k1").Auth.QueryKeyAsync();

        Assert.Equal("/auth/query-key?api_key=k1", server.Single.RawTarget);
    }

    [Fact]
    public async Task A_cookie_api_key_joins_the_operations_cookie_in_one_cookie_header()
    {
        await using var server = await RecordingServer.StartAsync();

        await Client(server, o => o.ApiKeyCookieKey = "s 1;x").Auth.CookieKeyAsync(theme: "dark");

        // One Cookie header, pairs separated by "; " (RFC 6265 section 5.4), in no particular order.
        var cookie = server.Single.Header("Cookie");
        Assert.NotNull(cookie);
        Assert.Equal(new[] { "session=s%201%3Bx", "theme=dark" }, cookie.Split("; ").Order(StringComparer.Ordinal));
        Assert.Equal("/auth/cookie-key", server.Single.RawTarget);
    }

    [Fact]
    public async Task An_oauth2_token_is_sent_as_a_bearer_token()
    {
        await using var server = await RecordingServer.StartAsync();

        await Client(server, o => { o.OauthToken = "oauth-tok"; o.BearerAuthToken = "other"; }).Auth.OAuthAsync();

        Assert.Equal("/auth/oauth", server.Single.RawTarget);
        Assert.Equal("Bearer oauth-tok", server.Single.Header("Authorization"));
    }

    [Fact]
    public async Task An_openid_connect_token_is_sent_as_a_bearer_token()
    {
        await using var server = await RecordingServer.StartAsync();

        await Client(server, o => { o.OidcTokenProvider = _ => new ValueTask<string?>("oidc-tok"); o.BearerAuthToken = "other"; }).Auth.OidcAsync();

        Assert.Equal("/auth/oidc", server.Single.RawTarget);
        Assert.Equal("Bearer oidc-tok", server.Single.Header("Authorization"));
    }

    // --- Requirement combinations -----------------------------------------------------------------------------------

    [Fact]
    public async Task Either_uses_the_first_alternative_when_both_are_configured()
    {
        var request = await SendAsync(o => { o.ApiKeyHeaderKey = "key"; o.BearerAuthToken = "tok"; }, c => c.Auth.EitherAsync());

        Assert.Equal("/auth/either", request.RawTarget);
        Assert.Equal("key", request.Header("X-Api-Key"));
        Assert.Null(request.Header("Authorization"));
    }

    [Fact]
    public async Task Either_falls_back_to_bearer_when_only_a_token_is_configured()
    {
        var request = await SendAsync(o => o.BearerAuthToken = "tok", c => c.Auth.EitherAsync());

        Assert.Equal("Bearer tok", request.Header("Authorization"));
        Assert.Null(request.Header("X-Api-Key"));
    }

    [Fact]
    public async Task Either_uses_the_key_when_only_a_key_is_configured()
    {
        var request = await SendAsync(o => o.ApiKeyHeaderKey = "key", c => c.Auth.EitherAsync());

        Assert.Equal("key", request.Header("X-Api-Key"));
        Assert.Null(request.Header("Authorization"));
    }

    [Fact]
    public async Task Both_sends_every_scheme_of_the_requirement()
    {
        var request = await SendAsync(o => { o.ApiKeyHeaderKey = "key"; o.BearerAuthToken = "tok"; }, c => c.Auth.BothAsync());

        Assert.Equal("/auth/both", request.RawTarget);
        Assert.Equal("key", request.Header("X-Api-Key"));
        Assert.Equal("Bearer tok", request.Header("Authorization"));
    }

    [Fact]
    public async Task An_operation_with_empty_security_sends_no_credentials_even_when_they_are_configured()
    {
        var request = await SendAsync(
            o => { o.BearerAuthToken = "tok"; o.ApiKeyHeaderKey = "key"; o.ApiKeyQueryKey = "q"; o.ApiKeyCookieKey = "c"; o.BasicAuthUsername = "u"; },
            c => c.Auth.NoneAsync());

        Assert.Equal("/auth/none", request.RawTarget);
        Assert.Null(request.Header("Authorization"));
        Assert.Null(request.Header("X-Api-Key"));
        Assert.Null(request.Header("Cookie"));
    }

    [Fact]
    public async Task Optional_security_sends_the_bearer_token_when_one_is_configured()
    {
        var request = await SendAsync(o => o.BearerAuthToken = "tok", c => c.Auth.OptionalAsync());

        Assert.Equal("/auth/optional", request.RawTarget);
        Assert.Equal("Bearer tok", request.Header("Authorization"));
    }

    [Fact]
    public async Task Optional_security_sends_the_request_anonymously_when_nothing_is_configured()
    {
        var request = await SendAsync(_ => { }, c => c.Auth.OptionalAsync());

        Assert.Equal("/auth/optional", request.RawTarget);
        Assert.Null(request.Header("Authorization"));
    }

    [Fact]
    public async Task An_operation_without_security_of_its_own_inherits_the_documents_bearer()
    {
        var request = await SendAsync(o => { o.BearerAuthToken = "tok"; o.ApiKeyHeaderKey = "key"; }, c => c.Auth.DefaultAsync());

        Assert.Equal("Bearer tok", request.Header("Authorization"));
        Assert.Null(request.Header("X-Api-Key"));
    }

    [Fact]
    public async Task Without_configured_credentials_the_request_is_sent_without_them()
    {
        var request = await SendAsync(_ => { }, c => c.Auth.DefaultAsync());

        Assert.Equal("GET", request.Method);
        Assert.Equal("/auth/default", request.RawTarget);
        Assert.Null(request.Header("Authorization"));
    }

    [Fact]
    public async Task A_token_with_a_line_break_is_rejected_before_anything_is_sent()
    {
        await using var server = await RecordingServer.StartAsync();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => Client(server, o => o.BearerAuthToken = "tok\r\nX-Injected: 1").Auth.DefaultAsync());

        Assert.Empty(server.Requests);
    }

    // --- Default headers and base URL -------------------------------------------------------------------------------

    [Fact]
    public async Task Default_headers_are_sent_and_a_header_parameter_of_the_same_name_wins()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(200, """{"id":"1","name":"one"}"""));
        var client = Client(server, o =>
        {
            o.DefaultHeaders["X-Client"] = "wire-tests/1.0";
            o.DefaultHeaders["X-Trace-Id"] = "from-defaults";
        });

        var item = await client.Params.GetSegmentAsync("1", "n", "from-call");

        Assert.Equal("wire-tests/1.0", server.Single.Header("X-Client"));
        Assert.Equal("from-call", server.Single.Header("X-Trace-Id"));
        Assert.Equal("1", item.Id);
    }

    [Fact]
    public async Task A_default_header_with_a_line_break_is_rejected_before_anything_is_sent()
    {
        await using var server = await RecordingServer.StartAsync();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => Client(server, o => o.DefaultHeaders["X-Client"] = "a\nX-Injected: 1").Auth.NoneAsync());

        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task The_base_url_of_the_options_wins_over_the_http_clients_base_address_and_keeps_its_path()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(200, """{"id":"a b","name":"one"}"""));
        // Nothing listens at the invalid host: a request that went there would fail instead of being recorded.
        using var http = new HttpClient { BaseAddress = new Uri("http://not-used.invalid/") };
        var client = new WireApiClient(http, new WireApiClientOptions { BaseUrl = server.BaseAddress + "v1/", BearerAuthToken = "t" });

        var item = await client.Items.GetAsync("a b");

        Assert.Equal("GET", server.Single.Method);
        Assert.Equal("/v1/items/a%20b", server.Single.RawTarget);
        Assert.Equal("a b", item.Id);
    }

    [Fact]
    public async Task Without_a_base_url_in_the_options_the_http_clients_base_address_is_used()
    {
        await using var server = await RecordingServer.StartAsync();
        var client = new WireApiClient(server.CreateClient(), new WireApiClientOptions { BearerAuthToken = "t" });

        await client.Items.DeleteAsync("9");

        Assert.Equal("DELETE", server.Single.Method);
        Assert.Equal("/items/9", server.Single.RawTarget);
    }

    [Fact]
    public void The_default_base_url_is_the_first_server_with_its_variables_at_their_defaults()
    {
        Assert.Equal("https://eu.wire.example/v1", WireApiClient.DefaultBaseUrl);
        Assert.Equal(new[] { "https://eu.wire.example/v1", "http://localhost:8080/v1" }, WireApiClient.ServerUrls);
    }

    // --- Helpers ----------------------------------------------------------------------------------------------------

    private static WireApiClient Client(RecordingServer server, Action<WireApiClientOptions> configure)
    {
        var options = new WireApiClientOptions { BaseUrl = server.BaseAddress.ToString() };
        configure(options);
        return new WireApiClient(server.CreateClient(), options);
    }

    // Every auth operation answers 204 and has no parameters: one call, one recorded request.
    private static async Task<RecordedRequest> SendAsync(Action<WireApiClientOptions> configure, Func<WireApiClient, Task> call)
    {
        await using var server = await RecordingServer.StartAsync();

        await call(Client(server, configure));

        Assert.Equal("GET", server.Single.Method);
        Assert.Empty(server.Single.Body);
        return server.Single;
    }
}
