// Shared runtime: where in a JSON text a read failed, as a JSON path ("$.results[3].id"), for the exception's message.
namespace SpecForge.Runtime.Client
{
    /// <summary>
    /// Finds the JSON path of a byte offset in a JSON text. The generated converters read with a bare Utf8JsonReader,
    /// which tracks no path; a failure is rare, so the text is scanned again then, and reading costs nothing more.
    /// </summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static class JsonPaths
    {
        /// <summary>The path of the value (or member name) that starts at or after <paramref name="offset"/>: <c>$</c> for the root.</summary>
        public static string PathTo(global::System.ReadOnlySpan<byte> json, long offset, global::System.Text.Json.JsonReaderOptions options)
        {
            var reader = new global::System.Text.Json.Utf8JsonReader(json, options);
            return reader.Read() ? PathTo(reader, offset) : "$";
        }

        /// <summary>
        /// Like <see cref="PathTo(global::System.ReadOnlySpan{byte}, long, global::System.Text.Json.JsonReaderOptions)"/>,
        /// from a copy of a reader at a value's first token: <c>$</c> is that value.
        /// </summary>
        public static string PathTo(global::System.Text.Json.Utf8JsonReader reader, long offset)
        {
            var containers = new global::System.Collections.Generic.List<string>();
            var arrayIndexes = new global::System.Collections.Generic.List<int>();
            string? member = null;
            try
            {
                do
                {
                    var token = reader.TokenType;
                    if (token is global::System.Text.Json.JsonTokenType.EndObject or global::System.Text.Json.JsonTokenType.EndArray)
                    {
                        if (reader.TokenStartIndex >= offset)
                        {
                            break;
                        }

                        containers.RemoveAt(containers.Count - 1);
                        arrayIndexes.RemoveAt(arrayIndexes.Count - 1);
                        continue;
                    }

                    if (token == global::System.Text.Json.JsonTokenType.PropertyName)
                    {
                        member = reader.GetString();
                        if (reader.TokenStartIndex >= offset)
                        {
                            return Join(containers, Member(member));
                        }

                        continue;
                    }

                    // A value: an item of an array or the value of the member just read.
                    var segment = string.Empty;
                    if (arrayIndexes.Count > 0)
                    {
                        var last = arrayIndexes.Count - 1;
                        if (arrayIndexes[last] >= -1)
                        {
                            arrayIndexes[last]++;
                            segment = "[" + arrayIndexes[last].ToString(global::System.Globalization.CultureInfo.InvariantCulture) + "]";
                        }
                        else
                        {
                            segment = Member(member);
                        }
                    }

                    if (reader.TokenStartIndex >= offset)
                    {
                        return Join(containers, segment);
                    }

                    if (token is global::System.Text.Json.JsonTokenType.StartObject or global::System.Text.Json.JsonTokenType.StartArray)
                    {
                        containers.Add(segment);

                        // -1 before an array's first item; an object is marked by int.MinValue.
                        arrayIndexes.Add(token == global::System.Text.Json.JsonTokenType.StartArray ? -1 : int.MinValue);
                    }
                }
                while (reader.Read());
            }
            catch (global::System.Text.Json.JsonException)
            {
                // Malformed past the failure point: the containers open so far are the answer.
            }

            return Join(containers, string.Empty);
        }

        /// <summary>
        /// A read that failed, said with where: <paramref name="what"/> and the path from the value
        /// <paramref name="start"/> was at to the token <paramref name="failed"/> stopped at, then the failure's message.
        /// For converters System.Text.Json calls, whose own path ends where the value starts.
        /// </summary>
        public static global::System.Text.Json.JsonException ReadFailure(string what, global::System.Text.Json.Utf8JsonReader start, global::System.Text.Json.Utf8JsonReader failed, global::System.Exception failure) =>
            new global::System.Text.Json.JsonException(what + PathTo(start, failed.TokenStartIndex).Substring(1) + ": " + failure.Message, failure);

        /// <summary>The failures a generated converter's reads raise on JSON that does not fit: wrong token, bad text, out of range.</summary>
        public static bool IsReadFailure(global::System.Exception exception) =>
            exception is global::System.Text.Json.JsonException or global::System.InvalidOperationException or global::System.FormatException or global::System.OverflowException;

        private static string Join(global::System.Collections.Generic.List<string> containers, string last) =>
            "$" + string.Concat(containers) + last;

        // Quotes, backslashes and control characters escaped, so a member name from the body cannot break a log line.
        private static string Escape(string name)
        {
            var builder = new global::System.Text.StringBuilder(name.Length + 2);
            foreach (var c in name)
            {
                if (c is '\\' or '\'')
                {
                    builder.Append('\\').Append(c);
                }
                else if (char.IsControl(c) || c is '\u2028' or '\u2029')
                {
                    builder.Append("\\u").Append(((int)c).ToString("x4", global::System.Globalization.CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }

        // ".name" for a plain name, "['odd name']" for anything else, so the path stays readable and unambiguous.
        private static string Member(string? name)
        {
            if (string.IsNullOrEmpty(name))
            {
                return "['']";
            }

            foreach (var c in name!)
            {
                if (!(char.IsLetterOrDigit(c) || c == '_'))
                {
                    return "['" + Escape(name) + "']";
                }
            }

            return char.IsDigit(name[0]) ? "['" + name + "']" : "." + name;
        }
    }
}
