using System.Text.Json;
using System.Threading.Tasks;
using SpecForge.Client.Tests.Infrastructure;
using WireApi;

namespace SpecForge.Client.Tests.Wire;

/// <summary>
/// Non-2xx answers of the client fixture: a documented status (exact, range or default) throws ApiException&lt;TError&gt;
/// with the body read as the documented type, anything else a plain ApiException that keeps the raw body.
/// </summary>
public sealed class ErrorTests
{
    private const string ProblemBody =
        """{"type":"https://wire.example/problems/maintenance","title":"Down for maintenance","status":503,"detail":"Back at 10:00 UTC.","instance":"/errors/503","retryAfter":600,"region":"eu"}""";

    [Fact]
    public async Task GetItem_404_throws_the_documented_error_with_headers_and_raw_body()
    {
        const string body = """{"code":"item_missing","message":"No item it-404."}""";
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(404, body).WithHeader("X-Request-Id", "req-1"));

        var exception = await Assert.ThrowsAsync<ApiException<Error>>(() => WireClients.For(server).Items.GetAsync("it-404"));

        Assert.Equal(404, exception.StatusCode);
        Assert.Equal("item_missing", exception.Error.Code);
        Assert.Equal("No item it-404.", exception.Error.Message);
        Assert.Equal(body, exception.ResponseBody);
        Assert.Equal(new[] { "req-1" }, exception.Headers["X-Request-Id"]);
        Assert.Equal(new[] { "req-1" }, exception.Headers["x-request-id"]);
        Assert.Equal("application/json", Assert.Single(exception.Headers["Content-Type"]));
        // Plain JSON is not problem details, even on an error.
        Assert.Null(exception.Problem);
        Assert.Equal("/items/it-404", server.Single.RawTarget);
    }

    [Fact]
    public async Task GetItem_with_response_throws_the_same_documented_error()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(404, """{"code":"gone","message":"Deleted yesterday."}"""));

        var exception = await Assert.ThrowsAsync<ApiException<Error>>(() => WireClients.For(server).Items.GetWithResponseAsync("it-1"));

        Assert.Equal("gone", exception.Error.Code);
    }

    [Fact]
    public async Task GetItem_500_falls_to_default_and_reads_problem_details()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(500, """{"title":"Database unavailable","status":500,"detail":"Primary is failing over.","attempt":2}""", "application/problem+json"));

        var exception = await Assert.ThrowsAsync<ApiException<Problem>>(() => WireClients.For(server).Items.GetAsync("it-1"));

        Assert.Equal(500, exception.StatusCode);
        Assert.Equal("Database unavailable", exception.Error.Title);
        Assert.Equal(500L, exception.Error.Status);
        Assert.Equal("Primary is failing over.", exception.Error.Detail);
        var problem = Assert.IsType<ApiProblemDetails>(exception.Problem);
        Assert.Equal("Database unavailable", problem.Title);
        Assert.Equal(500, problem.Status);
        Assert.Equal(2, problem.Extensions["attempt"].GetInt32());
    }

    [Fact]
    public async Task GetItem_default_body_that_is_not_json_gives_a_plain_exception_with_the_reason_inside()
    {
        const string html = "<html><body>502 Bad Gateway</body></html>";
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Text(502, html, "text/html"));

        var exception = await Assert.ThrowsAsync<ApiException>(() => WireClients.For(server).Items.GetAsync("it-1"));

        Assert.IsNotType<ApiException<Problem>>(exception);
        Assert.Equal(502, exception.StatusCode);
        Assert.Equal(html, exception.ResponseBody);
        Assert.IsAssignableFrom<JsonException>(exception.InnerException);
    }

    [Fact]
    public async Task GetError_418_matches_the_4XX_range_and_reads_an_error()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(418, """{"code":"teapot","message":"I refuse to brew coffee."}"""));

        var exception = await Assert.ThrowsAsync<ApiException<Error>>(() => WireClients.For(server).Errors.GetAsync(418));

        Assert.Equal(418, exception.StatusCode);
        Assert.Equal("teapot", exception.Error.Code);
        Assert.Equal("I refuse to brew coffee.", exception.Error.Message);
        Assert.Equal("/errors/418", server.Single.RawTarget);
    }

    [Fact]
    public async Task GetError_404_matches_its_exact_status()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(404, """{"code":"nope","message":"Not here."}"""));

        var exception = await Assert.ThrowsAsync<ApiException<Error>>(() => WireClients.For(server).Errors.GetAsync(404));

        Assert.Equal("nope", exception.Error.Code);
    }

    [Fact]
    public async Task GetError_503_problem_json_matches_5XX_and_parses_problem_details_with_extensions()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(503, ProblemBody, "application/problem+json").WithHeader("Retry-After", "600"));

        var exception = await Assert.ThrowsAsync<ApiException<Problem>>(() => WireClients.For(server).Errors.GetAsync(503));

        Assert.Equal(503, exception.StatusCode);
        Assert.Equal(ProblemBody, exception.ResponseBody);
        Assert.Equal("600", Assert.Single(exception.Headers["Retry-After"]));
        Assert.Equal("Down for maintenance", exception.Error.Title);
        Assert.Equal(503L, exception.Error.Status);
        Assert.Equal("https://wire.example/problems/maintenance", exception.Error.Type);
        var problem = Assert.IsType<ApiProblemDetails>(exception.Problem);
        Assert.Equal("https://wire.example/problems/maintenance", problem.Type);
        Assert.Equal("Down for maintenance", problem.Title);
        Assert.Equal(503, problem.Status);
        Assert.Equal("Back at 10:00 UTC.", problem.Detail);
        Assert.Equal("/errors/503", problem.Instance);
        Assert.Equal(600, problem.Extensions["retryAfter"].GetInt32());
        Assert.Equal("eu", problem.Extensions["region"].GetString());
        Assert.False(problem.Extensions.ContainsKey("title"));
        Assert.Equal(2, problem.Extensions.Count);
    }

    [Fact]
    public async Task GetError_5XX_as_plain_json_reads_the_documented_type_but_no_problem_details()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(500, """{"title":"Oops","status":500}"""));

        var exception = await Assert.ThrowsAsync<ApiException<Problem>>(() => WireClients.For(server).Errors.GetAsync(500));

        Assert.Equal("Oops", exception.Error.Title);
        Assert.Null(exception.Problem);
    }

    [Fact]
    public async Task CreateItem_500_is_undocumented_and_throws_a_plain_exception_with_the_raw_body()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Text(500, "upstream exploded"));

        var exception = await Assert.ThrowsAsync<ApiException>(() => WireClients.For(server).Items.CreateAsync(new NewItem { Name = "x" }));

        Assert.IsType<ApiException>(exception);
        Assert.Equal(500, exception.StatusCode);
        Assert.Equal("upstream exploded", exception.ResponseBody);
        Assert.Equal("text/plain; charset=utf-8", Assert.Single(exception.Headers["Content-Type"]));
        Assert.Null(exception.InnerException);
        Assert.Null(exception.Problem);
    }

    [Fact]
    public async Task CreateItem_500_as_problem_json_still_exposes_problem_details_on_the_plain_exception()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(500, """{"title":"Boom","status":500,"traceId":"00-abc"}""", "application/problem+json"));

        var exception = await Assert.ThrowsAsync<ApiException>(() => WireClients.For(server).Items.CreateAsync(new NewItem { Name = "x" }));

        Assert.IsType<ApiException>(exception);
        Assert.Equal("Boom", exception.Problem?.Title);
        Assert.Equal("00-abc", exception.Problem?.Extensions["traceId"].GetString());
    }

    [Fact]
    public async Task CreateItem_400_whose_body_is_not_an_error_throws_a_plain_exception_with_the_json_failure_inside()
    {
        const string body = """{"errors":["name is required"]}""";
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(400, body));

        var exception = await Assert.ThrowsAsync<ApiException>(() => WireClients.For(server).Items.CreateAsync(new NewItem { Name = "" }));

        Assert.IsType<ApiException>(exception);
        Assert.Equal(400, exception.StatusCode);
        Assert.Equal(body, exception.ResponseBody);
        Assert.IsAssignableFrom<JsonException>(exception.InnerException);
        Assert.Equal("""{"name":""}""", server.Single.BodyText);
    }

    [Fact]
    public async Task CreateItem_409_reads_the_documented_error()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(409, """{"code":"duplicate","message":"An item named Desk exists."}"""));

        var exception = await Assert.ThrowsAsync<ApiException<Error>>(() => WireClients.For(server).Items.CreateAsync(new NewItem { Name = "Desk" }));

        Assert.Equal(409, exception.StatusCode);
        Assert.Equal("duplicate", exception.Error.Code);
    }

    [Fact]
    public async Task A_documented_error_status_with_an_empty_body_gives_a_plain_exception()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Empty(404));

        var exception = await Assert.ThrowsAsync<ApiException>(() => WireClients.For(server).Items.GetAsync("it-1"));

        Assert.IsType<ApiException>(exception);
        Assert.Equal(404, exception.StatusCode);
        Assert.Equal("", exception.ResponseBody);
    }

    [Fact]
    public async Task Health_503_is_undocumented_and_keeps_the_text_body()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Text(503, "draining").WithHeader("Retry-After", "30"));

        var exception = await Assert.ThrowsAsync<ApiException>(() => WireClients.For(server).HealthAsync());

        Assert.IsType<ApiException>(exception);
        Assert.Equal(503, exception.StatusCode);
        Assert.Equal("draining", exception.ResponseBody);
        Assert.Equal("30", Assert.Single(exception.Headers["Retry-After"]));
    }

    [Fact]
    public async Task DeleteItem_with_response_throws_on_an_undocumented_status_instead_of_returning_it()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(403, """{"code":"forbidden","message":"Read-only token."}"""));

        var exception = await Assert.ThrowsAsync<ApiException>(() => WireClients.For(server).Items.DeleteWithResponseAsync("it-1"));

        Assert.IsType<ApiException>(exception);
        Assert.Equal(403, exception.StatusCode);
        Assert.Equal("""{"code":"forbidden","message":"Read-only token."}""", exception.ResponseBody);
    }

    [Fact]
    public async Task UpdateItem_whose_only_documented_error_is_default_reads_every_failure_as_it()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(409, """{"title":"Edited elsewhere","status":409}""", "application/problem+json"));

        var exception = await Assert.ThrowsAsync<ApiException<Problem>>(() => WireClients.For(server).Items.UpdateAsync("42", new ItemPatch { Name = "New" }));

        Assert.Equal(409, exception.StatusCode);
        Assert.Equal("Edited elsewhere", exception.Error.Title);
        Assert.Equal("""{"title":"Edited elsewhere","status":409}""", exception.ResponseBody);
    }

    [Fact]
    public async Task UpdateItem_with_a_failure_body_that_is_not_the_documented_error_keeps_the_raw_body()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(502, "[1,2]", "application/problem+json"));

        var exception = await Assert.ThrowsAsync<ApiException>(() => WireClients.For(server).Items.UpdateWithResponseAsync("42", new ItemPatch { Name = "New" }));

        Assert.IsType<ApiException>(exception);
        Assert.Equal(502, exception.StatusCode);
        Assert.Equal("[1,2]", exception.ResponseBody);
    }
}
