// Shared runtime: the statuses an operation documents outside 2xx, as data. Each generated operation lists its own in a
// static array instead of a chain of if statements and awaits, which the user's compiler would build on every build.
namespace SpecForge.Runtime.Client
{
    /// <summary>A status an operation documents outside 2xx and how its body is read; an operation's are tried in order.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public abstract class ApiError
    {
        // 100–599: that status; 1–5: its class ("4XX"); 0: any status ("default").
        private readonly int _status;

        private protected ApiError(string status)
        {
            _status = status == "default" ? 0
                : status.Length == 3 && status[1] == 'X' ? status[0] - '0'
                : int.Parse(status, global::System.Globalization.CultureInfo.InvariantCulture);
        }

        internal bool Matches(int status) => _status == 0 || _status == status || status / 100 == _status;

        internal abstract global::System.Threading.Tasks.Task<ApiException> ReadAsync(ApiTransport transport, global::System.Net.Http.HttpResponseMessage response, global::System.Threading.CancellationToken cancellationToken);

        /// <summary>A JSON error body, thrown as <see cref="ApiException{TError}"/>.</summary>
        /// <param name="status">The spec's response key: <c>"404"</c>, <c>"4XX"</c> or <c>"default"</c>.</param>
        /// <param name="read">The generated reader of the error's type.</param>
        public static ApiError Json<TError>(string status, JsonCodec.ReadFunc<TError> read) => new JsonBody<TError>(status, read);

        /// <summary>A text error body, thrown as <see cref="ApiException{TError}"/> of string.</summary>
        /// <param name="status">The spec's response key: <c>"404"</c>, <c>"4XX"</c> or <c>"default"</c>.</param>
        public static ApiError Text(string status) => new TextBody(status, typed: true);

        /// <summary>A body of another media type, thrown as a plain <see cref="ApiException"/> with the body as text.</summary>
        /// <param name="status">The spec's response key: <c>"404"</c>, <c>"4XX"</c> or <c>"default"</c>.</param>
        public static ApiError Untyped(string status) => new TextBody(status, typed: false);

        private sealed class JsonBody<TError> : ApiError
        {
            private readonly JsonCodec.ReadFunc<TError> _read;

            public JsonBody(string status, JsonCodec.ReadFunc<TError> read)
                : base(status)
            {
                _read = read;
            }

            internal override global::System.Threading.Tasks.Task<ApiException> ReadAsync(ApiTransport transport, global::System.Net.Http.HttpResponseMessage response, global::System.Threading.CancellationToken cancellationToken) =>
                transport.ErrorAsync(response, _read, cancellationToken);
        }

        private sealed class TextBody : ApiError
        {
            private readonly bool _typed;

            public TextBody(string status, bool typed)
                : base(status)
            {
                _typed = typed;
            }

            internal override global::System.Threading.Tasks.Task<ApiException> ReadAsync(ApiTransport transport, global::System.Net.Http.HttpResponseMessage response, global::System.Threading.CancellationToken cancellationToken) =>
                transport.ErrorAsync(response, _typed, cancellationToken);
        }
    }
}
