// Shared runtime: reads Prism's `Prefer` request header (code=, example=, dynamic=) so clients written against Prism
// can steer this mock the same way; unknown preferences are ignored as RFC 7240 asks.
namespace SpecForge.Runtime.Mocking
{
    using System;
    using System.Globalization;

    /// <summary>What a request's <c>Prefer</c> header asks of the mock.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class MockPreferences
    {
        public static readonly MockPreferences None = new MockPreferences(null, null, false);

        private MockPreferences(int? code, string? example, bool dynamic)
        {
            Code = code;
            Example = example;
            Dynamic = dynamic;
        }

        /// <summary>The status asked for with <c>code=404</c>.</summary>
        public int? Code { get; }

        /// <summary>The named example asked for with <c>example=cat</c>.</summary>
        public string? Example { get; }

        /// <summary><c>dynamic=true</c>: synthesize fresh data instead of serving examples.</summary>
        public bool Dynamic { get; }

        public static MockPreferences Parse(string? header)
        {
            if (string.IsNullOrEmpty(header))
            {
                return None;
            }

            int? code = null;
            string? example = null;
            var dynamic = false;
            foreach (var item in header!.Split(',', ';'))
            {
                var equals = item.IndexOf('=');
                if (equals < 0)
                {
                    continue;
                }

                var name = item.Substring(0, equals).Trim();
                var value = Unquote(item.Substring(equals + 1).Trim());
                if (string.Equals(name, "code", StringComparison.OrdinalIgnoreCase))
                {
                    if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var status) && status >= 100 && status <= 599)
                    {
                        code = status;
                    }
                }
                else if (string.Equals(name, "example", StringComparison.OrdinalIgnoreCase))
                {
                    example = value;
                }
                else if (string.Equals(name, "dynamic", StringComparison.OrdinalIgnoreCase))
                {
                    dynamic = string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
                }
            }

            return code == null && example == null && !dynamic ? None : new MockPreferences(code, example, dynamic);
        }

        private static string Unquote(string value) =>
            value.Length >= 2 && value[0] == '"' && value[value.Length - 1] == '"' ? value.Substring(1, value.Length - 2) : value;
    }
}
