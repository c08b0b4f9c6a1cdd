// Shared runtime: one parameter item's text as the JSON value its schema type says, strictly: a server's integer parser
// takes `42` and `-7`, not `1e5` or `1.0`, and text that is no such value is a `type` violation at its pointer.
namespace SpecForge.Runtime.Mocking
{
    using System.Collections.Generic;
    using System.Globalization;
    using System.Text.Json;
    using Validation;

    static partial class MockParameters
    {
        /// <summary>Writes text as the JSON type; text that cannot be that type is a <c>type</c> violation.</summary>
        public static void WriteScalar(Utf8JsonWriter writer, ScalarKind kind, string text, string pointer, List<ConstraintViolation> violations)
        {
            // Headers joined as "1, 2" leave spaces around items; only strings keep them.
            if (kind != ScalarKind.String && text.Length > 0 && (text[0] == ' ' || text[text.Length - 1] == ' '))
            {
                text = text.Trim();
            }

            switch (kind)
            {
                case ScalarKind.Integer:
                    // Digits only, as the server's integer parser takes them: 1e5 and 1.0 are numbers, not integer
                    // literals. Digits beyond long are still written, so the schema's int32/int64 range rejects them.
                    if (IsIntegerLiteral(text))
                    {
                        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
                        {
                            writer.WriteNumberValue(whole);
                        }
                        else
                        {
                            writer.WriteRawValue(CanonicalInteger(text));
                        }

                        return;
                    }

                    break;
                case ScalarKind.Number:
                    if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                    {
                        writer.WriteNumberValue(number);
                        return;
                    }

                    if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var large) && !double.IsInfinity(large) && !double.IsNaN(large))
                    {
                        writer.WriteNumberValue(large);
                        return;
                    }

                    break;
                case ScalarKind.Boolean:
                    if (text == "true" || text == "false")
                    {
                        writer.WriteBooleanValue(text == "true");
                        return;
                    }

                    break;
                case ScalarKind.Null:
                    if (text.Length == 0 || text == "null")
                    {
                        writer.WriteNullValue();
                        return;
                    }

                    break;
                default:
                    writer.WriteStringValue(text);
                    return;
            }

            var expected = kind == ScalarKind.Integer ? "integer" : kind == ScalarKind.Number ? "number" : kind == ScalarKind.Boolean ? "boolean" : "null";
            violations.Add(Violations.Type(pointer, expected));
            writer.WriteNullValue();
        }

        private static bool IsIntegerLiteral(string text)
        {
            var start = text.Length > 0 && (text[0] == '-' || text[0] == '+') ? 1 : 0;
            if (start == text.Length)
            {
                return false;
            }

            for (var i = start; i < text.Length; i++)
            {
                if (text[i] < '0' || text[i] > '9')
                {
                    return false;
                }
            }

            return true;
        }

        // JSON numbers take no '+' and no leading zeros; a literal too long for long always has a nonzero digit left.
        private static string CanonicalInteger(string literal)
        {
            var signed = literal[0] == '-' || literal[0] == '+';
            var digits = (signed ? literal.Substring(1) : literal).TrimStart('0');
            return literal[0] == '-' ? "-" + digits : digits;
        }

        private static bool HasLoneSurrogate(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(text[i]))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
