using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

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
        var text = pointer.StartsWith("#", StringComparison.Ordinal) ? pointer.Substring(1) : pointer;
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

    /// <summary>The tokens of a same-document reference (<c>#</c> and a pointer, percent-escapes decoded), or null when its escapes are broken.</summary>
    public static IReadOnlyList<string>? FromFragment(string reference)
    {
        var fragment = reference.Substring(1);
        if (fragment.IndexOf('%') >= 0)
        {
            try
            {
                fragment = Uri.UnescapeDataString(fragment);
            }
            catch (UriFormatException)
            {
                return null;
            }
        }

        return Split(fragment);
    }

    /// <summary>The node <paramref name="tokens"/> lead to from <paramref name="root"/>, or null where one is missing.</summary>
    public static JsonNode? Resolve(JsonNode root, IEnumerable<string> tokens)
    {
        JsonNode? node = root;
        foreach (var token in tokens)
        {
            node = node switch
            {
                JsonObject obj => obj.TryGetPropertyValue(token, out var child) ? child : null,
                JsonArray array when int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < array.Count => array[index],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }
}
