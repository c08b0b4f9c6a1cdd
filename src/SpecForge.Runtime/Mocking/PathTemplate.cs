// Shared runtime: one OpenAPI path template split into segments: matching a request path (`{id}.json` style segments,
// percent-decoding) and the ASP.NET route pattern, for the engine and the generated endpoints alike.
namespace SpecForge.Runtime.Mocking
{
    using System;
    using System.Collections.Generic;
    using System.Text;

    /// <summary>One path template, split into segments of literal text and parameter names.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class PathTemplate
    {
        private const char Open = '{';
        private const char Close = '}';

        private PathTemplate(string template, Segment[] segments, string routeTemplate)
        {
            Template = template;
            Segments = segments;
            RouteTemplate = routeTemplate;
        }

        public string Template { get; }

        public Segment[] Segments { get; }

        public string RouteTemplate { get; }

        public static PathTemplate Parse(string template)
        {
            var texts = SplitPath(template);
            var segments = new Segment[texts.Count];
            var route = new StringBuilder();
            var routeNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < texts.Count; i++)
            {
                segments[i] = Segment.Parse(texts[i]);
                route.Append('/');
                AppendRouteSegment(route, segments[i], routeNames);
            }

            return new PathTemplate(template, segments, route.Length == 0 ? "/" : route.ToString());
        }

        /// <summary>Fills <paramref name="values"/> with the decoded parameter values when the path matches.</summary>
        public bool TryMatch(string rawPath, Dictionary<string, string> values)
        {
            var parts = SplitPath(rawPath);
            if (parts.Count != Segments.Length)
            {
                return false;
            }

            for (var i = 0; i < parts.Count; i++)
            {
                if (!Segments[i].TryMatch(parts[i], values))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Splits a path on '/', dropping the leading slash and one trailing slash.</summary>
        public static List<string> SplitPath(string path)
        {
            var parts = new List<string>();
            var start = path.Length > 0 && path[0] == '/' ? 1 : 0;
            var end = path.Length > start && path[path.Length - 1] == '/' ? path.Length - 1 : path.Length;
            if (end <= start)
            {
                return parts;
            }

            while (true)
            {
                var slash = path.IndexOf('/', start, end - start);
                if (slash < 0)
                {
                    parts.Add(path.Substring(start, end - start));
                    return parts;
                }

                parts.Add(path.Substring(start, slash - start));
                start = slash + 1;
            }
        }

        public static string Decode(string raw)
        {
            if (raw.IndexOf('%') < 0)
            {
                return raw;
            }

            try
            {
                return Uri.UnescapeDataString(raw);
            }
            catch (UriFormatException)
            {
                return raw;
            }
        }

        // ASP.NET takes `{name}` like OpenAPI, but rejects names with characters such as '.', '-' or '*' and braces in
        // literals; the engine re-reads values from the raw path itself, so a renamed parameter loses nothing.
        private static void AppendRouteSegment(StringBuilder route, Segment segment, HashSet<string> used)
        {
            for (var i = 0; i < segment.Parts.Length; i++)
            {
                var part = segment.Parts[i];
                if (!part.IsParameter)
                {
                    foreach (var c in part.Text)
                    {
                        route.Append(c);
                        if (c == Open || c == Close)
                        {
                            route.Append(c);
                        }
                    }

                    continue;
                }

                var name = RouteName(part.Text);
                var unique = name;
                for (var n = 2; !used.Add(unique); n++)
                {
                    unique = name + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                route.Append(Open).Append(unique).Append(Close);
            }
        }

        private static string RouteName(string name)
        {
            var builder = new StringBuilder(name.Length);
            foreach (var c in name)
            {
                builder.Append((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ? c : '_');
            }

            return builder.Length == 0 ? "p" : builder.ToString();
        }

        public sealed class Part
        {
            public Part(string text, bool isParameter)
            {
                Text = text;
                IsParameter = isParameter;
            }

            public string Text { get; }

            public bool IsParameter { get; }
        }

        /// <summary>One segment: a literal, a whole parameter, or a mix such as <c>{id}.json</c>.</summary>
        public sealed class Segment
        {
            private Segment(Part[] parts)
            {
                Parts = parts;
                IsLiteral = parts.Length == 1 && !parts[0].IsParameter;
                IsWholeParameter = parts.Length == 1 && parts[0].IsParameter;
            }

            public Part[] Parts { get; }

            public bool IsLiteral { get; }

            public bool IsWholeParameter { get; }

            /// <summary>The literal text (decoded), for literal segments.</summary>
            public string Literal => Parts.Length == 0 ? string.Empty : Parts[0].Text;

            public static Segment Parse(string text)
            {
                var parts = new List<Part>();
                var position = 0;
                while (position < text.Length)
                {
                    var open = text.IndexOf(Open, position);
                    var close = open < 0 ? -1 : text.IndexOf(Close, open + 1);
                    if (open < 0 || close < 0)
                    {
                        parts.Add(new Part(Decode(text.Substring(position)), false));
                        break;
                    }

                    if (open > position)
                    {
                        parts.Add(new Part(Decode(text.Substring(position, open - position)), false));
                    }

                    parts.Add(new Part(text.Substring(open + 1, close - open - 1), true));
                    position = close + 1;
                }

                if (parts.Count == 0)
                {
                    parts.Add(new Part(string.Empty, false));
                }

                return new Segment(parts.ToArray());
            }

            public bool TryMatch(string raw, Dictionary<string, string>? values)
            {
                if (IsLiteral)
                {
                    return string.Equals(Literal, Decode(raw), StringComparison.Ordinal);
                }

                if (IsWholeParameter)
                {
                    if (raw.Length == 0)
                    {
                        return false;
                    }

                    if (values != null)
                    {
                        values[Parts[0].Text] = Decode(raw);
                    }

                    return true;
                }

                return TryMatchMixed(Decode(raw), values);
            }

            // A parameter takes the text up to the next literal; a literal that ends the segment must be its suffix,
            // so `{file}.json` gives `a.b` for `a.b.json`.
            private bool TryMatchMixed(string text, Dictionary<string, string>? values)
            {
                var position = 0;
                for (var i = 0; i < Parts.Length; i++)
                {
                    var part = Parts[i];
                    if (!part.IsParameter)
                    {
                        if (position + part.Text.Length > text.Length || string.CompareOrdinal(text, position, part.Text, 0, part.Text.Length) != 0)
                        {
                            return false;
                        }

                        position += part.Text.Length;
                        continue;
                    }

                    int end;
                    if (i + 1 >= Parts.Length)
                    {
                        end = text.Length;
                    }
                    else if (i + 2 >= Parts.Length)
                    {
                        end = text.Length - Parts[i + 1].Text.Length;
                        if (end < position || string.CompareOrdinal(text, end, Parts[i + 1].Text, 0, Parts[i + 1].Text.Length) != 0)
                        {
                            return false;
                        }
                    }
                    else
                    {
                        end = Parts[i + 1].IsParameter ? position + 1 : text.IndexOf(Parts[i + 1].Text, position + 1, StringComparison.Ordinal);
                    }

                    if (end <= position || end > text.Length)
                    {
                        return false;
                    }

                    if (values != null)
                    {
                        values[part.Text] = text.Substring(position, end - position);
                    }

                    position = end;
                }

                return position == text.Length;
            }
        }
    }
}
