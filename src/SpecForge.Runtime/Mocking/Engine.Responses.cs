// Shared runtime: how the engine picks and renders an answer (status by Prefer or the lowest 2xx, media type by
// Accept, body from an example or seeded synthesis, declared headers), caching whatever cannot change.
namespace SpecForge.Runtime.Mocking
{
    using System;
    using System.Collections.Generic;
    using System.Globalization;
    using System.Text;
    using System.Text.Json;
    using System.Threading;
    using Validation;

    sealed partial class MockEngine
    {
        private static readonly KeyValuePair<string, string> DeprecationHeader = new KeyValuePair<string, string>("Deprecation", "true");

        /// <summary>Renders every operation's default answer once, so requests only copy references.</summary>
        private void Warm()
        {
            foreach (var operation in operations)
            {
                var success = operation.LowestSuccess();
                if (success == null)
                {
                    continue;
                }

                HeaderValues(operation, success);
                var media = ChooseMedia(success, null);
                if (media != null)
                {
                    DefaultBody(operation, success, media);
                }
            }
        }

        private MockResponse Answer(MockOperation operation, MockRequest request, MockPreferences preferences)
        {
            MockResponseSpec? response;
            int status;
            if (preferences.Code != null)
            {
                var code = preferences.Code.Value;
                response = operation.FindResponse(code.ToString(CultureInfo.InvariantCulture))
                    ?? operation.FindResponse((code / 100).ToString(CultureInfo.InvariantCulture) + "XX")
                    ?? operation.FindResponse("default");
                status = code;
                if (response == null)
                {
                    return MockProblems.Create(500, "no-response", "No Such Response", operation.Key + " defines no " + code.ToString(CultureInfo.InvariantCulture) + " response and no default.", null, null, "500 no " + code.ToString(CultureInfo.InvariantCulture) + " response");
                }
            }
            else
            {
                response = operation.LowestSuccess();
                if (response == null)
                {
                    return MockProblems.Create(500, "no-response", "No Such Response", operation.Key + " defines no 2xx response.", null, null, "500 no 2xx response");
                }

                status = response.IsExplicit ? response.Status : 200;
            }

            var headers = HeaderValues(operation, response);
            var statusText = status.ToString(CultureInfo.InvariantCulture);
            if (response.Content.Length == 0)
            {
                return new MockResponse(status, headers, null, null, null, statusText + " no content");
            }

            var accept = request.Header("Accept");
            var media = ChooseMedia(response, accept);
            if (media == null)
            {
                return MockProblems.Create(406, "not-acceptable", "Not Acceptable", "The response is available as " + MediaList(response) + ", not " + accept + ".", null, null, "406 not acceptable");
            }

            MockBody body;
            if (preferences.Example != null)
            {
                var named = examples.Named(media, preferences.Example);
                if (named == null)
                {
                    return MockProblems.Create(500, "no-example", "No Such Example", operation.Key + " " + statusText + " " + media.MediaType + " has no example named '" + preferences.Example + "'.", null, null, "500 no example '" + preferences.Example + "'");
                }

                body = named;
            }
            else if (preferences.Dynamic)
            {
                if (!media.HasSchema)
                {
                    return MockProblems.Create(500, "no-schema", "No Schema", operation.Key + " " + statusText + " " + media.MediaType + " has no schema to generate data from.", null, null, "500 no schema");
                }

                var seed = MockHash.Combine(Seed(operation, response, media), (ulong)Interlocked.Increment(ref dynamicRequests));
                body = new MockBody(Encode(synthesizer.Synthesize(media.Schema, seed, SchemaDirection.Response), media), "dynamic");
            }
            else
            {
                body = DefaultBody(operation, response, media);
            }

            var noContent = status == 204 || status == 304;
            var bodiless = noContent || request.Method == "HEAD";
            return new MockResponse(status, headers, noContent ? null : media.MediaType, bodiless ? null : body.Bytes, null, statusText + " " + body.Source);
        }

        /// <summary>The first valid example, else seeded synthesis; computed once per media type (a benign race).</summary>
        public MockBody DefaultBody(MockOperation operation, MockResponseSpec response, MockMedia media)
        {
            var cached = media.DefaultBody;
            if (cached != null)
            {
                return cached;
            }

            var chosen = examples.Default(media);
            if (chosen == null)
            {
                chosen = media.HasSchema
                    ? new MockBody(Encode(synthesizer.Synthesize(media.Schema, Seed(operation, response, media), SchemaDirection.Response), media), "synthesized")
                    : new MockBody(new byte[0], "empty");
            }
            else
            {
                chosen = new MockBody(Encode(chosen.Bytes, media), chosen.Source);
            }

            media.DefaultBody = chosen;
            return chosen;
        }

        public ulong Seed(MockOperation operation, MockResponseSpec response, MockMedia media) =>
            MockHash.Combine(MockHash.Combine(MockHash.Of(operation.Key), (ulong)(uint)options.Seed), MockHash.Of(response.Key + " " + media.MediaType));

        public byte[] Synthesize(JsonElement schema, ulong seed) => synthesizer.Synthesize(schema, seed, SchemaDirection.Response);

        /// <summary>A stored value shaped to a response schema (<see cref="SchemaSynthesizer.Conform"/>).</summary>
        public JsonElement Conform(JsonElement value, JsonElement schema, ulong seed) => synthesizer.Conform(value, schema, seed, SchemaDirection.Response);

        /// <summary>Whether a value may stand in a response where the schema is.</summary>
        public bool Passes(JsonElement value, JsonElement schema) => synthesizer.Passes(value, schema, SchemaDirection.Response);

        // JSON media get JSON; other media get a JSON string's text as is (text/plain, text/csv) and anything else as JSON
        // text. The schema of a stream describes one item, so an event stream answers one event and JSON lines one line.
        private static byte[] Encode(byte[] json, MockMedia media)
        {
            if (IsMediaType(media.MediaType, "text/event-stream"))
            {
                var data = Text(json).Replace("\r\n", "\n").Replace("\n", "\ndata: ");
                return Encoding.UTF8.GetBytes("data: " + data + "\n\n");
            }

            if (IsMediaType(media.MediaType, "application/x-ndjson") || IsMediaType(media.MediaType, "application/jsonl") || IsMediaType(media.MediaType, "application/json-lines"))
            {
                return Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(json) + "\n");
            }

            return media.IsJson || json.Length == 0 || json[0] != (byte)'"' ? json : Encoding.UTF8.GetBytes(Text(json));
        }

        private static string Text(byte[] json)
        {
            if (json.Length == 0 || json[0] != (byte)'"')
            {
                return Encoding.UTF8.GetString(json);
            }

            using (var parsed = JsonDocument.Parse(json))
            {
                return parsed.RootElement.GetString() ?? string.Empty;
            }
        }

        private static bool IsMediaType(string mediaType, string expected) =>
            mediaType.StartsWith(expected, StringComparison.OrdinalIgnoreCase)
            && (mediaType.Length == expected.Length || mediaType[expected.Length] == ';' || mediaType[expected.Length] == ' ');

        /// <summary>The media type Accept prefers among the response's; the first JSON one without Accept; null when none is acceptable.</summary>
        private static MockMedia? ChooseMedia(MockResponseSpec response, string? accept)
        {
            if (!string.IsNullOrEmpty(accept))
            {
                foreach (var range in MockMediaTypes.ParseAccept(accept!))
                {
                    foreach (var media in response.Content)
                    {
                        if (MockMediaTypes.Covers(range, media.MediaType) || MockMediaTypes.Covers(media.MediaType, range))
                        {
                            return media;
                        }
                    }
                }

                return null;
            }

            foreach (var media in response.Content)
            {
                if (media.IsJson)
                {
                    return media;
                }
            }

            return response.Content.Length > 0 ? response.Content[0] : null;
        }

        private static string MediaList(MockResponseSpec response)
        {
            var names = new List<string>();
            foreach (var media in response.Content)
            {
                names.Add(media.MediaType);
            }

            return string.Join(", ", names.ToArray());
        }

        /// <summary>The declared response headers with example or synthesized values, plus Deprecation; computed once.</summary>
        private KeyValuePair<string, string>[] HeaderValues(MockOperation operation, MockResponseSpec response)
        {
            var cached = response.HeaderValues;
            if (cached != null)
            {
                return cached;
            }

            var values = new List<KeyValuePair<string, string>>();
            foreach (var header in response.Headers)
            {
                string text;
                if (header.Example.ValueKind != JsonValueKind.Undefined)
                {
                    text = HeaderText(header.Example);
                }
                else if (header.Schema.ValueKind == JsonValueKind.Object)
                {
                    var seed = MockHash.Combine(MockHash.Combine(MockHash.Of(operation.Key), (ulong)(uint)options.Seed), MockHash.Of(response.Key + " " + header.Name));
                    using (var parsed = JsonDocument.Parse(synthesizer.Synthesize(header.Schema, seed, SchemaDirection.Response)))
                    {
                        text = HeaderText(parsed.RootElement);
                    }
                }
                else
                {
                    continue;
                }

                values.Add(new KeyValuePair<string, string>(header.Name, text));
            }

            if (operation.Deprecated)
            {
                values.Add(DeprecationHeader);
            }

            var result = values.ToArray();
            response.HeaderValues = result;
            return result;
        }

        // Header values use the `simple` style: arrays as a,b and objects as k,v.
        private static string HeaderText(JsonElement value)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.String:
                    return value.GetString() ?? string.Empty;
                case JsonValueKind.Array:
                    var items = new List<string>();
                    foreach (var item in value.EnumerateArray())
                    {
                        items.Add(HeaderText(item));
                    }

                    return string.Join(",", items.ToArray());
                case JsonValueKind.Object:
                    var pairs = new List<string>();
                    foreach (var member in value.EnumerateObject())
                    {
                        pairs.Add(member.Name);
                        pairs.Add(HeaderText(member.Value));
                    }

                    return string.Join(",", pairs.ToArray());
                case JsonValueKind.Null:
                    return string.Empty;
                default:
                    return value.GetRawText();
            }
        }
    }
}
