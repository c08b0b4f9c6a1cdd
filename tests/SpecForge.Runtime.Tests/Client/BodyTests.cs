using System.Collections.Generic;
using System.Threading.Tasks;
using SpecForge.Runtime;
using SpecForge.Runtime.Client;

namespace SpecForge.Runtime.Tests.Client;

/// <summary>Every generated <c>XAsync</c> is <c>XWithResponseAsync</c> through BodyAsync: the body, or the call's exception.</summary>
public sealed class BodyTests
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoHeaders = new Dictionary<string, IReadOnlyList<string>>();

    [Fact]
    public async Task The_body_of_the_response_once_it_arrives()
    {
        var pending = new TaskCompletionSource<ApiResponse<string?>>();

        var body = ApiTransport.BodyAsync(pending.Task);
        Assert.False(body.IsCompleted);
        pending.SetResult(new ApiResponse<string?>(200, NoHeaders, "pong"));

        Assert.Equal("pong", await body);
    }

    [Fact]
    public async Task The_exception_of_a_failed_call_as_it_was_thrown()
    {
        var failure = new ApiException(503, "The API answered 503 Service Unavailable.", "later");

        var thrown = await Assert.ThrowsAsync<ApiException>(() => ApiTransport.BodyAsync(Task.FromException<ApiResponse<int>>(failure)));

        Assert.Same(failure, thrown);
    }
}
