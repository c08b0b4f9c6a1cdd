// Shared runtime: how a generated client writes parameters and bodies on the wire and reads headers, pages and
// downloads, shared by every client and its operation groups.
namespace SpecForge.Runtime.Client
{
    /// <summary>How a client writes parameters and bodies on the wire.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static partial class Wire
    {
        /// <summary>OpenAPI's parameter styles.</summary>
        public enum Style
        {
            Form,
            Simple,
            Label,
            Matrix,
            SpaceDelimited,
            PipeDelimited,
            DeepObject,
        }

        /// <summary>A scalar as text: invariant culture, ISO 8601 dates, lowercase booleans.</summary>
        public static string Format(object? value) => value switch
        {
            null => string.Empty,
            string text => text,
            bool flag => flag ? "true" : "false",
            global::System.DateTimeOffset moment => moment.ToString("o", global::System.Globalization.CultureInfo.InvariantCulture),
#if NET6_0_OR_GREATER
            global::System.DateOnly date => date.ToString("yyyy-MM-dd", global::System.Globalization.CultureInfo.InvariantCulture),
            global::System.TimeOnly time => time.ToString("HH:mm:ss.FFFFFFF", global::System.Globalization.CultureInfo.InvariantCulture),
#else
            // Only format: date is a DateTime before .NET 6 (date-time is a DateTimeOffset everywhere).
            global::System.DateTime date => date.ToString("yyyy-MM-dd", global::System.Globalization.CultureInfo.InvariantCulture),
#endif
            global::System.TimeSpan duration => global::System.Xml.XmlConvert.ToString(duration),
            byte[] bytes => global::System.Convert.ToBase64String(bytes),
            global::System.Text.Json.JsonElement element => element.ValueKind switch
            {
                global::System.Text.Json.JsonValueKind.String => element.GetString() ?? string.Empty,
                global::System.Text.Json.JsonValueKind.Null or global::System.Text.Json.JsonValueKind.Undefined => string.Empty,
                _ => element.GetRawText(),
            },
            global::System.IFormattable formattable => formattable.ToString(null, global::System.Globalization.CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };

        /// <summary>A value made of parts: the items of a list, or the members of an object (as a JSON object).</summary>
        private static bool IsComposite(object? value) =>
            value is global::System.Text.Json.JsonElement { ValueKind: global::System.Text.Json.JsonValueKind.Object or global::System.Text.Json.JsonValueKind.Array }
            || (value is global::System.Collections.IEnumerable && value is not string && value is not byte[] && value is not global::System.Text.Json.JsonElement);

        private static global::System.Collections.Generic.List<object?> Items(object? value)
        {
            var items = new global::System.Collections.Generic.List<object?>();
            if (value is global::System.Text.Json.JsonElement { ValueKind: global::System.Text.Json.JsonValueKind.Array } array)
            {
                foreach (var item in array.EnumerateArray())
                {
                    items.Add(item);
                }
            }
            else if (value is global::System.Collections.IEnumerable enumerable && value is not string && value is not global::System.Text.Json.JsonElement)
            {
                foreach (var item in enumerable)
                {
                    items.Add(item);
                }
            }

            return items;
        }

        private static global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, object?>> Members(object? value)
        {
            var members = new global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, object?>>();
            if (value is global::System.Text.Json.JsonElement { ValueKind: global::System.Text.Json.JsonValueKind.Object } element)
            {
                foreach (var member in element.EnumerateObject())
                {
                    if (member.Value.ValueKind != global::System.Text.Json.JsonValueKind.Null)
                    {
                        members.Add(new global::System.Collections.Generic.KeyValuePair<string, object?>(member.Name, member.Value));
                    }
                }
            }

            return members;
        }

        private static bool IsObject(object? value) => value is global::System.Text.Json.JsonElement { ValueKind: global::System.Text.Json.JsonValueKind.Object };

        /// <summary>
        /// Escapes a value for a URL. Every reserved character is escaped, so no value can add a path segment, a query
        /// member or a fragment; with allowReserved they are kept, except '#', which would end the URL.
        /// </summary>
        public static string Escape(string text, bool allowReserved = false)
        {
            var escaped = global::System.Uri.EscapeDataString(text);
            if (!allowReserved)
            {
                // A segment that is all dots would be read as "this" or "parent" directory and removed from the path.
                return escaped == "." ? "%2E" : escaped == ".." ? "%2E%2E" : escaped;
            }

            var builder = new global::System.Text.StringBuilder(escaped);
            foreach (var reserved in Reserved)
            {
                builder.Replace(reserved.Escaped, reserved.Text);
            }

            return builder.ToString();
        }

        // RFC 3986 reserved characters but '#', each with its escaped form, computed once.
        private static readonly (string Text, string Escaped)[] Reserved = global::System.Array.ConvertAll(
            new[] { ":", "/", "?", "[", "]", "@", "!", "$", "&", "'", "(", ")", "*", "+", ",", ";", "=" },
            text => (text, global::System.Uri.EscapeDataString(text)));

        /// <summary>A path variable in the given style; every value is escaped, so reserved characters never alter the path.</summary>
        public static string Path(string name, object? value, Style style, bool explode)
        {
            var prefix = style switch
            {
                Style.Label => ".",
                Style.Matrix => ";" + Escape(name) + "=",
                _ => string.Empty,
            };
            if (!IsComposite(value))
            {
                return prefix + Escape(Format(value));
            }

            if (IsObject(value))
            {
                var members = Members(value);
                if (explode)
                {
                    var separator = style == Style.Label ? "." : style == Style.Matrix ? ";" : ",";
                    var pairs = new global::System.Collections.Generic.List<string>();
                    foreach (var member in members)
                    {
                        pairs.Add(Escape(member.Key) + "=" + Escape(Format(member.Value)));
                    }

                    return (style == Style.Matrix ? ";" : prefix) + string.Join(separator, pairs);
                }

                var flat = new global::System.Collections.Generic.List<string>();
                foreach (var member in members)
                {
                    flat.Add(Escape(member.Key));
                    flat.Add(Escape(Format(member.Value)));
                }

                return prefix + string.Join(",", flat);
            }

            var items = Items(value).ConvertAll(item => Escape(Format(item)));
            if (explode && style == Style.Label)
            {
                return "." + string.Join(".", items);
            }

            if (explode && style == Style.Matrix)
            {
                return string.Concat(items.ConvertAll(item => ";" + Escape(name) + "=" + item));
            }

            return prefix + string.Join(",", items);
        }

        /// <summary>Appends a query parameter; null (an optional parameter not given) appends nothing.</summary>
        public static void Query(global::System.Text.StringBuilder query, string name, object? value, Style style, bool explode, bool allowReserved)
        {
            if (value is null || value is global::System.Text.Json.JsonElement { ValueKind: global::System.Text.Json.JsonValueKind.Null or global::System.Text.Json.JsonValueKind.Undefined })
            {
                return;
            }

            if (!IsComposite(value))
            {
                Pair(query, Escape(name), Escape(Format(value), allowReserved));
                return;
            }

            if (style == Style.DeepObject)
            {
                Deep(query, Escape(name), value, allowReserved);
                return;
            }

            if (IsObject(value))
            {
                var members = Members(value);
                if (explode)
                {
                    foreach (var member in members)
                    {
                        Pair(query, Escape(member.Key), Escape(Format(member.Value), allowReserved));
                    }

                    return;
                }

                var flat = new global::System.Collections.Generic.List<string>();
                foreach (var member in members)
                {
                    flat.Add(Escape(member.Key, allowReserved));
                    flat.Add(Escape(Format(member.Value), allowReserved));
                }

                Pair(query, Escape(name), string.Join(",", flat));
                return;
            }

            var items = Items(value);
            if (explode && style == Style.Form)
            {
                foreach (var item in items)
                {
                    Pair(query, Escape(name), Escape(Format(item), allowReserved));
                }

                return;
            }

            // '|' is escaped too: a relative URL with a raw '|' is not a valid URI for HttpClient.
            var delimiter = style == Style.SpaceDelimited ? "%20" : style == Style.PipeDelimited ? "%7C" : ",";
            Pair(query, Escape(name), string.Join(delimiter, items.ConvertAll(item => Escape(Format(item), allowReserved))));
        }

        private static void Deep(global::System.Text.StringBuilder query, string key, object? value, bool allowReserved)
        {
            if (IsObject(value))
            {
                foreach (var member in Members(value))
                {
                    Deep(query, key + "[" + Escape(member.Key) + "]", member.Value, allowReserved);
                }
            }
            else if (IsComposite(value))
            {
                var items = Items(value);
                for (var i = 0; i < items.Count; i++)
                {
                    Deep(query, key + "[" + i.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + "]", items[i], allowReserved);
                }
            }
            else
            {
                Pair(query, key, Escape(Format(value), allowReserved));
            }
        }

        private static void Pair(global::System.Text.StringBuilder query, string escapedName, string escapedValue) =>
            query.Append(query.Length == 0 ? '?' : '&').Append(escapedName).Append('=').Append(escapedValue);

        /// <summary>A header value in the simple style; a line break would let a caller's value add headers of its own.</summary>
        public static string Header(string name, object? value, bool explode)
        {
            string text;
            if (IsObject(value))
            {
                var parts = new global::System.Collections.Generic.List<string>();
                foreach (var member in Members(value))
                {
                    parts.Add(explode ? member.Key + "=" + Format(member.Value) : member.Key + "," + Format(member.Value));
                }

                text = string.Join(",", parts);
            }
            else
            {
                text = IsComposite(value) ? string.Join(",", Items(value).ConvertAll(Format)) : Format(value);
            }

            if (text.IndexOf('\r') >= 0 || text.IndexOf('\n') >= 0)
            {
                throw new global::System.ArgumentException("The value of header '" + name + "' contains a line break.", name);
            }

            return text;
        }

        /// <summary>A cookie pair; the value is escaped so ';' and ',' cannot start another cookie.</summary>
        public static string Cookie(string name, object? value) =>
            name + "=" + (IsComposite(value) ? string.Join(",", Items(value).ConvertAll(item => Escape(Format(item)))) : Escape(Format(value)));

        /// <summary>Adds cookies to the request's Cookie header, keeping any already there.</summary>
        public static void AddCookies(global::System.Net.Http.HttpRequestMessage request, global::System.Collections.Generic.IEnumerable<string> cookies)
        {
            var all = new global::System.Collections.Generic.List<string>();
            if (request.Headers.TryGetValues("Cookie", out var existing))
            {
                all.AddRange(existing);
                request.Headers.Remove("Cookie");
            }

            all.AddRange(cookies);
            if (all.Count > 0)
            {
                request.Headers.TryAddWithoutValidation("Cookie", string.Join("; ", all));
            }
        }

        /// <summary>Adds one query parameter to a request's URI (API keys in the query).</summary>
        public static void AddQuery(global::System.Net.Http.HttpRequestMessage request, string name, string value)
        {
            var uri = request.RequestUri!.OriginalString;
            var fragment = uri.IndexOf('#');
            var head = fragment < 0 ? uri : uri.Substring(0, fragment);
            var pair = Escape(name) + "=" + Escape(value);
            request.RequestUri = Uri(head + (head.IndexOf('?') < 0 ? "?" : "&") + pair);
        }

        // Every value in a request URI is already escaped, so Uri must not canonicalize it: it would decode "%2E%2E"
        // and remove it as a parent-directory step, sending the request to another endpoint.
#if NET6_0_OR_GREATER
        private static readonly global::System.UriCreationOptions AsEscaped = new() { DangerousDisablePathAndQueryCanonicalization = true };

        /// <summary>A request URI exactly as the client escaped it.</summary>
        public static global::System.Uri Uri(string text) =>
            global::System.Uri.TryCreate(text, AsEscaped, out var absolute) && absolute.IsAbsoluteUri
                ? absolute
                : new global::System.Uri(text, global::System.UriKind.RelativeOrAbsolute);
#else
        /// <summary>A request URI as the client escaped it (before .NET 6 Uri still canonicalizes dot segments it decoded).</summary>
        public static global::System.Uri Uri(string text) => new global::System.Uri(text, global::System.UriKind.RelativeOrAbsolute);
#endif

        /// <summary>The media type to send: the caller's pick among those the operation offers, else the first.</summary>
        public static string MediaType(string? requested, string[] offered)
        {
            if (requested is null)
            {
                return offered[0];
            }

            foreach (var candidate in offered)
            {
                if (string.Equals(candidate, requested, global::System.StringComparison.OrdinalIgnoreCase))
                {
                    return candidate;
                }
            }

            throw new global::System.ArgumentException("The operation does not accept '" + requested + "'; it accepts " + string.Join(", ", offered) + ".", "contentType");
        }

        public static bool IsForm(string mediaType) =>
            mediaType.StartsWith("application/x-www-form-urlencoded", global::System.StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// An application/x-www-form-urlencoded body from the JSON form of the value: nested members as <c>a[b]=v</c>,
        /// list items repeated (<c>a=1&amp;a=2</c>), or indexed (<c>a[0]=1</c>) for the fields in <paramref name="deepFields"/>
        /// and inside nested members.
        /// </summary>
        public static global::System.Net.Http.HttpContent FormContent(global::System.Text.Json.JsonElement body, string[] deepFields, string mediaType)
        {
            var pairs = new global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>>();
            foreach (var member in Members(body))
            {
                var deep = global::System.Array.IndexOf(deepFields, member.Key) >= 0;
                if (!deep && IsComposite(member.Value) && !IsObject(member.Value))
                {
                    foreach (var item in Items(member.Value))
                    {
                        FormPairs(pairs, member.Key, item);
                    }
                }
                else
                {
                    FormPairs(pairs, member.Key, member.Value);
                }
            }

            var content = new global::System.Net.Http.FormUrlEncodedContent(pairs);
            content.Headers.ContentType = global::System.Net.Http.Headers.MediaTypeHeaderValue.Parse(mediaType);
            return content;
        }

        private static void FormPairs(global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>> pairs, string key, object? value)
        {
            if (IsObject(value))
            {
                foreach (var member in Members(value))
                {
                    FormPairs(pairs, key + "[" + member.Key + "]", member.Value);
                }
            }
            else if (IsComposite(value))
            {
                var items = Items(value);
                for (var i = 0; i < items.Count; i++)
                {
                    FormPairs(pairs, key + "[" + i.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + "]", items[i]);
                }
            }
            else if (value is not global::System.Text.Json.JsonElement { ValueKind: global::System.Text.Json.JsonValueKind.Null })
            {
                pairs.Add(new global::System.Collections.Generic.KeyValuePair<string, string>(key, Format(value)));
            }
        }

        /// <summary>Adds a text field to a multipart body; null (an optional field not given) adds nothing.</summary>
        public static void AddField(global::System.Net.Http.MultipartFormDataContent content, string name, object? value, string? contentType)
        {
            if (value is null)
            {
                return;
            }

            if (IsComposite(value) && !IsObject(value))
            {
                foreach (var item in Items(value))
                {
                    AddField(content, name, item, contentType);
                }

                return;
            }

            var part = new global::System.Net.Http.StringContent(IsObject(value) ? ((global::System.Text.Json.JsonElement)value).GetRawText() : Format(value));
            part.Headers.ContentType = global::System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType ?? (IsObject(value) ? "application/json" : "text/plain; charset=utf-8"));
            part.Headers.ContentDisposition = new global::System.Net.Http.Headers.ContentDispositionHeaderValue("form-data") { Name = Quoted(name) };
            content.Add(part);
        }

        /// <summary>Adds file parts to a multipart body.</summary>
        public static void AddFiles(global::System.Net.Http.MultipartFormDataContent content, string name, global::System.Collections.Generic.IEnumerable<FilePart>? files, string? contentType)
        {
            foreach (var file in files ?? global::System.Array.Empty<FilePart>())
            {
                var part = new global::System.Net.Http.StreamContent(file.Content);
                part.Headers.ContentType = global::System.Net.Http.Headers.MediaTypeHeaderValue.Parse(file.ContentType ?? contentType ?? "application/octet-stream");
                // Set by hand: the Add overload taking a file name also writes filename*, which RFC 7578 forbids and
                // which servers then prefer over filename.
                part.Headers.ContentDisposition = new global::System.Net.Http.Headers.ContentDispositionHeaderValue("form-data") { Name = Quoted(name), FileName = Quoted(file.FileName) };
                content.Add(part);
            }
        }

        // Content-Disposition parameters are quoted strings; quotes and line breaks inside are percent-encoded, as browsers
        // send them (RFC 7578 section 4.2), because .NET accepts no backslash escapes there.
        private static string Quoted(string value) => "\"" + value.Replace("\"", "%22").Replace("\r", "%0D").Replace("\n", "%0A") + "\"";

        public static global::System.Net.Http.HttpContent StreamContent(global::System.IO.Stream body, string mediaType)
        {
            var content = new global::System.Net.Http.StreamContent(body);
            content.Headers.ContentType = global::System.Net.Http.Headers.MediaTypeHeaderValue.Parse(mediaType);
            return content;
        }

        /// <summary>Response and content headers together, by name, ignoring case.</summary>
        public static global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> Headers(global::System.Net.Http.HttpResponseMessage response)
        {
            var headers = new global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>(global::System.StringComparer.OrdinalIgnoreCase);
            foreach (var header in response.Headers)
            {
                headers[header.Key] = new global::System.Collections.Generic.List<string>(header.Value);
            }

            foreach (var header in response.Content.Headers)
            {
                headers[header.Key] = new global::System.Collections.Generic.List<string>(header.Value);
            }

            return headers;
        }

        /// <summary>The value at a JSON pointer, or null when there is none.</summary>
        public static global::System.Text.Json.JsonElement? At(global::System.Text.Json.JsonElement root, string pointer)
        {
            var current = root;
            foreach (var token in pointer.Split('/'))
            {
                if (token.Length == 0)
                {
                    continue;
                }

                var name = token.Replace("~1", "/").Replace("~0", "~");
                if (current.ValueKind == global::System.Text.Json.JsonValueKind.Object && current.TryGetProperty(name, out var member))
                {
                    current = member;
                }
                else if (current.ValueKind == global::System.Text.Json.JsonValueKind.Array
                    && int.TryParse(name, global::System.Globalization.NumberStyles.None, global::System.Globalization.CultureInfo.InvariantCulture, out var index)
                    && index < current.GetArrayLength())
                {
                    current = current[index];
                }
                else
                {
                    return null;
                }
            }

            return current;
        }

        // Where untyped pages keep their items and next cursor (docs/pagination.md lists the same places, in this order).
        private static readonly string[] ItemPointers = { "/data", "/items", "/results", "/records" };
        private static readonly string[] CursorPointers = { "/next_cursor", "/nextCursor", "/pagination/next_cursor", "/pagination/nextCursor", "/meta/next_cursor", "/meta/nextCursor", "/next" };

        /// <summary>The items of one page: at the pointer, or (null pointer) the body itself when it is an array, else the first listed member that is one.</summary>
        public static global::System.Collections.Generic.IEnumerable<global::System.Text.Json.JsonElement> PageItems(global::System.Text.Json.JsonElement root, string? pointer)
        {
            var items = pointer is not null ? At(root, pointer)
                : root.ValueKind == global::System.Text.Json.JsonValueKind.Array ? root
                : global::System.Linq.Enumerable.FirstOrDefault(global::System.Linq.Enumerable.Select(ItemPointers, p => At(root, p)), e => e is { ValueKind: global::System.Text.Json.JsonValueKind.Array });
            return items is { ValueKind: global::System.Text.Json.JsonValueKind.Array } array
                ? array.EnumerateArray()
                : global::System.Linq.Enumerable.Empty<global::System.Text.Json.JsonElement>();
        }

        /// <summary>The next cursor: at the pointer, or (null pointer) the first non-empty string among the listed places.</summary>
        public static string? NextCursor(global::System.Text.Json.JsonElement root, string? pointer)
        {
            foreach (var candidate in pointer is null ? CursorPointers : new[] { pointer })
            {
                if (At(root, candidate) is { ValueKind: global::System.Text.Json.JsonValueKind.String } cursor && cursor.GetString() is { Length: > 0 } text)
                {
                    return text;
                }
            }

            return null;
        }

        /// <summary>The total number of items a page reports, or long.MaxValue when it reports none.</summary>
        public static long Total(global::System.Text.Json.JsonElement root, string pointer) =>
            At(root, pointer) is { ValueKind: global::System.Text.Json.JsonValueKind.Number } total && total.TryGetInt64(out var value) ? value : long.MaxValue;

        /// <summary>A download that owns its response: disposing the stream releases the connection.</summary>
        public sealed class ResponseStream : global::System.IO.Stream
        {
            private readonly global::System.IO.Stream _inner;
            private readonly global::System.Net.Http.HttpResponseMessage _response;

            public ResponseStream(global::System.IO.Stream inner, global::System.Net.Http.HttpResponseMessage response)
            {
                _inner = inner;
                _response = response;
            }

            public override bool CanRead => _inner.CanRead;

            public override bool CanSeek => _inner.CanSeek;

            public override bool CanWrite => false;

            public override long Length => _inner.Length;

            public override long Position
            {
                get => _inner.Position;
                set => _inner.Position = value;
            }

            public override void Flush() => _inner.Flush();

            public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

            public override global::System.Threading.Tasks.Task<int> ReadAsync(byte[] buffer, int offset, int count, global::System.Threading.CancellationToken cancellationToken) =>
                _inner.ReadAsync(buffer, offset, count, cancellationToken);

#if NETSTANDARD2_1_OR_GREATER || NETCOREAPP2_1_OR_GREATER
            public override global::System.Threading.Tasks.ValueTask<int> ReadAsync(global::System.Memory<byte> buffer, global::System.Threading.CancellationToken cancellationToken = default) =>
                _inner.ReadAsync(buffer, cancellationToken);
#endif

            public override long Seek(long offset, global::System.IO.SeekOrigin origin) => _inner.Seek(offset, origin);

            public override void SetLength(long value) => throw new global::System.NotSupportedException();

            public override void Write(byte[] buffer, int offset, int count) => throw new global::System.NotSupportedException();

            protected override void Dispose(bool disposing)
            {
                if (disposing)
                {
                    _inner.Dispose();
                    _response.Dispose();
                }

                base.Dispose(disposing);
            }
        }
    }
}
