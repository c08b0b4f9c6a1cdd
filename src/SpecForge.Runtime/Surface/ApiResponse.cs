// Shared runtime: responses with their status and headers, and the file parts of multipart bodies.
namespace SpecForge.Runtime
{
    /// <summary>
    /// A response without a body: its status code and headers. (Not a base of <see cref="ApiResponse{T}"/>: a spec's own
    /// <c>ApiResponse</c> schema, as in the Swagger petstore, keeps its name.)
    /// </summary>
    public partial class EmptyApiResponse
    {
        /// <summary>Creates the response.</summary>
        public EmptyApiResponse(int statusCode, global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> headers)
        {
            StatusCode = statusCode;
            Headers = headers;
        }

        /// <summary>The HTTP status code.</summary>
        public int StatusCode { get; }

        /// <summary>The response and content headers, by name, ignoring case.</summary>
        public global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> Headers { get; }

        /// <summary>The first value of a header, or null when the response has none.</summary>
        public string? Header(string name) => Headers.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;
    }

    /// <summary>A response with its body read as <typeparamref name="T"/>, its status code and headers.</summary>
    /// <typeparam name="T">The body's type.</typeparam>
    public partial class ApiResponse<T>
    {
        /// <summary>Creates the response.</summary>
        public ApiResponse(int statusCode, global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> headers, T body)
        {
            StatusCode = statusCode;
            Headers = headers;
            Body = body;
        }

        /// <summary>The HTTP status code.</summary>
        public int StatusCode { get; }

        /// <summary>The response and content headers, by name, ignoring case.</summary>
        public global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> Headers { get; }

        /// <summary>The first value of a header, or null when the response has none.</summary>
        public string? Header(string name) => Headers.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

        /// <summary>The body.</summary>
        public T Body { get; }
    }

    /// <summary>A file in a multipart body.</summary>
    public sealed partial class FilePart
    {
        /// <summary>Creates a file part; the stream is read when the request is sent and disposed with it.</summary>
        /// <param name="content">The file's bytes.</param>
        /// <param name="fileName">The file name sent in Content-Disposition.</param>
        /// <param name="contentType">The part's Content-Type; application/octet-stream (or the spec's encoding) when null.</param>
        public FilePart(global::System.IO.Stream content, string fileName, string? contentType = null)
        {
            Content = content ?? throw new global::System.ArgumentNullException(nameof(content));
            FileName = fileName ?? throw new global::System.ArgumentNullException(nameof(fileName));
            ContentType = contentType;
        }

        /// <summary>The file's bytes.</summary>
        public global::System.IO.Stream Content { get; }

        /// <summary>The file name.</summary>
        public string FileName { get; }

        /// <summary>The part's Content-Type, or null for the default.</summary>
        public string? ContentType { get; }
    }
}
