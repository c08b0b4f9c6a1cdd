using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SpecForge.Core.Emitting;

/// <summary>
/// The one gate through which spec text reaches generated C#. Every literal, doc comment line or other
/// spec-supplied string is passed through here, so no description, example or name can inject code.
/// </summary>
public static class CSharpText
{
    /// <summary>A regular C# string literal, quotes included, with every character that could end or bend it escaped.</summary>
    public static string StringLiteral(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    // Line and paragraph separators end a line in C# source even inside a literal.
                    if (char.IsControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
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

        var normalized = text!.Replace("\r\n", "\n").Replace('\r', '\n').Replace('\u2028', '\n').Replace('\u2029', '\n').Replace('\u0085', '\n');
        foreach (var raw in normalized.Split('\n'))
        {
            lines.Add(XmlEscape(raw.TrimEnd()));
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

    /// <summary>Text safe inside an XML doc element: markup characters escaped, other control characters dropped.</summary>
    public static string XmlEscape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '&': builder.Append("&amp;"); break;
                case '\t': builder.Append("    "); break;
                default:
                    if (!char.IsControl(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }
}
