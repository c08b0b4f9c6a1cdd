using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace SpecForge.Runtime.Tests.Client;

/// <summary>
/// RetryAfterHandler in front of a stub that answers from a script: which answers are retried, after how long (the
/// waits are recorded, not slept, except where a real wait is the point), and which methods are never sent twice.
/// </summary>
public sealed class RetryAfterHandlerTests
{
    private static readonly DateTimeOffset Now = new(2026, 10, 21, 7, 28, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("0", 0)]
    [InlineData("1", 1)]
    public async Task A_get_answered_429_with_retry_after_seconds_is_sent_again_after_that_wait(string retryAfter, int seconds)
    {
        var (client, stub, waits) = Build(new RetryAfterHandler(), Answer(429, retryAfter), Answer(200));

        using var response = await client.GetAsync("http://api.test/pets");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, stub.Attempts);
        Assert.Equal(new[] { TimeSpan.FromSeconds(seconds) }, waits);
    }

    [Fact]
    public async Task The_real_wait_of_retry_after_1_passes_before_the_second_attempt()
    {
        var stub = new StubHandler(Answer(429, "1"), Answer(200));
        using var client = new HttpClient(new RetryAfterHandler(stub));
        var started = DateTime.UtcNow;

        using var response = await client.GetAsync("http://api.test/pets");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, stub.Attempts);
        Assert.True(stub.SentAt[1] - started >= TimeSpan.FromMilliseconds(900), "The second attempt came " + (stub.SentAt[1] - started) + " after the first.");
    }

    [Fact]
    public async Task An_http_date_retry_after_is_waited_for_until_that_moment()
    {
        var (client, stub, waits) = Build(new RetryAfterHandler { UtcNow = () => Now, MaxDelay = TimeSpan.FromMinutes(5) }, Answer(503, "Wed, 21 Oct 2026 07:29:30 GMT"), Answer(200));

        using var response = await client.GetAsync("http://api.test/pets");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, stub.Attempts);
        Assert.Equal(new[] { TimeSpan.FromSeconds(90) }, waits);
    }

    [Fact]
    public async Task An_http_date_in_the_past_means_retry_now()
    {
        var (client, _, waits) = Build(new RetryAfterHandler { UtcNow = () => Now }, Answer(429, "Wed, 21 Oct 2026 07:00:00 GMT"), Answer(200));

        using var response = await client.GetAsync("http://api.test/pets");

        Assert.Equal(new[] { TimeSpan.Zero }, waits);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PATCH")]
    public async Task A_method_that_is_not_idempotent_is_not_retried_by_default(string method)
    {
        var (client, stub, waits) = Build(new RetryAfterHandler(), Answer(429, "0"), Answer(200));

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "http://api.test/pets") { Content = new StringContent("{}") });

        Assert.Equal((HttpStatusCode)429, response.StatusCode);
        Assert.Equal(1, stub.Attempts);
        Assert.Empty(waits);
    }

    [Fact]
    public async Task A_post_is_retried_when_non_idempotent_methods_are_let_in_and_its_body_is_sent_again()
    {
        var (client, stub, _) = Build(new RetryAfterHandler { RetryNonIdempotentMethods = true }, Answer(429, "0"), Answer(201));

        using var response = await client.PostAsync("http://api.test/pets", new StringContent("{\"name\":\"Rex\"}"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(new[] { "{\"name\":\"Rex\"}", "{\"name\":\"Rex\"}" }, stub.Bodies);
    }

    [Theory]
    [InlineData("GET", true)]
    [InlineData("HEAD", true)]
    [InlineData("OPTIONS", true)]
    [InlineData("PUT", true)]
    [InlineData("DELETE", true)]
    [InlineData("TRACE", true)]
    [InlineData("get", true)]
    [InlineData("POST", false)]
    [InlineData("PATCH", false)]
    [InlineData("CONNECT", false)]
    public void Idempotent_methods_are_those_of_RFC_9110(string method, bool idempotent) =>
        Assert.Equal(idempotent, RetryAfterHandler.IsIdempotent(new HttpMethod(method)));

    [Fact]
    public async Task After_max_retries_the_last_answer_is_returned()
    {
        var (client, stub, waits) = Build(new RetryAfterHandler { MaxRetries = 2 }, Answer(503, "0"), Answer(503, "0"), Answer(503, "0"), Answer(200));

        using var response = await client.GetAsync("http://api.test/pets");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(3, stub.Attempts);
        Assert.Equal(2, waits.Count);
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_max_delay_is_passed_on_instead_of_retried_early()
    {
        var (client, stub, waits) = Build(new RetryAfterHandler { MaxDelay = TimeSpan.FromSeconds(30) }, Answer(429, "120"), Answer(200));

        using var response = await client.GetAsync("http://api.test/pets");

        Assert.Equal((HttpStatusCode)429, response.StatusCode);
        Assert.Equal("120", response.Headers.GetValues("Retry-After").Single());
        Assert.Equal(1, stub.Attempts);
        Assert.Empty(waits);
    }

    [Fact]
    public async Task Without_retry_after_the_wait_doubles_from_the_backoff_delay()
    {
        var (client, stub, waits) = Build(new RetryAfterHandler { BackoffDelay = TimeSpan.FromMilliseconds(100) }, Answer(502), Answer(504), Answer(408), Answer(200));

        using var response = await client.GetAsync("http://api.test/pets");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, stub.Attempts);
        Assert.Equal(new[] { 100, 200, 400 }, waits.Select(w => (int)w.TotalMilliseconds));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(404)]
    [InlineData(401)]
    public async Task Other_statuses_are_not_retried(int status)
    {
        var (client, stub, _) = Build(new RetryAfterHandler(), Answer(status, "0"), Answer(200));

        using var response = await client.GetAsync("http://api.test/pets");

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(1, stub.Attempts);
    }

    [Fact]
    public async Task The_retried_statuses_can_be_changed()
    {
        var handler = new RetryAfterHandler();
        handler.RetryStatusCodes.Add(500);
        handler.RetryStatusCodes.Remove(429);
        var (client, stub, _) = Build(handler, Answer(500, "0"), Answer(429, "0"), Answer(200));

        using var response = await client.GetAsync("http://api.test/pets");

        Assert.Equal((HttpStatusCode)429, response.StatusCode);
        Assert.Equal(2, stub.Attempts);
    }

    [Fact]
    public async Task Cancelling_during_the_wait_stops_the_retries()
    {
        var stub = new StubHandler(Answer(429, "20"), Answer(200));
        using var client = new HttpClient(new RetryAfterHandler(stub));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetAsync("http://api.test/pets", cancellation.Token));

        Assert.Equal(1, stub.Attempts);
    }

    [Fact]
    public void A_negative_retry_count_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RetryAfterHandler { MaxRetries = -1 });

    private static (HttpClient Client, StubHandler Stub, List<TimeSpan> Waits) Build(RetryAfterHandler handler, params Func<HttpResponseMessage>[] answers)
    {
        var stub = new StubHandler(answers);
        var waits = new List<TimeSpan>();
        handler.InnerHandler = stub;
        handler.Wait = (delay, _) =>
        {
            waits.Add(delay);
            return Task.CompletedTask;
        };
        return (new HttpClient(handler), stub, waits);
    }

    private static Func<HttpResponseMessage> Answer(int status, string? retryAfter = null) => () =>
    {
        var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent("status " + status) };
        if (retryAfter is not null)
        {
            response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        }

        return response;
    };

    /// <summary>Answers each attempt with the next scripted response, recording when it came and the body it carried.</summary>
    private sealed class StubHandler : HttpMessageHandler
    {
        private readonly Queue<Func<HttpResponseMessage>> _answers;

        public StubHandler(params Func<HttpResponseMessage>[] answers) => _answers = new Queue<Func<HttpResponseMessage>>(answers);

        public int Attempts => SentAt.Count;

        public List<DateTime> SentAt { get; } = new();

        public List<string> Bodies { get; } = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            SentAt.Add(DateTime.UtcNow);
            if (request.Content is { } content)
            {
                Bodies.Add(await content.ReadAsStringAsync(cancellationToken));
            }

            var response = _answers.Dequeue()();
            response.RequestMessage = request;
            return response;
        }
    }
}
