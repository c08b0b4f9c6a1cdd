// Shared runtime: the parts of a request the mock reads more than once (path values, query pairs, cookies), parsed
// once per request and only when asked for.
namespace SpecForge.Runtime.Mocking
{
    using System;
    using System.Collections.Generic;

    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class RequestParts
    {
        private readonly MockRequest request;
        private List<KeyValuePair<string, string>>? query;
        private List<KeyValuePair<string, string>>? cookies;

        public RequestParts(MockRequest request, Dictionary<string, string> pathValues)
        {
            this.request = request;
            PathValues = pathValues;
        }

        /// <summary>Decoded path parameter values by name.</summary>
        public Dictionary<string, string> PathValues { get; }

        /// <summary>Decoded query pairs in request order ('+' read as a space, as form encoding has it).</summary>
        public List<KeyValuePair<string, string>> Query => query ??= ParseQuery(request.Query);

        public List<KeyValuePair<string, string>> Cookies => cookies ??= ParseCookies(request.Header("Cookie"));

        public string? QueryValue(string name) => First(Query, name);

        public string? CookieValue(string name) => First(Cookies, name);

        public List<string> QueryValues(string name)
        {
            var values = new List<string>();
            foreach (var pair in Query)
            {
                if (string.Equals(pair.Key, name, StringComparison.Ordinal))
                {
                    values.Add(pair.Value);
                }
            }

            return values;
        }

        private static string? First(List<KeyValuePair<string, string>> pairs, string name)
        {
            foreach (var pair in pairs)
            {
                if (string.Equals(pair.Key, name, StringComparison.Ordinal))
                {
                    return pair.Value;
                }
            }

            return null;
        }

        private static List<KeyValuePair<string, string>> ParseQuery(string raw)
        {
            var pairs = new List<KeyValuePair<string, string>>();
            if (raw.Length == 0)
            {
                return pairs;
            }

            foreach (var item in raw.Split('&'))
            {
                if (item.Length == 0)
                {
                    continue;
                }

                var equals = item.IndexOf('=');
                var name = equals < 0 ? item : item.Substring(0, equals);
                var value = equals < 0 ? string.Empty : item.Substring(equals + 1);
                pairs.Add(new KeyValuePair<string, string>(DecodeForm(name), DecodeForm(value)));
            }

            return pairs;
        }

        private static List<KeyValuePair<string, string>> ParseCookies(string? header)
        {
            var pairs = new List<KeyValuePair<string, string>>();
            if (string.IsNullOrEmpty(header))
            {
                return pairs;
            }

            foreach (var item in header!.Split(';'))
            {
                var equals = item.IndexOf('=');
                if (equals > 0)
                {
                    pairs.Add(new KeyValuePair<string, string>(item.Substring(0, equals).Trim(), PathTemplate.Decode(item.Substring(equals + 1).Trim())));
                }
            }

            return pairs;
        }

        private static string DecodeForm(string value) => PathTemplate.Decode(value.IndexOf('+') < 0 ? value : value.Replace('+', ' '));
    }
}
