// Shared runtime: what every generated client does around its operations: the request URI, default headers and
// credentials, JSON bodies in and out, errors, downloads and streams. The client keeps one and its groups share it.
namespace SpecForge.Runtime.Client
{
    /// <summary>Sends a client's requests and reads its answers; the client supplies its options and its credentials.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public sealed partial class ApiTransport
    {
        private readonly global::System.Net.Http.HttpClient _httpClient;
        private readonly ApiClientOptions _options;
        private readonly string _defaultBaseUrl;
        private readonly global::System.Func<global::System.Net.Http.HttpRequestMessage, string[][], global::System.Threading.CancellationToken, global::System.Threading.Tasks.Task> _authorize;

        /// <summary>Creates the transport of one client.</summary>
        /// <param name="httpClient">Where requests go.</param>
        /// <param name="options">Read on every request, so later changes apply.</param>
        /// <param name="defaultBaseUrl">The spec's first server with its variables at their defaults, for options that set none.</param>
        /// <param name="authorize">Adds the credentials of the first security alternative the options can satisfy.</param>
        public ApiTransport(
            global::System.Net.Http.HttpClient httpClient,
            ApiClientOptions options,
            string defaultBaseUrl,
            global::System.Func<global::System.Net.Http.HttpRequestMessage, string[][], global::System.Threading.CancellationToken, global::System.Threading.Tasks.Task> authorize)
        {
            _httpClient = httpClient ?? throw new global::System.ArgumentNullException(nameof(httpClient));
            _options = options ?? throw new global::System.ArgumentNullException(nameof(options));
            _defaultBaseUrl = defaultBaseUrl;
            _authorize = authorize;
        }

        /// <summary>
        /// The request URI: <see cref="ApiClientOptions.BaseUrl"/>, else the HttpClient's BaseAddress, else the spec's
        /// server with the options' server variables; a base URL that ends at its host keeps the server's base path.
        /// </summary>
        public global::System.Uri BuildUri(string pathAndQuery)
        {
            var server = _options.ServerUrl() ?? _defaultBaseUrl;
            var baseUrl = ServerUrls.BaseUrl(_options.BaseUrl ?? _httpClient.BaseAddress?.OriginalString, server);
            return baseUrl.Length == 0
                ? new global::System.Uri(pathAndQuery.TrimStart('/'), global::System.UriKind.Relative)
                : BuildUri(baseUrl, pathAndQuery);
        }

        // An operation the spec serves from elsewhere (another host or base path) goes there whatever the base URL.
        public static global::System.Uri BuildUri(string server, string pathAndQuery) => Wire.Uri(server.TrimEnd('/') + pathAndQuery);

        /// <summary>A request to <see cref="BuildUri(string)"/>, asking for <paramref name="accept"/> when it is not null.</summary>
        public global::System.Net.Http.HttpRequestMessage NewRequest(global::System.Net.Http.HttpMethod method, string pathAndQuery, string? accept) =>
            Accepting(new global::System.Net.Http.HttpRequestMessage(method, BuildUri(pathAndQuery)), accept);

        /// <summary>A request to an operation's own server, asking for <paramref name="accept"/> when it is not null.</summary>
        public static global::System.Net.Http.HttpRequestMessage NewRequest(global::System.Net.Http.HttpMethod method, string server, string pathAndQuery, string? accept) =>
            Accepting(new global::System.Net.Http.HttpRequestMessage(method, BuildUri(server, pathAndQuery)), accept);

        private static global::System.Net.Http.HttpRequestMessage Accepting(global::System.Net.Http.HttpRequestMessage request, string? accept)
        {
            if (accept is not null)
            {
                request.Headers.TryAddWithoutValidation("Accept", accept);
            }

            return request;
        }

        /// <summary>
        /// Adds the default headers, the credentials the operation accepts and the call's own headers, lets the call's
        /// <see cref="RequestOptions.OnRequest"/> see the request, then sends without buffering the body. With a
        /// <see cref="RequestOptions.Timeout"/>, the body is read within it too unless <paramref name="streamsBody"/>.
        /// </summary>
        /// <exception cref="global::System.TimeoutException">The call's timeout ran out before the caller's token was cancelled.</exception>
        public async global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> SendAsync(global::System.Net.Http.HttpRequestMessage request, string[][] security, RequestOptions? requestOptions, bool streamsBody, global::System.Threading.CancellationToken cancellationToken)
        {
            foreach (var header in _options.DefaultHeaders)
            {
                if (!request.Headers.Contains(header.Key))
                {
                    request.Headers.TryAddWithoutValidation(header.Key, Wire.Header(header.Key, header.Value, false));
                }
            }

            if (requestOptions?.Timeout is not { } timeout || timeout == global::System.Threading.Timeout.InfiniteTimeSpan)
            {
                return await SendPreparedAsync(request, security, requestOptions, cancellationToken).ConfigureAwait(false);
            }

            using var timeoutSource = new global::System.Threading.CancellationTokenSource(timeout);
            using var linkedSource = global::System.Threading.CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
            global::System.Net.Http.HttpResponseMessage? response = null;
            try
            {
                response = await SendPreparedAsync(request, security, requestOptions, linkedSource.Token).ConfigureAwait(false);

                // Reading the body later would escape the timeout; an error's body is always read whole.
                if (!streamsBody || !response.IsSuccessStatusCode)
                {
                    await Compat.LoadIntoBufferAsync(response.Content, linkedSource.Token).ConfigureAwait(false);
                }

                return response;
            }
            catch (global::System.Exception exception) when (timeoutSource.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                response?.Dispose();
                throw new global::System.TimeoutException(Describe(request) + " did not complete within its timeout of " + timeout.ToString() + " (RequestOptions.Timeout).", exception);
            }
            catch
            {
                response?.Dispose();
                throw;
            }
        }

        private async global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> SendPreparedAsync(global::System.Net.Http.HttpRequestMessage request, string[][] security, RequestOptions? requestOptions, global::System.Threading.CancellationToken cancellationToken)
        {
            await _authorize(request, security, cancellationToken).ConfigureAwait(false);
            if (requestOptions is not null)
            {
                CallHeaders.Apply(request, requestOptions.Headers);
                requestOptions.OnRequest?.Invoke(request);
            }

            return await _httpClient.SendAsync(request, global::System.Net.Http.HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }

        // "GET /v1/pets/7": the request, without the query, which may hold credentials.
        private static string Describe(global::System.Net.Http.HttpRequestMessage request) =>
            request.Method.Method + " " + (request.RequestUri is not { } uri ? string.Empty : uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString.Split('?')[0]);

        // A JsonSerializerOptions given in the options sets how bodies are written and read: indentation, encoder, depth, comments, trailing commas.
        private global::System.Text.Json.JsonWriterOptions WriterOptions => _options.JsonSerializerOptions is { } json
            ? new global::System.Text.Json.JsonWriterOptions { Encoder = json.Encoder, Indented = json.WriteIndented, MaxDepth = json.MaxDepth }
            : default;

        private global::System.Text.Json.JsonReaderOptions ReaderOptions => _options.JsonSerializerOptions is { } json
            ? new global::System.Text.Json.JsonReaderOptions
            {
                MaxDepth = json.MaxDepth,
                AllowTrailingCommas = json.AllowTrailingCommas,
                CommentHandling = json.ReadCommentHandling == global::System.Text.Json.JsonCommentHandling.Skip ? global::System.Text.Json.JsonCommentHandling.Skip : global::System.Text.Json.JsonCommentHandling.Disallow,
            }
            : default;

        // readOnly members are the server's to send, so a request body leaves them out.
        public global::System.Net.Http.HttpContent JsonContent<T>(T? body, JsonCodec.WriteFunc<T> write, string mediaType)
        {
            var bytes = _options.JsonSerializerOptions is null
                ? JsonCodec.Write(body, write, JsonPayload.Request)
                : JsonCodec.Write(body, write, JsonPayload.Request, WriterOptions);
            var content = new global::System.Net.Http.ByteArrayContent(bytes);
            content.Headers.ContentType = global::System.Net.Http.Headers.MediaTypeHeaderValue.Parse(mediaType);
            return content;
        }

        /// <summary>The JSON form of a value, for forms, deepObject parameters and JSON parts.</summary>
        public global::System.Text.Json.JsonElement ToElement<T>(T? value, JsonCodec.WriteFunc<T> write)
        {
            using var document = global::System.Text.Json.JsonDocument.Parse(JsonCodec.Write(value, write, JsonPayload.Request));
            return document.RootElement.Clone();
        }

        public async global::System.Threading.Tasks.Task<T> ReadJsonAsync<T>(global::System.Net.Http.HttpResponseMessage response, JsonCodec.ReadFunc<T> read, bool allowNull, global::System.Threading.CancellationToken cancellationToken)
        {
            var json = await Compat.ReadBytesAsync(response.Content, cancellationToken).ConfigureAwait(false);
            T value;
            bool present;
            try
            {
                present = TryReadLocated(json, read, out value);
            }
            catch (global::System.Exception exception) when (JsonPaths.IsReadFailure(exception))
            {
                throw new ApiException((int)response.StatusCode, "The API answered " + Operation(response) + " with a body that does not match the specification" + At(exception) + exception.Message, global::System.Text.Encoding.UTF8.GetString(json), Wire.Headers(response), exception);
            }

            if (!present && !allowNull)
            {
                throw new ApiException((int)response.StatusCode, "The API answered with an empty body where a value was expected.", string.Empty, Wire.Headers(response));
            }

            return value;
        }

        // Like JsonCodec.TryRead, and a failure says where: the converters' reader tracks no path, so it is found again
        // from the failing token's offset (JsonPaths) and carried as the JsonException's Path.
        private bool TryReadLocated<T>(byte[] json, JsonCodec.ReadFunc<T> read, out T value)
        {
            var reader = new global::System.Text.Json.Utf8JsonReader(json, ReaderOptions);
            if (json.Length == 0 || !reader.Read() || reader.TokenType == global::System.Text.Json.JsonTokenType.Null)
            {
                value = default!;
                return false;
            }

            try
            {
                value = read(ref reader);
                return true;
            }
            catch (global::System.Exception exception) when (JsonPaths.IsReadFailure(exception))
            {
                var path = JsonPaths.PathTo(json, reader.TokenStartIndex, ReaderOptions);
                throw new global::System.Text.Json.JsonException(exception.Message, path, null, null, exception);
            }
        }

        // " at $.results[3].id: " when the failure was located, else ": ".
        private static string At(global::System.Exception exception) =>
            exception is global::System.Text.Json.JsonException { Path: { Length: > 0 } path } ? " at " + path + ": " : ": ";

        // "to GET /v1/pets/7": the request the body answers.
        private static string Operation(global::System.Net.Http.HttpResponseMessage response) =>
            response.RequestMessage is { RequestUri: { } uri } request
                ? "to " + request.Method.Method + " " + (uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString)
                : "to the request";

        /// <summary>One item of a page or a stream, read by the generated converter.</summary>
        public T ReadElement<T>(global::System.Text.Json.JsonElement element, JsonCodec.ReadFunc<T> read) =>
            ReadItem(global::System.Text.Encoding.UTF8.GetBytes(element.GetRawText()), read);

        private T ReadItem<T>(byte[] json, JsonCodec.ReadFunc<T> read)
        {
            try
            {
                TryReadLocated(json, read, out T value);
                return value;
            }
            catch (global::System.Exception exception) when (JsonPaths.IsReadFailure(exception))
            {
                throw new ApiException(200, "The API answered with an item that does not match the specification" + At(exception) + exception.Message, global::System.Text.Encoding.UTF8.GetString(json), new global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>(), exception);
            }
        }

        public async global::System.Threading.Tasks.Task<global::System.Text.Json.JsonDocument> ReadDocumentAsync(global::System.Net.Http.HttpResponseMessage response, global::System.Threading.CancellationToken cancellationToken)
        {
            var json = await Compat.ReadBytesAsync(response.Content, cancellationToken).ConfigureAwait(false);
            try
            {
                return global::System.Text.Json.JsonDocument.Parse(json, new global::System.Text.Json.JsonDocumentOptions { MaxDepth = ReaderOptions.MaxDepth, AllowTrailingCommas = ReaderOptions.AllowTrailingCommas, CommentHandling = ReaderOptions.CommentHandling });
            }
            catch (global::System.Text.Json.JsonException exception)
            {
                throw new ApiException((int)response.StatusCode, "The API answered with a page that is not JSON: " + exception.Message, global::System.Text.Encoding.UTF8.GetString(json), Wire.Headers(response), exception);
            }
        }

        /// <summary>An ApiException for a status the operation does not document, carrying the body as text.</summary>
        public async global::System.Threading.Tasks.Task<ApiException> ErrorAsync(global::System.Net.Http.HttpResponseMessage response, global::System.Threading.CancellationToken cancellationToken)
        {
            var body = await Compat.ReadStringAsync(response.Content, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            return new ApiException(status, "The API answered " + status + " " + response.ReasonPhrase + ".", body, Wire.Headers(response));
        }

        /// <summary>An ApiException&lt;TError&gt; for a documented status; a body that is not a TError gives a plain ApiException with the reason inside.</summary>
        public async global::System.Threading.Tasks.Task<ApiException> ErrorAsync<TError>(global::System.Net.Http.HttpResponseMessage response, JsonCodec.ReadFunc<TError> read, global::System.Threading.CancellationToken cancellationToken)
        {
            var json = await Compat.ReadBytesAsync(response.Content, cancellationToken).ConfigureAwait(false);
            var body = global::System.Text.Encoding.UTF8.GetString(json);
            var status = (int)response.StatusCode;
            var headers = Wire.Headers(response);
            var message = "The API answered " + status + " " + response.ReasonPhrase + ".";
            try
            {
                return TryReadLocated(json, read, out TError error)
                    ? new ApiException<TError>(status, message, body, headers, error)
                    : new ApiException(status, message, body, headers);
            }
            catch (global::System.Exception exception) when (JsonPaths.IsReadFailure(exception))
            {
                return new ApiException(status, message + " Its body does not match the documented error" + At(exception) + exception.Message, body, headers, exception);
            }
        }

        /// <summary>An ApiException&lt;string&gt; for a documented status whose body is text.</summary>
        public async global::System.Threading.Tasks.Task<ApiException> ErrorAsync(global::System.Net.Http.HttpResponseMessage response, bool text, global::System.Threading.CancellationToken cancellationToken)
        {
            var body = await Compat.ReadStringAsync(response.Content, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            var message = "The API answered " + status + " " + response.ReasonPhrase + ".";
            return text ? new ApiException<string>(status, message, body, Wire.Headers(response), body) : new ApiException(status, message, body, Wire.Headers(response));
        }

        /// <summary>A text body, cancellable on every target (netstandard2.0's HttpContent has no cancellable read).</summary>
        public global::System.Threading.Tasks.Task<string> ReadTextAsync(global::System.Net.Http.HttpResponseMessage response, global::System.Threading.CancellationToken cancellationToken) =>
            Compat.ReadStringAsync(response.Content, cancellationToken);

        // The returned stream owns the response: reading it reads the body as it arrives, disposing it releases both.
        public async global::System.Threading.Tasks.Task<global::System.IO.Stream> ReadStreamAsync(global::System.Net.Http.HttpResponseMessage response, global::System.Threading.CancellationToken cancellationToken)
        {
            try
            {
                var stream = await Compat.ReadStreamAsync(response.Content, cancellationToken).ConfigureAwait(false);
                return new Wire.ResponseStream(stream, response);
            }
            catch
            {
                response.Dispose();
                throw;
            }
        }

        /// <summary>Server-sent events: each event's data (its data lines joined by line feeds) parsed as one item.</summary>
        public async global::System.Collections.Generic.IAsyncEnumerable<T> ReadEventsAsync<T>(global::System.Net.Http.HttpResponseMessage response, global::System.Func<string, T> parse, [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken)
        {
            using var stream = await Compat.ReadStreamAsync(response.Content, cancellationToken).ConfigureAwait(false);
            using var reader = new global::System.IO.StreamReader(stream, global::System.Text.Encoding.UTF8);
            var data = new global::System.Text.StringBuilder();
            var hasData = false;
            while (await Compat.ReadLineAsync(reader, cancellationToken).ConfigureAwait(false) is { } line)
            {
                if (line.Length == 0)
                {
                    if (hasData)
                    {
                        yield return parse(data.ToString());
                    }

                    data.Clear();
                    hasData = false;
                }
                else if (line.StartsWith("data:", global::System.StringComparison.Ordinal))
                {
                    var value = line.Length > 5 && line[5] == ' ' ? line.Substring(6) : line.Substring(5);
                    if (hasData)
                    {
                        data.Append('\n');
                    }

                    data.Append(value);
                    hasData = true;
                }
            }

            // A stream that ends without the blank line still delivers its last event.
            if (hasData)
            {
                yield return parse(data.ToString());
            }
        }

        /// <summary>Parses one event's data as JSON.</summary>
        public T ParseEvent<T>(string data, JsonCodec.ReadFunc<T> read) => ReadItem(global::System.Text.Encoding.UTF8.GetBytes(data), read);

        /// <summary>Newline-delimited JSON: each non-blank line is one item.</summary>
        public async global::System.Collections.Generic.IAsyncEnumerable<T> ReadLinesAsync<T>(global::System.Net.Http.HttpResponseMessage response, JsonCodec.ReadFunc<T> read, [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken)
        {
            using var stream = await Compat.ReadStreamAsync(response.Content, cancellationToken).ConfigureAwait(false);
            using var reader = new global::System.IO.StreamReader(stream, global::System.Text.Encoding.UTF8);
            while (await Compat.ReadLineAsync(reader, cancellationToken).ConfigureAwait(false) is { } line)
            {
                if (line.Trim().Length > 0)
                {
                    yield return ReadItem(global::System.Text.Encoding.UTF8.GetBytes(line), read);
                }
            }
        }
    }
}
