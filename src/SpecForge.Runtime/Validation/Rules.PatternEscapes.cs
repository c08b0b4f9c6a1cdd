// Shared runtime: the escapes of ECMA-262 patterns (\d, \w, \s, \b, \u{...}, ...) written as the .NET syntax that matches
// the same characters; ECMA's classes are ASCII or its own whitespace list where .NET's are Unicode.
namespace SpecForge.Runtime.Validation
{
    using System.Globalization;
    using System.Text;

    static partial class ConstraintRules
    {
        // ECMA-262 WhiteSpace and LineTerminator code points, the set \s means there (.NET's \s is a different Unicode set).
        private const string EcmaWhitespace = "\\x09-\\x0D\\x20\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";
        private const string EcmaNonWhitespace =
            "\\x00-\\x08\\x0E-\\x1F\\x21-\\x9F\\xA1-\\u167F\\u1681-\\u1FFF\\u200B-\\u2027\\u202A-\\u202E\\u2030-\\u205E\\u2060-\\u2FFF\\u3001-\\uFEFE\\uFF00-\\uFFFF";
        private const string EcmaWord = "a-zA-Z0-9_";
        private const string EcmaNonWord = "\\x00-\\x2F\\x3A-\\x40\\x5B-\\x5E\\x60\\x7B-\\uFFFF";
        private const string EcmaNonDigit = "\\x00-\\x2F\\x3A-\\uFFFF";
        private const string WordBoundary = "(?:(?<=[a-zA-Z0-9_])(?![a-zA-Z0-9_])|(?<![a-zA-Z0-9_])(?=[a-zA-Z0-9_]))";
        private const string NonWordBoundary = "(?:(?<=[a-zA-Z0-9_])(?=[a-zA-Z0-9_])|(?<![a-zA-Z0-9_])(?![a-zA-Z0-9_]))";

        private static int TranslateEscape(string pattern, int index, StringBuilder output, bool inClass)
        {
            if (index + 1 >= pattern.Length)
            {
                throw Unsupported(pattern, index, "a trailing backslash");
            }

            var c = pattern[index + 1];
            switch (c)
            {
                case 'd':
                    output.Append(inClass ? "0-9" : "[0-9]");
                    return index + 2;
                case 'D':
                    output.Append(inClass ? EcmaNonDigit : "[^0-9]");
                    return index + 2;
                case 'w':
                    output.Append(inClass ? EcmaWord : "[" + EcmaWord + "]");
                    return index + 2;
                case 'W':
                    output.Append(inClass ? EcmaNonWord : "[^" + EcmaWord + "]");
                    return index + 2;
                case 's':
                    output.Append(inClass ? EcmaWhitespace : "[" + EcmaWhitespace + "]");
                    return index + 2;
                case 'S':
                    output.Append(inClass ? EcmaNonWhitespace : "[^" + EcmaWhitespace + "]");
                    return index + 2;
                case 'b':
                    // Inside a class \b is the backspace character; outside, a boundary of ECMA's ASCII word characters.
                    output.Append(inClass ? "\\x08" : WordBoundary);
                    return index + 2;
                case 'B':
                    if (inClass)
                    {
                        throw Unsupported(pattern, index, "'\\B' inside a character class");
                    }

                    output.Append(NonWordBoundary);
                    return index + 2;
                case 'f':
                case 'n':
                case 'r':
                case 't':
                case 'v':
                    output.Append('\\').Append(c);
                    return index + 2;
                case '0':
                    if (index + 2 < pattern.Length && pattern[index + 2] >= '0' && pattern[index + 2] <= '9')
                    {
                        throw Unsupported(pattern, index, "an octal escape");
                    }

                    output.Append("\\x00");
                    return index + 2;
                case 'c':
                    if (index + 2 < pattern.Length && IsAsciiLetter(pattern[index + 2]))
                    {
                        output.Append(pattern, index, 3);
                        return index + 3;
                    }

                    throw Unsupported(pattern, index, "'\\c' without a control letter");
                case 'x':
                    return CopyHexEscape(pattern, index, 2, output);
                case 'u':
                    return TranslateUnicodeEscape(pattern, index, output);
                case 'p':
                case 'P':
                    return CopyPropertyEscape(pattern, index, output);
                case 'k':
                    if (inClass)
                    {
                        throw Unsupported(pattern, index, "a backreference inside a character class");
                    }

                    var close = pattern.IndexOf('>', index);
                    if (index + 2 >= pattern.Length || pattern[index + 2] != '<' || close < 0)
                    {
                        throw Unsupported(pattern, index, "'\\k' without a group name");
                    }

                    output.Append(pattern, index, close - index + 1);
                    return close + 1;
            }

            if (c >= '1' && c <= '9')
            {
                if (inClass)
                {
                    throw Unsupported(pattern, index, "a backreference inside a character class");
                }

                var end = index + 1;
                while (end < pattern.Length && pattern[end] >= '0' && pattern[end] <= '9')
                {
                    end++;
                }

                output.Append(pattern, index, end - index);
                return end;
            }

            if (c == 'A' || c == 'Z' || c == 'z' || c == 'G')
            {
                throw Unsupported(pattern, index, "the .NET anchor '\\" + c + "'");
            }

            if (IsAsciiLetter(c) || c == '_')
            {
                throw Unsupported(pattern, index, "the escape '\\" + c + "'");
            }

            if (c < 0x80)
            {
                // An escaped ASCII symbol is that symbol in both dialects.
                output.Append('\\').Append(c);
            }
            else
            {
                output.Append(c);
            }

            return index + 2;
        }

        private static int CopyHexEscape(string pattern, int index, int digits, StringBuilder output)
        {
            if (index + 2 + digits > pattern.Length || !AreHexDigits(pattern, index + 2, digits))
            {
                throw Unsupported(pattern, index, "an incomplete hexadecimal escape");
            }

            output.Append(pattern, index, 2 + digits);
            return index + 2 + digits;
        }

        private static int TranslateUnicodeEscape(string pattern, int index, StringBuilder output)
        {
            if (index + 2 >= pattern.Length || pattern[index + 2] != '{')
            {
                return CopyHexEscape(pattern, index, 4, output);
            }

            // \u{...} (Unicode mode): .NET has no such escape, so write the code point's UTF-16 units.
            var close = pattern.IndexOf('}', index);
            var digits = close - index - 3;
            if (close < 0 || digits < 1 || digits > 6 || !AreHexDigits(pattern, index + 3, digits))
            {
                throw Unsupported(pattern, index, "an invalid '\\u{...}' escape");
            }

            var codePoint = int.Parse(pattern.Substring(index + 3, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (codePoint > 0x10FFFF)
            {
                throw Unsupported(pattern, index, "a code point beyond U+10FFFF");
            }

            var units = char.ConvertFromUtf32(codePoint);
            output.Append(units.Length == 1 ? "\\u" + ((int)units[0]).ToString("X4", CultureInfo.InvariantCulture) : "(?:" + Units(units) + ")");
            return close + 1;
        }

        private static string Units(string units)
        {
            var text = new StringBuilder();
            foreach (var unit in units)
            {
                text.Append("\\u").Append(((int)unit).ToString("X4", CultureInfo.InvariantCulture));
            }

            return text.ToString();
        }

        private static int CopyPropertyEscape(string pattern, int index, StringBuilder output)
        {
            var close = pattern.IndexOf('}', index);
            if (index + 2 >= pattern.Length || pattern[index + 2] != '{' || close < 0)
            {
                throw Unsupported(pattern, index, "'\\" + pattern[index + 1] + "' without a property name");
            }

            // .NET knows general categories and named blocks; anything else (Script=...) fails in the final compile check.
            output.Append(pattern, index, close - index + 1);
            return close + 1;
        }
    }
}
