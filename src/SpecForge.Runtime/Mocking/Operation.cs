// Shared runtime: one operation of the mocked document, read once at start-up into plain objects so a request never
// walks the OpenAPI JSON to find its parameters, bodies or responses.
namespace SpecForge.Runtime.Mocking
{
    using System;
    using System.Collections.Generic;
    using System.Text.Json;

    /// <summary>One operation the mock serves: a method on a path template.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class MockOperation
    {
        public MockOperation(string method, string pathTemplate, string? operationId, PathTemplate template)
        {
            Method = method;
            PathTemplate = pathTemplate;
            OperationId = operationId;
            Template = template;
            RouteTemplate = template.RouteTemplate;
            Key = method + " " + pathTemplate;
        }

        /// <summary>The HTTP method, upper case.</summary>
        public string Method { get; }

        /// <summary>The OpenAPI path template, e.g. <c>/pets/{id}</c>.</summary>
        public string PathTemplate { get; }

        /// <summary>The ASP.NET route pattern for the path (parameter names ASP.NET rejects are renamed).</summary>
        public string RouteTemplate { get; }

        /// <summary>The operationId, when the document gives one.</summary>
        public string? OperationId { get; }

        /// <summary><c>METHOD /path</c>: names the operation in logs and seeds its synthesized data.</summary>
        public string Key { get; }

        public PathTemplate Template { get; }

        public MockParameter[] Parameters { get; set; } = new MockParameter[0];

        public MockRequestBody? RequestBody { get; set; }

        public MockResponseSpec[] Responses { get; set; } = new MockResponseSpec[0];

        /// <summary>Alternatives of which one must be met; an empty alternative makes credentials optional.</summary>
        public MockSecurityScheme[][] Security { get; set; } = new MockSecurityScheme[0][];

        public bool Deprecated { get; set; }

        /// <summary>Set when stateful mode may treat this operation as a collection or item operation.</summary>
        public StatefulRole? Stateful { get; set; }

        public MockResponseSpec? FindResponse(string key)
        {
            for (var i = 0; i < Responses.Length; i++)
            {
                if (string.Equals(Responses[i].Key, key, StringComparison.OrdinalIgnoreCase))
                {
                    return Responses[i];
                }
            }

            return null;
        }

        /// <summary>The lowest explicit 2xx response, else the <c>2XX</c> range; null when the operation has neither.</summary>
        public MockResponseSpec? LowestSuccess()
        {
            MockResponseSpec? best = null;
            for (var i = 0; i < Responses.Length; i++)
            {
                var response = Responses[i];
                if (response.IsExplicit && response.Status >= 200 && response.Status < 300 && (best == null || response.Status < best.Status))
                {
                    best = response;
                }
            }

            return best ?? FindResponse("2XX");
        }
    }

    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public enum ParameterLocation
    {
        Path,
        Query,
        Header,
        Cookie,
    }

    /// <summary>The JSON type a parameter's text is coerced to.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public enum ScalarKind
    {
        String,
        Integer,
        Number,
        Boolean,
        Null,
        Array,
        Object,
    }

    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class MockParameter
    {
        public MockParameter(string name, ParameterLocation location, string pointer)
        {
            Name = name;
            Location = location;
            Pointer = pointer;
        }

        public string Name { get; }

        public ParameterLocation Location { get; }

        /// <summary><c>/query/limit</c>: where violations of this parameter are reported.</summary>
        public string Pointer { get; }

        public bool Required { get; set; }

        public string Style { get; set; } = "simple";

        public bool Explode { get; set; }

        /// <summary>The schema (ValueKind Undefined when the parameter has none).</summary>
        public JsonElement Schema { get; set; }

        public ScalarKind Kind { get; set; } = ScalarKind.String;

        public ScalarKind ItemKind { get; set; } = ScalarKind.String;

        /// <summary>Property name → kind, for object parameters (form explode and deepObject need the names).</summary>
        public Dictionary<string, ScalarKind>? Properties { get; set; }

        /// <summary>The parameter uses <c>content</c> with a JSON media type: its text is JSON.</summary>
        public bool IsJsonContent { get; set; }
    }

    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class MockRequestBody
    {
        public bool Required { get; set; }

        public MockMedia[] Content { get; set; } = new MockMedia[0];
    }

    /// <summary>One media type of a body: schema, examples, and the answer bytes once computed.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class MockMedia
    {
        public MockMedia(string mediaType)
        {
            MediaType = mediaType;
            IsJson = MockMediaTypes.IsJson(mediaType);
        }

        public string MediaType { get; }

        public bool IsJson { get; }

        public JsonElement Schema { get; set; }

        public bool HasSchema => Schema.ValueKind == JsonValueKind.Object || Schema.ValueKind == JsonValueKind.True;

        /// <summary>The named <c>examples</c>, in document order.</summary>
        public List<KeyValuePair<string, JsonElement>> NamedExamples { get; } = new List<KeyValuePair<string, JsonElement>>();

        /// <summary>The single <c>example</c> of the media type (ValueKind Undefined when absent).</summary>
        public JsonElement Example { get; set; }

        /// <summary>The default answer, computed on first use; static because examples and seeded synthesis are.</summary>
        public MockBody? DefaultBody { get; set; }
    }

    /// <summary>Body bytes and how they were chosen, for the log line.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class MockBody
    {
        public MockBody(byte[] bytes, string source)
        {
            Bytes = bytes;
            Source = source;
        }

        public byte[] Bytes { get; }

        /// <summary><c>example 'cat'</c>, <c>synthesized</c>, ...</summary>
        public string Source { get; }
    }

    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class MockResponseSpec
    {
        public MockResponseSpec(string key, int status, bool isExplicit)
        {
            Key = key;
            Status = status;
            IsExplicit = isExplicit;
        }

        /// <summary>The key in <c>responses</c>: <c>200</c>, <c>4XX</c> or <c>default</c>.</summary>
        public string Key { get; }

        /// <summary>The status to send; ranges send their first code, <c>default</c> sends 500 unless asked otherwise.</summary>
        public int Status { get; }

        /// <summary>The key is a single status code, not a range or <c>default</c>.</summary>
        public bool IsExplicit { get; }

        public MockMedia[] Content { get; set; } = new MockMedia[0];

        public MockHeaderSpec[] Headers { get; set; } = new MockHeaderSpec[0];

        /// <summary>Header values, computed on first use (examples or seeded synthesis, so they never change).</summary>
        public KeyValuePair<string, string>[]? HeaderValues { get; set; }
    }

    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class MockHeaderSpec
    {
        public MockHeaderSpec(string name)
        {
            Name = name;
        }

        public string Name { get; }

        public JsonElement Schema { get; set; }

        /// <summary>The header's own example (ValueKind Undefined when absent).</summary>
        public JsonElement Example { get; set; }
    }

    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public enum SecurityKind
    {
        /// <summary>HTTP bearer, OAuth 2 and OpenID Connect: <c>Authorization: Bearer x</c>.</summary>
        Bearer,

        /// <summary><c>Authorization: Basic x</c>.</summary>
        Basic,

        /// <summary>Another HTTP scheme (Digest, ...): an Authorization header naming it.</summary>
        HttpOther,

        ApiKeyHeader,
        ApiKeyQuery,
        ApiKeyCookie,

        /// <summary>Mutual TLS or an undeclared scheme: nothing a mock can check, so it counts as met.</summary>
        Unchecked,
    }

    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class MockSecurityScheme
    {
        public MockSecurityScheme(string name, SecurityKind kind, string? keyName)
        {
            Name = name;
            Kind = kind;
            KeyName = keyName;
        }

        public string Name { get; }

        public SecurityKind Kind { get; }

        /// <summary>The header, query or cookie name of an API key; the scheme name for <see cref="SecurityKind.HttpOther"/>.</summary>
        public string? KeyName { get; }
    }
}
