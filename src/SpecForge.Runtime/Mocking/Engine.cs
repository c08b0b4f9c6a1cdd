// Shared runtime: the mock engine. It routes a request, checks credentials and (when asked) parameters and body, and
// answers from the spec's examples or synthesized data, the same for the generated mock handler, the generated
// ASP.NET endpoints and `specforge mock`.
namespace SpecForge.Runtime.Mocking
{
    using System;
    using System.Collections.Generic;
    using System.Text.Json;
    using Validation;

    /// <summary>Answers requests for one OpenAPI 3.1 document the way Prism would, in process.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public sealed partial class MockEngine
    {
        private const string SpecPath = "/openapi.json";

        private readonly MockServerOptions options;
        private readonly MockDocument document;
        private readonly SchemaValidator validator;
        private readonly SchemaSynthesizer synthesizer;
        private readonly ExampleSelector examples;
        private readonly MockRouter router = new MockRouter();
        private readonly MockState? state;
        private readonly List<MockOperation> operations;
        private readonly List<string> serverBasePaths;
        private long dynamicRequests;

        private MockEngine(byte[] specJson, JsonElement root, MockServerOptions options)
        {
            SpecJson = specJson;
            this.options = options;
            document = new MockDocument(root);
            validator = new SchemaValidator(root);
            synthesizer = new SchemaSynthesizer(document, validator);
            examples = new ExampleSelector(document, validator);
            operations = LoadOperations(document, router);
            serverBasePaths = MockServerPaths.Collect(root);
            state = options.Stateful ? new MockState(this) : null;
        }

        /// <summary>The operations in document order.</summary>
        public IReadOnlyList<MockOperation> Operations => operations;

        /// <summary>The document, served at <c>/openapi.json</c>.</summary>
        public byte[] SpecJson { get; }

        public MockServerOptions Options => options;

        public MockDocument Document => document;

        /// <summary>
        /// Reads the document and precomputes every operation's default answer, so the first request of each
        /// operation is as fast as the rest. Throws <see cref="JsonException"/> when the bytes are not JSON.
        /// </summary>
        public static MockEngine Create(byte[] openApi31JsonUtf8, MockServerOptions options)
        {
            if (openApi31JsonUtf8 == null)
            {
                throw new ArgumentNullException(nameof(openApi31JsonUtf8));
            }

            JsonElement root;
            using (var parsed = JsonDocument.Parse(openApi31JsonUtf8))
            {
                root = parsed.RootElement.Clone();
            }

            var engine = new MockEngine(openApi31JsonUtf8, root, options ?? new MockServerOptions());
            engine.Warm();
            return engine;
        }

        /// <summary>
        /// Routes the request (404 unknown path, 405 with Allow for a known path) and answers it; never throws: an
        /// unexpected failure is a 500 problem naming the exception.
        /// </summary>
        public MockResponse Handle(MockRequest request)
        {
            MockResponse response;
            try
            {
                response = request.Body.Length > options.MaxRequestBodyBytes ? TooLarge() : Route(request);
            }
            catch (Exception exception)
            {
                response = Failure(exception);
            }

            return Finish(request, response);
        }

        /// <summary>Answers a request already routed to <paramref name="operation"/> (one ASP.NET endpoint per operation); never throws.</summary>
        public MockResponse Handle(MockOperation operation, MockRequest request)
        {
            MockResponse response;
            try
            {
                response = request.Body.Length > options.MaxRequestBodyBytes ? TooLarge() : Respond(operation, request);
            }
            catch (Exception exception)
            {
                response = Failure(exception);
            }

            return Finish(request, response);
        }

        private MockResponse Route(MockRequest request)
        {
            var item = router.Find(request.Path)
                ?? (MockServerPaths.Strip(request.Path, serverBasePaths) is string underServer ? router.Find(underServer) : null);
            if (item == null)
            {
                if ((request.Method == "GET" || request.Method == "HEAD") && string.Equals(request.Path, SpecPath, StringComparison.Ordinal))
                {
                    return new MockResponse(200, null, "application/json", request.Method == "HEAD" ? null : SpecJson, null, "200 openapi.json");
                }

                return MockProblems.Create(404, "not-found", "Not Found", "No path of the document matches " + request.Path + ".", null, null, "404 no route");
            }

            var operation = item.Find(request.Method) ?? (request.Method == "HEAD" ? item.Find("GET") : null);
            if (operation == null)
            {
                var allow = new[] { new KeyValuePair<string, string>("Allow", item.Allow()) };
                return MockProblems.Create(405, "method-not-allowed", "Method Not Allowed", request.Method + " is not defined for " + item.Template.Template + ".", null, allow, "405 method not allowed");
            }

            return Respond(operation, request);
        }

        private MockResponse Finish(MockRequest request, MockResponse response)
        {
            options.OnExchange?.Invoke(request, response);
            return response;
        }

        private MockResponse Respond(MockOperation operation, MockRequest request)
        {
            var pathValues = new Dictionary<string, string>(StringComparer.Ordinal);
            if (!operation.Template.TryMatch(request.Path, pathValues) && MockServerPaths.Strip(request.Path, serverBasePaths) is string underServer)
            {
                pathValues.Clear();
                operation.Template.TryMatch(underServer, pathValues);
            }

            var parts = new RequestParts(request, pathValues);
            if (!MockSecurity.IsSatisfied(operation, request, parts))
            {
                var challenge = new[] { new KeyValuePair<string, string>("WWW-Authenticate", MockSecurity.Challenge(operation)) };
                return MockProblems.Create(401, "unauthorized", "Unauthorized", "The operation needs credentials: " + challenge[0].Value + ".", null, challenge, "401 missing credentials");
            }

            JsonDocument? body = null;
            try
            {
                if (options.ValidateRequests)
                {
                    var rejection = Validate(operation, request, parts, out body);
                    if (rejection != null)
                    {
                        return rejection;
                    }
                }
                else if (state != null && operation.Stateful != null)
                {
                    body = TryParseJson(request.Body);
                }

                var preferences = MockPreferences.Parse(request.Header("Prefer"));
                if (state != null && operation.Stateful != null && preferences.Code == null)
                {
                    var stateful = state.Handle(operation, request, parts, body);
                    if (stateful != null)
                    {
                        return stateful;
                    }
                }

                return Answer(operation, request, preferences);
            }
            finally
            {
                body?.Dispose();
            }
        }

        /// <summary>415, 400 or 422 problem details, or null when the request is valid.</summary>
        private MockResponse? Validate(MockOperation operation, MockRequest request, RequestParts parts, out JsonDocument? body)
        {
            body = null;
            var media = RequestMedia(operation, request, out var unsupported);
            if (unsupported != null)
            {
                return MockProblems.Create(415, "unsupported-media-type", "Unsupported Media Type", "The operation does not accept " + unsupported + "; it accepts " + Accepted(operation) + ".", null, null, "415 unsupported media type '" + unsupported + "'");
            }

            var violations = new List<ConstraintViolation>();
            MockParameters.Validate(operation, parts, request, validator, violations);
            body = ReadBody(operation, request, media, violations);
            var malformed = violations.Count;
            if (body != null && media != null && media.HasSchema)
            {
                validator.Validate(body.RootElement, media.Schema, "/body", SchemaDirection.Request, violations);
            }

            if (violations.Count == 0)
            {
                return null;
            }

            // A well-formed body that breaks its schema is 422; anything unreadable or missing is 400 (all errors listed).
            var status = malformed > 0 ? 400 : 422;
            var outcome = status.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + violations.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + (violations.Count == 1 ? " violation" : " violations");
            return MockProblems.Create(status, "validation", status == 400 ? "Bad Request" : "Unprocessable Content", "The request breaks the API description.", violations, null, outcome);
        }

        private static MockMedia? RequestMedia(MockOperation operation, MockRequest request, out string? unsupported)
        {
            unsupported = null;
            var contentType = request.Header("Content-Type");
            var declared = operation.RequestBody?.Content;
            if (declared == null || declared.Length == 0 || (request.Body.Length == 0 && contentType == null))
            {
                return null;
            }

            // Without Content-Type a body is read as the operation's first media type, as lenient servers do.
            var essence = contentType == null ? declared[0].MediaType : MockMediaTypes.Essence(contentType);
            foreach (var media in declared)
            {
                if (media.MediaType == essence)
                {
                    return media;
                }
            }

            foreach (var media in declared)
            {
                if (MockMediaTypes.Covers(media.MediaType, essence))
                {
                    return media;
                }
            }

            unsupported = essence;
            return null;
        }

        private static string Accepted(MockOperation operation)
        {
            var names = new List<string>();
            foreach (var media in operation.RequestBody?.Content ?? new MockMedia[0])
            {
                names.Add(media.MediaType);
            }

            return string.Join(", ", names.ToArray());
        }

        // Only JSON bodies are parsed and checked: form, multipart, text and binary bodies are accepted as they are,
        // because the mock has no decoder that would map them onto the schema faithfully.
        private static JsonDocument? ReadBody(MockOperation operation, MockRequest request, MockMedia? media, List<ConstraintViolation> violations)
        {
            if (operation.RequestBody == null)
            {
                return null;
            }

            if (request.Body.Length == 0)
            {
                if (operation.RequestBody.Required)
                {
                    violations.Add(Violations.Required("/body"));
                }

                return null;
            }

            if (media == null || !media.IsJson)
            {
                return null;
            }

            var document = MockJson.Parse(request.Body, out var problem);
            if (document == null)
            {
                violations.Add(new ConstraintViolation("/body", "json", null, "The body is " + problem));
            }

            return document;
        }

        // Unvalidated stateful writes still need a body whose strings can be read; anything else stores nothing.
        private static JsonDocument? TryParseJson(byte[] body) => body.Length == 0 ? null : MockJson.Parse(body, out _);
    }
}
