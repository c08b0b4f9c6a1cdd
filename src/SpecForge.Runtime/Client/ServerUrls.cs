// Shared runtime: the base URL a client sends to. The spec's first server may be a template (https://{region}.x/{version})
// whose variables the client options set; their values are the caller's, so none may move a request to another host.
namespace SpecForge.Runtime.Client
{
    /// <summary>Server URL templates expanded, and a base URL that names only a host joined with the server's base path.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static class ServerUrls
    {
        private static readonly char[] PathStart = { '/', '?', '#' };
        private static readonly char[] QueryStart = { '?', '#' };

        /// <summary>
        /// <paramref name="template"/> with each <c>{name}</c> that <paramref name="variables"/> (name, value, name, value, …)
        /// lists put in, escaped as a path segment in the path and as a query value in the query. In the scheme, host or
        /// port a value can only be letters, digits, <c>-</c>, <c>.</c>, <c>_</c> and <c>~</c>: anything else (<c>/</c>,
        /// <c>@</c>, <c>:</c>) would send the request to another host, so it is an error rather than escaped.
        /// </summary>
        /// <exception cref="global::System.InvalidOperationException">A value is null, or would change the server's host.</exception>
        public static string Expand(string template, string?[] variables)
        {
            var builder = new global::System.Text.StringBuilder(template.Length + 16);
            var position = 0;
            while (position < template.Length)
            {
                var open = template.IndexOf('{', position);
                var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
                if (close < 0)
                {
                    builder.Append(template, position, template.Length - position);
                    break;
                }

                builder.Append(template, position, open - position);
                var name = template.Substring(open + 1, close - open - 1);
                var index = IndexOf(variables, name);
                if (index < 0)
                {
                    builder.Append(template, open, close - open + 1);
                }
                else
                {
                    builder.Append(Place(template, open, name, variables[index + 1]));
                }

                position = close + 1;
            }

            return builder.ToString();
        }

        /// <summary>
        /// The base URL requests go to: <paramref name="chosen"/> (the options' BaseUrl, else the HttpClient's
        /// BaseAddress) when there is one, else <paramref name="server"/>. A chosen URL that ends at its host
        /// (<c>https://staging.example.com</c>, nothing after the host, not even <c>/</c>) gets the server's base path
        /// (<c>/v1</c>); one with any path, <c>/</c> included, is used as written.
        /// </summary>
        public static string BaseUrl(string? chosen, string server)
        {
            if (chosen is null)
            {
                return server;
            }

            var scheme = chosen.IndexOf("://", global::System.StringComparison.Ordinal);
            return scheme > 0 && chosen.IndexOfAny(PathStart, scheme + 3) < 0 ? chosen + BasePath(server) : chosen;
        }

        // "/v1" of https://api.example.com/v1 and of a relative /v1; empty when the server has no path.
        private static string BasePath(string server)
        {
            var scheme = server.IndexOf("://", global::System.StringComparison.Ordinal);
            var start = scheme < 0 ? (server.StartsWith("/", global::System.StringComparison.Ordinal) ? 0 : -1) : server.IndexOf('/', scheme + 3);
            if (start < 0)
            {
                return string.Empty;
            }

            var end = server.IndexOfAny(QueryStart, start);
            return (end < 0 ? server.Substring(start) : server.Substring(start, end - start)).TrimEnd('/');
        }

        private static int IndexOf(string?[] variables, string name)
        {
            for (var i = 0; i + 1 < variables.Length; i += 2)
            {
                if (string.Equals(variables[i], name, global::System.StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return -1;
        }

        // Where a placeholder stands is read from the template's own text before it, never from values put in before.
        private static string Place(string template, int at, string name, string? value)
        {
            if (value is null)
            {
                throw new global::System.InvalidOperationException("The server variable '" + name + "' is null; set it on the client options.");
            }

            var before = template.Substring(0, at);
            if (before.IndexOfAny(QueryStart) >= 0)
            {
                return global::System.Uri.EscapeDataString(value);
            }

            var scheme = template.IndexOf("://", global::System.StringComparison.Ordinal);
            if (scheme >= 0)
            {
                var authorityEnd = template.IndexOfAny(PathStart, scheme + 3);
                return at < scheme || authorityEnd < 0 || at < authorityEnd ? InHost(name, value) : Segment(value);
            }

            // A template without a scheme of its own: a variable at its start is the whole origin ({baseUrl}), one after a '/' a path.
            return before.IndexOf('/') >= 0 ? Segment(value) : Origin(name, value);
        }

        private static string InHost(string name, string value)
        {
            foreach (var c in value)
            {
                if (!char.IsLetterOrDigit(c) && c != '-' && c != '.' && c != '_' && c != '~')
                {
                    throw new global::System.InvalidOperationException(
                        "The server variable '" + name + "' is '" + value + "', which would change the server's host; only letters, digits, '-', '.', '_' and '~' can stand there.");
                }
            }

            return value;
        }

        // Dot segments are escaped too: "/.." would otherwise climb out of the base path on the server.
        private static string Segment(string value) =>
            value == "." ? "%2E" : value == ".." ? "%2E%2E" : global::System.Uri.EscapeDataString(value);

        private static string Origin(string name, string value)
        {
            foreach (var c in value)
            {
                if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '\\' || c == '?' || c == '#')
                {
                    throw new global::System.InvalidOperationException("The server variable '" + name + "' is '" + value + "', which is not a base URL.");
                }
            }

            return value;
        }
    }
}
