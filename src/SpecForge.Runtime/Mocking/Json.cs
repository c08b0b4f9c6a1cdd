// Shared runtime: parses request JSON so that every string in it can be read later. JsonDocument accepts invalid
// UTF-8 inside strings and \u escapes of lone surrogates, and only GetString throws on them, deep inside validation.
namespace SpecForge.Runtime.Mocking
{
    using System;
    using System.Globalization;
    using System.Text;
    using System.Text.Json;

    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static class MockJson
    {
        // Throws at the first invalid byte instead of substituting U+FFFD, so a bad body is rejected, not altered.
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(false, true);

        /// <summary>
        /// The document, or null with what is wrong in <paramref name="problem"/> (a phrase: "not valid UTF-8: ...")
        /// when the bytes are not UTF-8 (RFC 8259 requires it), not JSON, or escape a lone surrogate.
        /// </summary>
        public static JsonDocument? Parse(byte[] utf8, out string? problem)
        {
            try
            {
                StrictUtf8.GetCharCount(utf8);
            }
            catch (DecoderFallbackException exception)
            {
                problem = "not valid UTF-8: " + DescribeBytes(exception.BytesUnknown) + " at byte offset " + exception.Index.ToString(CultureInfo.InvariantCulture) + ".";
                return null;
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(utf8);
            }
            catch (JsonException exception)
            {
                problem = "not valid JSON: " + exception.Message;
                return null;
            }

            var broken = FindUnreadableString(utf8);
            if (broken >= 0)
            {
                document.Dispose();
                problem = "not valid JSON text: the string at byte offset " + broken.ToString(CultureInfo.InvariantCulture) + " escapes a lone surrogate (\\ud800-\\udfff without its pair).";
                return null;
            }

            problem = null;
            return document;
        }

        // The offset of the first string or member name whose escapes decode to invalid UTF-16, or -1. The bytes are
        // valid UTF-8 and valid JSON by now, so only strings with a backslash can still fail to decode.
        private static long FindUnreadableString(byte[] utf8)
        {
            var reader = new Utf8JsonReader(utf8);
            while (reader.Read())
            {
                if ((reader.TokenType == JsonTokenType.String || reader.TokenType == JsonTokenType.PropertyName)
                    && reader.ValueSpan.IndexOf((byte)'\\') >= 0)
                {
                    try
                    {
                        reader.GetString();
                    }
                    catch (InvalidOperationException)
                    {
                        return reader.TokenStartIndex;
                    }
                }
            }

            return -1;
        }

        private static string DescribeBytes(byte[]? bytes)
        {
            if (bytes == null || bytes.Length == 0)
            {
                return "a truncated sequence";
            }

            var text = new StringBuilder();
            foreach (var value in bytes)
            {
                text.Append(text.Length == 0 ? "0x" : " 0x").Append(value.ToString("X2", CultureInfo.InvariantCulture));
            }

            return text.ToString();
        }
    }
}
