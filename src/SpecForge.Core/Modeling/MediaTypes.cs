using System;
using System.Collections.Generic;
using System.Linq;

namespace SpecForge.Core.Modeling;

/// <summary>Chooses among the media types an operation offers and says how each is handled.</summary>
internal static class MediaTypes
{
    public static BodyKind KindOf(string mediaType)
    {
        var type = mediaType.Split(';')[0].Trim();
        if (type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
            || type.Equals("*/*", StringComparison.Ordinal))
        {
            return BodyKind.Json;
        }

        return type.StartsWith("text/", StringComparison.OrdinalIgnoreCase) ? BodyKind.Text : BodyKind.Binary;
    }

    /// <summary>Forms and multipart bodies are made of parts; every other non-JSON, non-text body is raw bytes.</summary>
    public static bool IsRawBytes(string mediaType)
    {
        var type = mediaType.Split(';')[0].Trim();
        return KindOf(type) == BodyKind.Binary
            && !type.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
            && !type.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>JSON first (it gives the richest types), then text, then whatever is listed first.</summary>
    public static string? Preferred(IEnumerable<string> mediaTypes)
    {
        var all = mediaTypes.ToList();
        return all.FirstOrDefault(m => KindOf(m) == BodyKind.Json && m != "*/*")
            ?? all.FirstOrDefault(m => KindOf(m) == BodyKind.Json)
            ?? all.FirstOrDefault(m => KindOf(m) == BodyKind.Text)
            ?? all.FirstOrDefault();
    }
}
