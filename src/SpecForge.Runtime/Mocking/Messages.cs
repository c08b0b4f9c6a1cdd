// Shared runtime: the transport-neutral request and response the mock engine works on, so an HttpMessageHandler,
// ASP.NET endpoints and the CLI's Kestrel host can all drive the same engine.
namespace SpecForge.Runtime.Mocking
{
    using System;
    using System.Collections.Generic;
    using Validation;

    /// <summary>One HTTP request as the mock engine sees it.</summary>
    public sealed class MockRequest
    {
        private static readonly byte[] NoBody = new byte[0];

        /// <summary>Creates a request.</summary>
        /// <param name="method">The HTTP method (any case).</param>
        /// <param name="path">The raw, still percent-encoded path without the query, e.g. <c>/pets/a%20b</c>.</param>
        /// <param name="query">The raw query without the leading <c>?</c>; empty when there is none.</param>
        /// <param name="headers">The headers, several values of one header joined with <c>", "</c>.</param>
        /// <param name="body">The body bytes; empty when there is none.</param>
        public MockRequest(string method, string path, string query, IReadOnlyDictionary<string, string> headers, byte[] body)
        {
            Method = (method ?? throw new ArgumentNullException(nameof(method))).ToUpperInvariant();
            Path = string.IsNullOrEmpty(path) ? "/" : path;
            Query = query == null ? string.Empty : (query.Length > 0 && query[0] == '?' ? query.Substring(1) : query);
            Headers = CaseInsensitive(headers ?? throw new ArgumentNullException(nameof(headers)));
            Body = body ?? NoBody;
        }

        /// <summary>The HTTP method, upper case.</summary>
        public string Method { get; }

        /// <summary>The raw path (percent-encoded, no query).</summary>
        public string Path { get; }

        /// <summary>The raw query without <c>?</c>.</summary>
        public string Query { get; }

        /// <summary>The headers, looked up without regard to case.</summary>
        public IReadOnlyDictionary<string, string> Headers { get; }

        /// <summary>The body bytes.</summary>
        public byte[] Body { get; }

        /// <summary>The value of a header, or null when the request lacks it.</summary>
        public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

        // Header names are case-insensitive in HTTP; copy only when the caller's dictionary might not be.
        private static IReadOnlyDictionary<string, string> CaseInsensitive(IReadOnlyDictionary<string, string> headers)
        {
            if (headers is Dictionary<string, string> dictionary && ReferenceEquals(dictionary.Comparer, StringComparer.OrdinalIgnoreCase))
            {
                return dictionary;
            }

            var copy = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var pair in headers)
            {
                copy[pair.Key] = copy.TryGetValue(pair.Key, out var existing) ? existing + ", " + pair.Value : pair.Value;
            }

            return copy;
        }
    }

    /// <summary>The mock engine's answer to one request.</summary>
    public sealed class MockResponse
    {
        private static readonly byte[] NoBody = new byte[0];
        private static readonly KeyValuePair<string, string>[] NoHeaders = new KeyValuePair<string, string>[0];
        private static readonly ConstraintViolation[] NoViolations = new ConstraintViolation[0];

        /// <summary>Creates a response.</summary>
        public MockResponse(
            int status,
            IReadOnlyList<KeyValuePair<string, string>>? headers,
            string? contentType,
            byte[]? body,
            IReadOnlyList<ConstraintViolation>? violations,
            string outcome)
        {
            Status = status;
            Headers = headers ?? NoHeaders;
            ContentType = contentType;
            Body = body ?? NoBody;
            Violations = violations ?? NoViolations;
            Outcome = outcome ?? string.Empty;
        }

        /// <summary>The HTTP status code.</summary>
        public int Status { get; }

        /// <summary>Headers to send besides Content-Type (response headers the spec declares, Allow, WWW-Authenticate, ...).</summary>
        public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

        /// <summary>The media type of <see cref="Body"/>, or null when there is no body.</summary>
        public string? ContentType { get; }

        /// <summary>The body bytes; empty for 204, HEAD and bodiless responses.</summary>
        public byte[] Body { get; }

        /// <summary>What was wrong with the request, when it was rejected as invalid.</summary>
        public IReadOnlyList<ConstraintViolation> Violations { get; }

        /// <summary>One line for a log: <c>200 example 'cat'</c>, <c>422 3 violations</c>, <c>404 no route</c>.</summary>
        public string Outcome { get; }
    }
}
