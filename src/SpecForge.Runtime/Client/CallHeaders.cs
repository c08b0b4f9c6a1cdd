// Shared runtime: the headers of one call (RequestOptions.Headers), applied last so they win over every other source.
namespace SpecForge.Runtime.Client
{
    /// <summary>Puts a call's own headers on its request, each replacing any header of that name already there.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static class CallHeaders
    {
        // HttpRequestHeaders refuses these names (and Remove throws on them): they belong to the content.
        private static readonly global::System.Collections.Generic.HashSet<string> ContentHeaders = new global::System.Collections.Generic.HashSet<string>(global::System.StringComparer.OrdinalIgnoreCase)
        {
            "Allow", "Content-Disposition", "Content-Encoding", "Content-Language", "Content-Length", "Content-Location", "Content-MD5", "Content-Range", "Content-Type", "Expires", "Last-Modified",
        };

        /// <summary>Replaces or adds each header; a content header on a request without a body has nothing to go on and is an error.</summary>
        /// <exception cref="global::System.ArgumentException">A value holds a line break, or a content header is given for a request without a body.</exception>
        public static void Apply(global::System.Net.Http.HttpRequestMessage request, global::System.Collections.Generic.IDictionary<string, string> headers)
        {
            foreach (var header in headers)
            {
                var value = Wire.Header(header.Key, header.Value, false);
                if (!ContentHeaders.Contains(header.Key))
                {
                    request.Headers.Remove(header.Key);
                    request.Headers.TryAddWithoutValidation(header.Key, value);
                }
                else if (request.Content is { } content)
                {
                    content.Headers.Remove(header.Key);
                    content.Headers.TryAddWithoutValidation(header.Key, value);
                }
                else
                {
                    throw new global::System.ArgumentException("The header '" + header.Key + "' describes a body, and this request has none.", nameof(headers));
                }
            }
        }
    }
}
