using System.Collections.Generic;
using System.Text;

namespace SpecForge.Core.Reading;

/// <summary>RFC 6901 JSON pointers, the one way SpecForge names a place inside a document.</summary>
public static class JsonPointers
{
    /// <summary>Escapes one reference token (<c>~</c> → <c>~0</c>, <c>/</c> → <c>~1</c>).</summary>
    public static string EscapeSegment(string segment) =>
        segment.IndexOf('~') < 0 && segment.IndexOf('/') < 0 ? segment : segment.Replace("~", "~0").Replace("/", "~1");

    /// <summary>Appends <paramref name="segment"/> to <paramref name="pointer"/>.</summary>
    public static string Append(string pointer, string segment) => pointer + "/" + EscapeSegment(segment);

    /// <summary>Splits a pointer (with or without a leading <c>#</c>) into unescaped tokens.</summary>
    public static IReadOnlyList<string> Split(string pointer)
    {
        var text = pointer.StartsWith("#", System.StringComparison.Ordinal) ? pointer.Substring(1) : pointer;
        var tokens = new List<string>();
        if (text.Length == 0)
        {
            return tokens;
        }

        foreach (var raw in text.TrimStart('/').Split('/'))
        {
            tokens.Add(raw.Replace("~1", "/").Replace("~0", "~"));
        }

        return tokens;
    }

    /// <summary>Joins unescaped tokens into a pointer.</summary>
    public static string Join(IEnumerable<string> tokens)
    {
        var builder = new StringBuilder();
        foreach (var token in tokens)
        {
            builder.Append('/').Append(EscapeSegment(token));
        }

        return builder.ToString();
    }
}
