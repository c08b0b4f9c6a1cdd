using System.Globalization;
using System.Text;

namespace SpecForge.Core.Diagnostics;

/// <summary>
/// Keeps spec text quoted inside a diagnostic on its line. Build logs, editors and CI parse
/// <c>file(line,col): error id: message</c> per line, so a spec whose text held a line break could print a line of its
/// own that looks like a real error; and a bidirectional override could make a message read differently from what it
/// says.
/// </summary>
internal static class DiagnosticText
{
    /// <summary><paramref name="text"/> with line breaks, control and bidirectional characters and lone surrogates written as escapes.</summary>
    public static string Inline(string text)
    {
        if (IsClean(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r': builder.Append("\\r"); break;
                case '\n': builder.Append("\\n"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else if (NeedsEscape(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
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

    private static bool IsClean(string text)
    {
        foreach (var c in text)
        {
            if (c is '\r' or '\n' or '\t' || NeedsEscape(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';
}
