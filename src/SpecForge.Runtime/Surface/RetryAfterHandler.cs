// Shared runtime: an opt-in retry for SDKs that cannot take a dependency on Polly. It honours Retry-After because an
// API that sends one (429, 503) usually rejects a retry that comes sooner, and it retries only idempotent methods by
// default because a repeated POST can create twice what the caller asked for once.
namespace SpecForge.Runtime
{
    /// <summary>
    /// Retries a request the server answered with a transient status (by default 408, 429, 502, 503 and 504), waiting as
    /// long as its <c>Retry-After</c> header asks (seconds or an HTTP date), else backing off exponentially. Only
    /// idempotent methods (GET, HEAD, OPTIONS, PUT, DELETE, TRACE) are retried unless <see cref="RetryNonIdempotentMethods"/>
    /// is set. Add it with <c>AddHttpMessageHandler(() =&gt; new RetryAfterHandler())</c> on the builder the generated DI
    /// registration returns, or as the inner handler of the HttpClient given to the client.
    /// </summary>
    /// <remarks>
    /// Failures to connect are not retried; Microsoft.Extensions.Http.Resilience covers those. A request body is sent
    /// again as it is, so a <c>Stream</c> body that cannot seek cannot be retried. The cancellation token, and with it a
    /// call's <see cref="RequestOptions.Timeout"/>, bounds the waits too.
    /// </remarks>
    public partial class RetryAfterHandler : global::System.Net.Http.DelegatingHandler
    {
        private int _maxRetries = 3;

        /// <summary>Creates the handler; IHttpClientFactory sets its inner handler.</summary>
        public RetryAfterHandler()
        {
        }

        /// <summary>Creates the handler in front of <paramref name="innerHandler"/>, for an HttpClient built by hand.</summary>
        /// <param name="innerHandler">The handler that sends each attempt.</param>
        public RetryAfterHandler(global::System.Net.Http.HttpMessageHandler innerHandler)
            : base(innerHandler)
        {
        }

        /// <summary>How many times a request is sent again after its first attempt (3 by default); 0 turns retrying off.</summary>
        /// <exception cref="global::System.ArgumentOutOfRangeException">The value is negative.</exception>
        public int MaxRetries
        {
            get => _maxRetries;
            set => _maxRetries = value >= 0 ? value : throw new global::System.ArgumentOutOfRangeException(nameof(value), value, "The number of retries cannot be negative.");
        }

        /// <summary>
        /// The longest wait the handler accepts (30 seconds by default). A server that asks for a longer one gets its
        /// answer passed on unchanged, as retrying sooner than it asked would only be refused again.
        /// </summary>
        public global::System.TimeSpan MaxDelay { get; set; } = global::System.TimeSpan.FromSeconds(30);

        /// <summary>The wait before the first retry when the answer has no <c>Retry-After</c> (1 second by default); it doubles for each further retry.</summary>
        public global::System.TimeSpan BackoffDelay { get; set; } = global::System.TimeSpan.FromSeconds(1);

        /// <summary>Whether POST, PATCH and other methods that are not idempotent are retried too (off by default).</summary>
        public bool RetryNonIdempotentMethods { get; set; }

        /// <summary>The statuses that are retried: 408, 429, 502, 503 and 504 unless changed.</summary>
        public global::System.Collections.Generic.ISet<int> RetryStatusCodes { get; } = new global::System.Collections.Generic.HashSet<int> { 408, 429, 502, 503, 504 };

        // Seams for tests: the clock an HTTP-date is measured against, and the wait itself.
        internal global::System.Func<global::System.DateTimeOffset> UtcNow { get; set; } = static () => global::System.DateTimeOffset.UtcNow;

        internal global::System.Func<global::System.TimeSpan, global::System.Threading.CancellationToken, global::System.Threading.Tasks.Task> Wait { get; set; } = global::System.Threading.Tasks.Task.Delay;

        /// <summary>Sends the request, and again after each retryable answer while retries and the delay allow.</summary>
        /// <param name="request">The request, sent as is on every attempt.</param>
        /// <param name="cancellationToken">Cancels the attempt in flight or the wait.</param>
        /// <returns>The first answer that is not retried.</returns>
        protected override async global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> SendAsync(global::System.Net.Http.HttpRequestMessage request, global::System.Threading.CancellationToken cancellationToken)
        {
            var retryable = RetryNonIdempotentMethods || IsIdempotent(request.Method);
            for (var retry = 1; ; retry++)
            {
                var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
                if (!retryable || retry > MaxRetries || !RetryStatusCodes.Contains((int)response.StatusCode))
                {
                    return response;
                }

                var delay = DelayBefore(retry, response.Headers.RetryAfter);
                if (delay > MaxDelay)
                {
                    return response;
                }

                // The connection goes back to the pool before the wait, not after it.
                response.Dispose();
                await Wait(delay, cancellationToken).ConfigureAwait(false);
            }
        }

        /// <summary>The wait before retry number <paramref name="retry"/> (from 1): the server's Retry-After when it sent one, else the backoff.</summary>
        internal global::System.TimeSpan DelayBefore(int retry, global::System.Net.Http.Headers.RetryConditionHeaderValue? retryAfter)
        {
            if (retryAfter?.Delta is { } delta)
            {
                return delta < global::System.TimeSpan.Zero ? global::System.TimeSpan.Zero : delta;
            }

            if (retryAfter?.Date is { } date)
            {
                var until = date - UtcNow();
                return until < global::System.TimeSpan.Zero ? global::System.TimeSpan.Zero : until;
            }

            // Doubling stops at 2^30 so the multiplication cannot overflow; MaxDelay cuts it off long before.
            var factor = 1L << global::System.Math.Min(retry - 1, 30);
            var ticks = BackoffDelay.Ticks > global::System.TimeSpan.MaxValue.Ticks / factor ? global::System.TimeSpan.MaxValue.Ticks : BackoffDelay.Ticks * factor;
            return global::System.TimeSpan.FromTicks(ticks);
        }

        /// <summary>Whether sending <paramref name="method"/> twice has the effect of sending it once (RFC 9110, section 9.2.2).</summary>
        public static bool IsIdempotent(global::System.Net.Http.HttpMethod method) =>
            method == global::System.Net.Http.HttpMethod.Get
            || method == global::System.Net.Http.HttpMethod.Head
            || method == global::System.Net.Http.HttpMethod.Options
            || method == global::System.Net.Http.HttpMethod.Put
            || method == global::System.Net.Http.HttpMethod.Delete
            || method == global::System.Net.Http.HttpMethod.Trace;
    }
}
