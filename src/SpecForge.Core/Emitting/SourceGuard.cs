using System.Globalization;
using System.Text;

namespace SpecForge.Core.Emitting;

/// <summary>
/// The last check on every generated file, after the escaping in <see cref="CSharpText"/>: characters that end a
/// line where an editor shows none (U+0085, U+2028, U+2029), NUL, lone surrogates and bidirectional controls. The
/// templates contain none, and no escaper lets one through, so one found here came from a spec through a gap in the
/// escaping: it is written as its <c>\uXXXX</c> text, which is inert in every C# context (a comment shows it, a string
/// literal reads it as the same character, anywhere else it is a compile error), and reported as a SpecForge bug.
/// </summary>
public static class SourceGuard
{
    /// <summary>The index of the first forbidden character in <paramref name="source"/>, or -1 when it has none.</summary>
    public static int FindForbidden(string source, int start = 0)
    {
        var i = start;
        while (true)
        {
            // Almost every character of generated code is printable ASCII: a tight loop with one comparison each.
            while (i < source.Length && (uint)(source[i] - 1) < 0x84u)
            {
                i++;
            }

            if (i >= source.Length)
            {
                return -1;
            }

            var c = source[i];
            if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
            {
                i += 2;
            }
            else if (IsForbidden(c))
            {
                return i;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary><paramref name="source"/> with every forbidden character, from <paramref name="first"/> on, written as <c>\uXXXX</c>.</summary>
    public static string Neutralize(string source, int first)
    {
        var builder = new StringBuilder(source.Length + 16);
        var copied = 0;
        for (var i = first; i >= 0; i = FindForbidden(source, i + 1))
        {
            builder.Append(source, copied, i - copied);
            builder.Append("\\u").Append(((int)source[i]).ToString("X4", CultureInfo.InvariantCulture));
            copied = i + 1;
        }

        return builder.Append(source, copied, source.Length - copied).ToString();
    }

    /// <summary>The 1-based line of <paramref name="index"/>, counting LF as the templates write it.</summary>
    public static int LineOf(string source, int index)
    {
        var line = 1;
        for (var i = 0; i < index; i++)
        {
            if (source[i] == '\n')
            {
                line++;
            }
        }

        return line;
    }

    // A surrogate reaching this test is not part of a pair.
    private static bool IsForbidden(char c) =>
        c is '\0' or '\u0085' or '\u2028' or '\u2029' || CSharpText.IsBidiControl(c) || char.IsSurrogate(c);
}
