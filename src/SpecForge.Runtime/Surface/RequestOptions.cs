// Shared runtime: what one call may change about its request, passed as the last optional argument of every generated
// method so existing calls keep compiling. The transport applies it (ApiTransport.SendAsync).
namespace SpecForge.Runtime
{
    /// <summary>
    /// Settings of one call: extra headers, a timeout and a last look at the request. Pass it as <c>requestOptions</c>:
    /// <c>client.GetPetAsync(7, requestOptions: new RequestOptions { Timeout = TimeSpan.FromSeconds(2) })</c>.
    /// </summary>
    public partial class RequestOptions
    {
        private global::System.TimeSpan? _timeout;

        /// <summary>
        /// Headers sent with this call only. Each replaces a header of the same name set any other way: the client's
        /// default headers, the operation's header parameters and credentials.
        /// </summary>
        public global::System.Collections.Generic.IDictionary<string, string> Headers { get; } = new global::System.Collections.Generic.Dictionary<string, string>(global::System.StringComparer.OrdinalIgnoreCase);

        /// <summary>
        /// How long the call may take, on top of the cancellation token and the HttpClient's own Timeout: from the first
        /// credential lookup until the whole response body has arrived (for a body returned as a <c>Stream</c> or read as
        /// a stream of items, until its headers have), retries by a handler included. When it runs out the call throws
        /// <see cref="global::System.TimeoutException"/>, whose message names the request and the timeout; cancelling
        /// the token still throws <see cref="global::System.OperationCanceledException"/>. Null (the default) or
        /// <see cref="global::System.Threading.Timeout.InfiniteTimeSpan"/> sets none.
        /// </summary>
        /// <exception cref="global::System.ArgumentOutOfRangeException">The value is zero, negative (other than infinite) or longer than int.MaxValue milliseconds.</exception>
        public global::System.TimeSpan? Timeout
        {
            get => _timeout;
            set
            {
                if (value is { } timeout && timeout != global::System.Threading.Timeout.InfiniteTimeSpan && (timeout <= global::System.TimeSpan.Zero || timeout.TotalMilliseconds > int.MaxValue))
                {
                    throw new global::System.ArgumentOutOfRangeException(nameof(value), timeout, "A timeout must be positive and at most int.MaxValue milliseconds, or infinite.");
                }

                _timeout = value;
            }
        }

        /// <summary>
        /// Called with the request just before it is sent, after every header (the call's own included), the body and
        /// the credentials are in place, so it can read or change anything: add a header computed from the body, sign
        /// the request, log it.
        /// </summary>
        public global::System.Action<global::System.Net.Http.HttpRequestMessage>? OnRequest { get; set; }
    }
}
