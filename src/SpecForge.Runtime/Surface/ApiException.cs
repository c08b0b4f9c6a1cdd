// Shared runtime: what a generated client throws when the API answers outside 2xx, and RFC 9457 problem details.
namespace SpecForge.Runtime
{
    /// <summary>
    /// Thrown by a generated client when the API answers with a status code outside 2xx, or with a body the
    /// specification does not allow. A status the operation documents with a body throws <see cref="ApiException{TError}"/>.
    /// </summary>
    public partial class ApiException : global::System.Exception
    {
        private static readonly global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> NoHeaders =
            new global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>();

        /// <summary>Creates the exception for a response with <paramref name="statusCode"/> and <paramref name="responseBody"/>.</summary>
        public ApiException(int statusCode, string message, string responseBody)
            : this(statusCode, message, responseBody, NoHeaders)
        {
        }

        /// <summary>Creates the exception for a response with its headers.</summary>
        public ApiException(int statusCode, string message, string responseBody, global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> headers)
            : base(message)
        {
            StatusCode = statusCode;
            ResponseBody = responseBody;
            Headers = headers;
            Problem = ApiProblemDetails.TryParse(headers, responseBody);
        }

        /// <summary>Creates the exception for a response whose body could not be read, with the reason as <paramref name="innerException"/>.</summary>
        public ApiException(int statusCode, string message, string responseBody, global::System.Exception innerException)
            : this(statusCode, message, responseBody, NoHeaders, innerException)
        {
        }

        /// <summary>Creates the exception for a response whose body could not be read, with its headers and the reason.</summary>
        public ApiException(int statusCode, string message, string responseBody, global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> headers, global::System.Exception innerException)
            : base(message, innerException)
        {
            StatusCode = statusCode;
            ResponseBody = responseBody;
            Headers = headers;
            Problem = ApiProblemDetails.TryParse(headers, responseBody);
        }

        /// <summary>The HTTP status code of the response.</summary>
        public int StatusCode { get; }

        /// <summary>The response body as text, empty when there was none.</summary>
        public string ResponseBody { get; }

        /// <summary>The response and content headers, by name, ignoring case.</summary>
        public global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> Headers { get; }

        /// <summary>The RFC 9457 problem details when the body is <c>application/problem+json</c>; null otherwise.</summary>
        public ApiProblemDetails? Problem { get; }
    }

    /// <summary>Thrown for a status the operation documents: the body read as the documented <typeparamref name="TError"/>.</summary>
    /// <typeparam name="TError">The documented error body.</typeparam>
    public partial class ApiException<TError> : ApiException
    {
        /// <summary>Creates the exception with the error body already read.</summary>
        public ApiException(int statusCode, string message, string responseBody, global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> headers, TError error)
            : base(statusCode, message, responseBody, headers)
        {
            Error = error;
        }

        /// <summary>The error body, as the specification documents it for this status.</summary>
        public TError Error { get; }
    }

    /// <summary>RFC 9457 problem details, read from an <c>application/problem+json</c> error body.</summary>
    public sealed partial class ApiProblemDetails
    {
        /// <summary>A URI that identifies the problem type.</summary>
        public string? Type { get; init; }

        /// <summary>A short summary of the problem type.</summary>
        public string? Title { get; init; }

        /// <summary>The status code the server gave.</summary>
        public int? Status { get; init; }

        /// <summary>An explanation of this occurrence.</summary>
        public string? Detail { get; init; }

        /// <summary>A URI that identifies this occurrence.</summary>
        public string? Instance { get; init; }

        /// <summary>Every other member, as JSON.</summary>
        public global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Text.Json.JsonElement> Extensions { get; init; } =
            new global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>();

        /// <summary>Reads problem details when the content type says so and the body is a JSON object; null otherwise.</summary>
        public static ApiProblemDetails? TryParse(global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> headers, string body)
        {
            if (!headers.TryGetValue("Content-Type", out var types) || types.Count == 0
                || types[0].IndexOf("application/problem+json", global::System.StringComparison.OrdinalIgnoreCase) < 0)
            {
                return null;
            }

            try
            {
                using var document = global::System.Text.Json.JsonDocument.Parse(body);
                if (document.RootElement.ValueKind != global::System.Text.Json.JsonValueKind.Object)
                {
                    return null;
                }

                string? type = null, title = null, detail = null, instance = null;
                int? status = null;
                var extensions = new global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>();
                foreach (var member in document.RootElement.EnumerateObject())
                {
                    var value = member.Value;
                    var text = value.ValueKind == global::System.Text.Json.JsonValueKind.String ? value.GetString() : null;
                    switch (member.Name)
                    {
                        case "type": type = text; break;
                        case "title": title = text; break;
                        case "detail": detail = text; break;
                        case "instance": instance = text; break;
                        case "status" when value.ValueKind == global::System.Text.Json.JsonValueKind.Number && value.TryGetInt32(out var code): status = code; break;
                        default: extensions[member.Name] = value.Clone(); break;
                    }
                }

                return new ApiProblemDetails { Type = type, Title = title, Status = status, Detail = detail, Instance = instance, Extensions = extensions };
            }
            catch (global::System.Text.Json.JsonException)
            {
                return null;
            }
        }
    }
}
