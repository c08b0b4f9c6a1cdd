// Shared runtime: converts between HttpRequestMessage/HttpResponseMessage and the engine's messages, so the generated
// mock handler runs the engine in process with no server (BCL only).
namespace SpecForge.Runtime.Mocking
{
    using System;
    using System.Collections.Generic;
    using System.Net.Http;
    using System.Threading;
    using System.Threading.Tasks;

    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static class MockHttp
    {
        private static readonly Uri LocalBase = new Uri("http://localhost/");

        /// <summary>
        /// The engine's answer to <paramref name="message"/> as an HTTP response. The body is read no further than the
        /// engine's MaxRequestBodyBytes; a longer one (declared or streamed) is a 413.
        /// </summary>
        public static async Task<HttpResponseMessage> AnswerAsync(MockEngine engine, HttpRequestMessage message, CancellationToken cancellationToken)
        {
            if (engine == null)
            {
                throw new ArgumentNullException(nameof(engine));
            }

            if (message == null)
            {
                throw new ArgumentNullException(nameof(message));
            }

            cancellationToken.ThrowIfCancellationRequested();
            var limit = engine.Options.MaxRequestBodyBytes;
            byte[]? body = new byte[0];
            if (message.Content != null)
            {
                body = MockBodyReader.Exceeds(message.Content.Headers.ContentLength, limit)
                    ? null
                    : await MockBodyReader.ReadAsync(await message.Content.ReadAsStreamAsync().ConfigureAwait(false), limit, cancellationToken).ConfigureAwait(false);
            }

            var request = ToMockRequest(message, body ?? new byte[0]);
            return ToResponseMessage(body == null ? engine.BodyTooLarge(request) : engine.Handle(request), message);
        }

        /// <summary>The engine's view of a request: raw path and query, headers (content headers included), body bytes.</summary>
        public static MockRequest ToMockRequest(HttpRequestMessage message, byte[] body)
        {
            var uri = message.RequestUri == null ? LocalBase : message.RequestUri.IsAbsoluteUri ? message.RequestUri : new Uri(LocalBase, message.RequestUri);
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var header in message.Headers)
            {
                Add(headers, header.Key, header.Value);
            }

            if (message.Content != null)
            {
                foreach (var header in message.Content.Headers)
                {
                    Add(headers, header.Key, header.Value);
                }
            }

            var query = uri.Query.Length > 0 ? uri.Query.Substring(1) : string.Empty;
            return new MockRequest(message.Method.Method, uri.AbsolutePath, query, headers, body);
        }

        /// <summary>The HTTP response for an engine answer; HEAD answers carry no body.</summary>
        public static HttpResponseMessage ToResponseMessage(MockResponse response, HttpRequestMessage request)
        {
            var message = new HttpResponseMessage((System.Net.HttpStatusCode)response.Status) { RequestMessage = request };
            var isHead = request != null && request.Method == HttpMethod.Head;
            var content = new ByteArrayContent(isHead ? new byte[0] : response.Body);
            content.Headers.Remove("Content-Type");
            if (response.ContentType != null)
            {
                content.Headers.TryAddWithoutValidation("Content-Type", response.ContentType);
            }

            foreach (var header in response.Headers)
            {
                if (!message.Headers.TryAddWithoutValidation(header.Key, header.Value))
                {
                    content.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
            }

            message.Content = content;
            return message;
        }

        // Cookie values are joined with "; " as the Cookie header itself does; every other header with ", ".
        private static void Add(Dictionary<string, string> headers, string name, IEnumerable<string> values)
        {
            var separator = string.Equals(name, "Cookie", StringComparison.OrdinalIgnoreCase) ? "; " : ", ";
            var joined = string.Join(separator, values);
            headers[name] = headers.TryGetValue(name, out var existing) ? existing + separator + joined : joined;
        }
    }
}
