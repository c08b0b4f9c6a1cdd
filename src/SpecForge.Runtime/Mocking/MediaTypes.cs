// Shared runtime: media-type tests the mock needs for Content-Type (415) and Accept (which response content to send).
namespace SpecForge.Runtime.Mocking
{
    using System;
    using System.Collections.Generic;
    using System.Globalization;

    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static class MockMediaTypes
    {
        /// <summary><c>application/json</c> or any <c>+json</c> type (problem+json, vnd.api+json, ...).</summary>
        public static bool IsJson(string mediaType)
        {
            var essence = Essence(mediaType);
            return essence == "application/json" || essence.EndsWith("+json", StringComparison.Ordinal);
        }

        /// <summary>The type without parameters, lower case: <c>application/json; charset=utf-8</c> → <c>application/json</c>.</summary>
        public static string Essence(string mediaType)
        {
            var semicolon = mediaType.IndexOf(';');
            var essence = (semicolon < 0 ? mediaType : mediaType.Substring(0, semicolon)).Trim();
            for (var i = 0; i < essence.Length; i++)
            {
                if (essence[i] >= 'A' && essence[i] <= 'Z')
                {
                    return essence.ToLowerInvariant();
                }
            }

            return essence;
        }

        /// <summary>Whether a declared media type (possibly a range such as <c>image/*</c>) covers a concrete one.</summary>
        public static bool Covers(string range, string concrete)
        {
            if (range == "*/*" || range == concrete)
            {
                return true;
            }

            return range.EndsWith("/*", StringComparison.Ordinal)
                && concrete.StartsWith(range.Substring(0, range.Length - 1), StringComparison.Ordinal);
        }

        /// <summary>The media ranges of an Accept header, highest quality first; q=0 ranges are left out.</summary>
        public static List<string> ParseAccept(string accept)
        {
            var ranges = new List<KeyValuePair<string, double>>();
            foreach (var item in accept.Split(','))
            {
                var parts = item.Split(';');
                var range = Essence(parts[0]);
                if (range.Length == 0)
                {
                    continue;
                }

                var quality = 1.0;
                for (var i = 1; i < parts.Length; i++)
                {
                    var parameter = parts[i].Trim();
                    if (parameter.StartsWith("q=", StringComparison.OrdinalIgnoreCase)
                        && double.TryParse(parameter.Substring(2), NumberStyles.Float, CultureInfo.InvariantCulture, out var q))
                    {
                        quality = q;
                    }
                }

                if (quality > 0)
                {
                    ranges.Add(new KeyValuePair<string, double>(range, quality));
                }
            }

            // A stable sort keeps the client's order between equal qualities.
            var ordered = new List<string>(ranges.Count);
            for (var pass = 0; pass < ranges.Count; pass++)
            {
                var best = -1;
                for (var i = 0; i < ranges.Count; i++)
                {
                    if (ranges[i].Value >= 0 && (best < 0 || ranges[i].Value > ranges[best].Value))
                    {
                        best = i;
                    }
                }

                ordered.Add(ranges[best].Key);
                ranges[best] = new KeyValuePair<string, double>(ranges[best].Key, -1);
            }

            return ordered;
        }
    }
}
