using System.Linq;
using System.Threading.Tasks;
using SpecForge.Client.Tests.Infrastructure;
using ValidationApi;
using static SpecForge.Client.Tests.Validation.ViolationAssert;

namespace SpecForge.Client.Tests.Validation;

/// <summary>The client checks its arguments before sending and, when asked, the bodies it receives.</summary>
public sealed class ClientValidationTests
{
    private const string StoredBatch = """{"records":[{"code":"ok"}]}""";

    [Fact]
    public async Task Invalid_arguments_throw_one_exception_listing_every_violation_and_nothing_is_sent()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(200, StoredBatch));
        var client = Client(server);

        var thrown = await Assert.ThrowsAsync<RequestValidationException>(() => client.CreateRecordsAsync(
            "acc_12",
            new Batch { Records = new[] { new Strings { Code = "ok" }, new Strings { Code = "ok", Email = "nope" } } },
            limit: 0,
            tags: new[] { "a" },
            xTrace: "123456789"));

        Exactly(
            thrown.Violations,
            ("/path/accountId", "pattern", "^acc_[0-9a-z]{4}$"),
            ("/query/limit", "minimum", "1"),
            ("/query/tags/0", "minLength", "2"),
            ("/header/X-Trace", "maxLength", "8"),
            ("/body/records/1/email", "format", "email"));
        Assert.StartsWith("The request breaks the API specification (5 violations):", thrown.Message, System.StringComparison.Ordinal);
        Assert.Contains("/body/records/1/email", thrown.Message, System.StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Invalid_arguments_fail_the_returned_task_instead_of_throwing_from_the_call()
    {
        await using var server = await RecordingServer.StartAsync();
        var client = Client(server);

        // The sender is not an async method; its failures still belong in the task, as callers of async APIs expect.
        var call = client.CreateRecordsWithResponseAsync("bad", new Batch { Records = new[] { new Strings { Code = "ok" } } });

        Assert.True(call.IsFaulted);
        Assert.IsType<RequestValidationException>(call.Exception!.InnerException);
        await Assert.ThrowsAsync<RequestValidationException>(() => client.CreateRecordsAsync("bad", new Batch { Records = new[] { new Strings { Code = "ok" } } }));
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Valid_arguments_are_sent()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(200, StoredBatch));

        var stored = await Client(server).CreateRecordsAsync("acc_ab12", new Batch { Records = new[] { new Strings { Code = "ok" } } }, limit: 100, tags: new[] { "ab" });

        Assert.Equal("/accounts/acc_ab12/records?limit=100&tags=ab", server.Single.RawTarget);
        Assert.Equal("ok", Assert.Single(stored.Records).Code);
    }

    [Fact]
    public async Task With_ValidateRequests_off_invalid_arguments_are_sent_as_they_are()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(200, StoredBatch));
        var client = Client(server, options => options.ValidateRequests = false);

        await client.CreateRecordsAsync("bad", new Batch { Records = new[] { new Strings { Code = "x" } } }, limit: 0);

        Assert.Equal("/accounts/bad/records?limit=0", server.Single.RawTarget);
        Assert.Equal("""{"records":[{"code":"x"}]}""", server.Single.BodyText);
    }

    [Fact]
    public async Task Responses_are_not_checked_unless_asked()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(200, """{"code":"x","email":"nope"}"""));

        var strings = await Client(server).GetStringsAsync();

        Assert.Equal("x", strings.Code);
    }

    [Fact]
    public async Task With_ValidateResponses_on_a_body_that_breaks_the_spec_throws_with_status_and_violations()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(200, """{"code":"x","email":"nope"}"""));
        var client = Client(server, options => options.ValidateResponses = true);

        var thrown = await Assert.ThrowsAsync<ResponseValidationException>(() => client.GetStringsAsync());

        Assert.Equal(200, thrown.StatusCode);
        Exactly(thrown.Violations, ("/code", "minLength", "2"), ("/email", "format", "email"));
        Assert.StartsWith("The 200 response breaks the API specification (2 violations):", thrown.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_ValidateResponses_on_a_valid_body_is_returned()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(200, """{"code":"ok","email":"a@example.com"}"""));

        var strings = await Client(server, options => options.ValidateResponses = true).GetStringsAsync();

        Assert.Equal("a@example.com", strings.Email);
        Assert.Equal("/strings", server.Requests.Single().RawTarget);
    }

    [Fact]
    public void Requests_are_validated_and_responses_are_not_by_default()
    {
        var options = new ValidationApiClientOptions();

        Assert.True(options.ValidateRequests);
        Assert.False(options.ValidateResponses);
    }

    private static ValidationApiClient Client(RecordingServer server, System.Action<ValidationApiClientOptions>? configure = null)
    {
        var options = new ValidationApiClientOptions { BaseUrl = server.BaseAddress.ToString() };
        configure?.Invoke(options);
        return new ValidationApiClient(server.CreateClient(), options);
    }
}
