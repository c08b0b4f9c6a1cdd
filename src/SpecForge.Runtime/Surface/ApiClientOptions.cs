// Shared runtime: what every generated client's options have; each client's own options add its credentials.
namespace SpecForge.Runtime
{
    /// <summary>Base URL, default headers, JSON settings and validation of a generated client, read on every request.</summary>
    public abstract class ApiClientOptions
    {
        /// <summary>
        /// The base URL of every request. It wins over the HttpClient's BaseAddress, which wins over the spec's first server
        /// (with the server variables these options set). A base URL or BaseAddress that ends at its host
        /// (<c>https://staging.example.com</c>, with no <c>/</c> after the host) keeps the server's base path, so requests go
        /// to <c>https://staging.example.com/v1/...</c> when the server is <c>https://api.example.com/v1</c>; one with a
        /// path, even just <c>/</c>, is used as written.
        /// </summary>
        public string? BaseUrl { get; set; }

        /// <summary>Headers sent with every request, unless the operation sets the same header itself.</summary>
        public global::System.Collections.Generic.IDictionary<string, string> DefaultHeaders { get; } = new global::System.Collections.Generic.Dictionary<string, string>(global::System.StringComparer.OrdinalIgnoreCase);

        /// <summary>
        /// How bodies are written and read: its Encoder, WriteIndented, MaxDepth, AllowTrailingCommas and ReadCommentHandling
        /// apply. Types are always handled by the generated converters, so converters and naming policies here have no effect.
        /// </summary>
        public global::System.Text.Json.JsonSerializerOptions? JsonSerializerOptions { get; set; }

        /// <summary>
        /// Whether each call checks its arguments against the specification before sending (on by default): a call that
        /// breaks it throws one <see cref="RequestValidationException"/> listing every violation, and nothing is sent.
        /// </summary>
        public bool ValidateRequests { get; set; } = true;

        /// <summary>
        /// Whether typed response bodies are checked against the specification (off by default, as the server is the
        /// authority on what it sends): a body that breaks it throws <see cref="ResponseValidationException"/>. Turn it
        /// on in debug and test builds to catch an API that drifted from its documentation.
        /// </summary>
        public bool ValidateResponses { get; set; }

        /// <summary>The spec's first server with the server variables these options set; null when that server has none.</summary>
        /// <remarks>Public so that options generated into another assembly can override it; hidden, as callers set the variables instead.</remarks>
        [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
        public virtual string? ServerUrl() => null;
    }
}
