using System.Text;

namespace SpecForge.Core.Reading;

/// <summary>Unicode hygiene for text read from a spec.</summary>
internal static class UnicodeText
{
    /// <summary>Whether <paramref name="text"/> holds a UTF-16 surrogate that is not half of a pair.</summary>
    public static bool HasLoneSurrogate(string text) => IndexOfLoneSurrogate(text) >= 0;

    /// <summary><paramref name="text"/> with every lone surrogate replaced by U+FFFD, as a UTF-8 encoder would.</summary>
    public static string ReplaceLoneSurrogates(string text)
    {
        var first = IndexOfLoneSurrogate(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return builder.ToString();
    }

    private static int IndexOfLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }
}
