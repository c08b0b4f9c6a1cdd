using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SpecForge.Core.Emitting;

/// <summary>
/// The one gate through which spec text reaches generated C#. Every literal, doc comment line or other
/// spec-supplied string is passed through here, so no description, example or name can inject code.
/// </summary>
/// <remarks>
/// C# ends a line (and with it a <c>//</c> comment or a regular string literal) at U+0085, U+2028 and U+2029 as well
/// as at CR and LF, so every one of them is treated as a line break. Bidirectional controls are never written raw
/// either, so no generated line can display in an order other than the one the compiler reads ("trojan source").
/// <see cref="SourceGuard"/> checks the finished files for anything that slipped past.
/// </remarks>
public static class CSharpText
{
    /// <summary>A regular C# string literal, quotes included, with every character that could end or bend it escaped.</summary>
    public static string StringLiteral(string value)
    {
        // Most names and values need no escape; they skip the builder (a large spec writes hundreds of thousands).
        if (!NeedsLiteralEscape(value))
        {
            return "\"" + value + "\"";
        }

        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (IsInvisibleOrBreaking(c))
                    {
                        // The escape gives the literal the same value, and nothing a reader cannot see.
                        AppendUnicodeEscape(builder, c);
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// The lines of an XML doc comment body: XML-escaped, split on every kind of line break,
    /// trimmed at both ends, so a description can neither close the comment nor start code.
    /// </summary>
    public static IReadOnlyList<string> DocLines(string? text)
    {
        var lines = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return lines;
        }

        var start = 0;
        for (var i = 0; i <= text!.Length; i++)
        {
            if (i < text.Length && !IsLineTerminator(text[i]))
            {
                continue;
            }

            lines.Add(XmlEscape(text.Substring(start, i - start)).TrimEnd());
            if (i + 1 < text.Length && text[i] == '\r' && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        while (lines.Count > 0 && lines[0].Trim().Length == 0)
        {
            lines.RemoveAt(0);
        }

        while (lines.Count > 0 && lines[lines.Count - 1].Trim().Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    /// <summary>
    /// Text safe inside an XML doc element on one line: markup characters escaped, line breaks turned into spaces,
    /// bidirectional controls written as character references, and what XML cannot carry (other control characters,
    /// lone surrogates, U+FFFE, U+FFFF) replaced by U+FFFD.
    /// </summary>
    public static string XmlEscape(string text)
    {
        if (!NeedsXmlEscape(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '&': builder.Append("&amp;"); break;
                case '\t': builder.Append("    "); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else if (IsLineTerminator(c))
                    {
                        builder.Append(' ');
                    }
                    else if (IsBidiControl(c))
                    {
                        builder.Append("&#x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append(';');
                    }
                    else if (char.IsControl(c) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
                    {
                        builder.Append('\uFFFD');
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether C# ends a line at <paramref name="c"/>: CR, LF, NEL (U+0085), LS (U+2028) and PS (U+2029).</summary>
    public static bool IsLineTerminator(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>The explicit bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).</summary>
    public static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    // Controls (C0, DEL, C1 with NEL), format characters (bidirectional controls, zero-width characters, BOM),
    // separators that end a line, and surrogates that are not part of a pair.
    private static bool IsInvisibleOrBreaking(char c) =>
        char.IsControl(c)
        || char.IsSurrogate(c)
        || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    // Exactly the characters StringLiteral's loop would not copy as they are (a surrogate pair is copied, but rare).
    private static bool NeedsLiteralEscape(string value)
    {
        foreach (var c in value)
        {
            if (c == '"' || c == '\\' || IsInvisibleOrBreaking(c))
            {
                return true;
            }
        }

        return false;
    }

    // Exactly the characters XmlEscape's loop would not copy as they are.
    private static bool NeedsXmlEscape(string text)
    {
        foreach (var c in text)
        {
            if (c is '<' or '>' or '&' or '\uFFFE' or '\uFFFF' || char.IsControl(c) || char.IsSurrogate(c) || IsLineTerminator(c) || IsBidiControl(c))
            {
                return true;
            }
        }

        return false;
    }

    private static void AppendUnicodeEscape(StringBuilder builder, char c) =>
        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
}
