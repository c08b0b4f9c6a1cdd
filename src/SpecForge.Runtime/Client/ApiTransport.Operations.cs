// Shared runtime: what every generated operation does once its request is built, written once here. A generated
// method that awaited would be an async state machine the user's compiler builds on every build (about 1.5 ms each,
// measured on GitHub's SDK), so operations hand their tasks to these methods instead.
namespace SpecForge.Runtime.Client
{
    // No modifiers here: ApiTransport.cs declares them, and turns internal when emitted into an SDK.
    partial class ApiTransport
    {
        /// <summary>
        /// Sends <paramref name="request"/> as <see cref="SendAsync(global::System.Net.Http.HttpRequestMessage, string[][], RequestOptions?, bool, global::System.Threading.CancellationToken)"/>
        /// does, disposes it, and returns the response when its status is 2xx; otherwise throws what <see cref="CheckAsync"/> throws.
        /// </summary>
        public async global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> SendAsync(global::System.Net.Http.HttpRequestMessage request, string[][] security, RequestOptions? requestOptions, bool streamsBody, ApiError[]? errors, global::System.Threading.CancellationToken cancellationToken)
        {
            global::System.Net.Http.HttpResponseMessage response;
            using (request)
            {
                response = await SendAsync(request, security, requestOptions, streamsBody, cancellationToken).ConfigureAwait(false);
            }

            return await CheckAsync(response, errors, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// Builds a request with <paramref name="buildRequest"/> and sends it as the overload above does. When building
        /// throws (a failed check, an unwritable body), the task fails with that exception, as an async method's would:
        /// a generated operation then needs no try block of its own.
        /// </summary>
        public global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> SendAsync(global::System.Func<global::System.Net.Http.HttpRequestMessage> buildRequest, string[][] security, RequestOptions? requestOptions, bool streamsBody, ApiError[]? errors, global::System.Threading.CancellationToken cancellationToken)
        {
            global::System.Net.Http.HttpRequestMessage request;
            try
            {
                request = buildRequest();
            }
            catch (global::System.Exception exception)
            {
                return global::System.Threading.Tasks.Task.FromException<global::System.Net.Http.HttpResponseMessage>(exception);
            }

            return SendAsync(request, security, requestOptions, streamsBody, errors, cancellationToken);
        }

        /// <summary>
        /// <paramref name="response"/> when its status is 2xx. Otherwise disposes it and throws the exception of the first
        /// of <paramref name="errors"/> that documents the status, or a plain <see cref="ApiException"/> with the body as text.
        /// </summary>
        public async global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> CheckAsync(global::System.Net.Http.HttpResponseMessage response, ApiError[]? errors, global::System.Threading.CancellationToken cancellationToken)
        {
            var status = (int)response.StatusCode;
            if (status >= 200 && status <= 299)
            {
                return response;
            }

            using (response)
            {
                foreach (var error in errors ?? global::System.Array.Empty<ApiError>())
                {
                    if (error.Matches(status))
                    {
                        throw await error.ReadAsync(this, response, cancellationToken).ConfigureAwait(false);
                    }
                }

                throw await ErrorAsync(response, cancellationToken).ConfigureAwait(false);
            }
        }

        /// <summary>The JSON body of the response <paramref name="send"/> brings, with its status and headers; the response is disposed.</summary>
        public async global::System.Threading.Tasks.Task<ApiResponse<T>> JsonResponseAsync<T>(global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> send, JsonCodec.ReadFunc<T> read, bool allowNull, global::System.Threading.CancellationToken cancellationToken)
        {
            using var response = await send.ConfigureAwait(false);
            var body = await ReadJsonAsync(response, read, allowNull, cancellationToken).ConfigureAwait(false);
            return new ApiResponse<T>((int)response.StatusCode, Wire.Headers(response), body);
        }

        /// <summary>
        /// As <see cref="JsonResponseAsync{T}(global::System.Threading.Tasks.Task{global::System.Net.Http.HttpResponseMessage}, JsonCodec.ReadFunc{T}, bool, global::System.Threading.CancellationToken)"/>;
        /// when the options ask for <see cref="ApiClientOptions.ValidateResponses"/>, a body <paramref name="check"/> finds violations in throws them.
        /// </summary>
        /// <exception cref="ResponseValidationException">The body breaks the constraints of its schema.</exception>
        public async global::System.Threading.Tasks.Task<ApiResponse<T>> JsonResponseAsync<T>(global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> send, JsonCodec.ReadFunc<T> read, bool allowNull, global::System.Threading.CancellationToken cancellationToken, global::System.Func<T, global::System.Collections.Generic.List<ConstraintViolation>?> check)
        {
            using var response = await send.ConfigureAwait(false);
            var body = await ReadJsonAsync(response, read, allowNull, cancellationToken).ConfigureAwait(false);
            if (_options.ValidateResponses && check(body) is { } violations)
            {
                throw new ResponseValidationException((int)response.StatusCode, violations);
            }

            return new ApiResponse<T>((int)response.StatusCode, Wire.Headers(response), body);
        }

        /// <summary>The text body of the response <paramref name="send"/> brings, with its status and headers; the response is disposed.</summary>
        public async global::System.Threading.Tasks.Task<ApiResponse<string>> TextResponseAsync(global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> send, global::System.Threading.CancellationToken cancellationToken)
        {
            using var response = await send.ConfigureAwait(false);
            var body = await ReadTextAsync(response, cancellationToken).ConfigureAwait(false);
            return new ApiResponse<string>((int)response.StatusCode, Wire.Headers(response), body);
        }

        /// <summary>The body of the response <paramref name="send"/> brings as a stream that owns the response (a download).</summary>
        public async global::System.Threading.Tasks.Task<ApiResponse<global::System.IO.Stream>> StreamResponseAsync(global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> send, global::System.Threading.CancellationToken cancellationToken)
        {
            var response = await send.ConfigureAwait(false);
            var headers = Wire.Headers(response);
            var stream = await ReadStreamAsync(response, cancellationToken).ConfigureAwait(false);
            return new ApiResponse<global::System.IO.Stream>((int)response.StatusCode, headers, stream);
        }

        /// <summary>The status and headers of the response <paramref name="send"/> brings, for an operation without a result; the response is disposed.</summary>
        public static async global::System.Threading.Tasks.Task<EmptyApiResponse> EmptyResponseAsync(global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> send)
        {
            using var response = await send.ConfigureAwait(false);
            return new EmptyApiResponse((int)response.StatusCode, Wire.Headers(response));
        }

        /// <summary>The body of a response still to come: what every operation's <c>XAsync</c> returns from its <c>XWithResponseAsync</c>.</summary>
        public static async global::System.Threading.Tasks.Task<T> BodyAsync<T>(global::System.Threading.Tasks.Task<ApiResponse<T>> response) =>
            (await response.ConfigureAwait(false)).Body;
    }
}
