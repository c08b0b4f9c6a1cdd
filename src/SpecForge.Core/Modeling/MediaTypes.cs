using System;
using System.Collections.Generic;
using System.Linq;

namespace SpecForge.Core.Modeling;

/// <summary>Chooses among the media types an operation offers and says how each is handled.</summary>
internal static class MediaTypes
{
    private static readonly string[] JsonLines = { "application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines" };

    public static BodyKind KindOf(string mediaType)
    {
        var type = mediaType.Split(';')[0].Trim();
        if (type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
            || type.Equals("*/*", StringComparison.Ordinal))
        {
            return BodyKind.Json;
        }

        if (JsonLines.Any(t => t.Equals(type, StringComparison.OrdinalIgnoreCase)))
        {
            return BodyKind.JsonLines;
        }

        if (type.Equals("text/event-stream", StringComparison.OrdinalIgnoreCase))
        {
            return BodyKind.ServerSentEvents;
        }

        if (type.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            return BodyKind.Form;
        }

        if (type.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            return BodyKind.Multipart;
        }

        return type.StartsWith("text/", StringComparison.OrdinalIgnoreCase) ? BodyKind.Text : BodyKind.Binary;
    }

    /// <summary>For requests: JSON first (it gives the richest types), then form, multipart, text, and whatever is listed first.</summary>
    public static string? PreferredRequest(IEnumerable<string> mediaTypes) =>
        Preferred(mediaTypes, BodyKind.Form, BodyKind.Multipart, BodyKind.Text);

    /// <summary>For responses: JSON first, then streams of items, text, and whatever is listed first.</summary>
    public static string? PreferredResponse(IEnumerable<string> mediaTypes) =>
        Preferred(mediaTypes, BodyKind.ServerSentEvents, BodyKind.JsonLines, BodyKind.Text);

    private static string? Preferred(IEnumerable<string> mediaTypes, params BodyKind[] order)
    {
        var all = mediaTypes.ToList();
        var json = all.FirstOrDefault(m => KindOf(m) == BodyKind.Json && m != "*/*") ?? all.FirstOrDefault(m => KindOf(m) == BodyKind.Json);
        return json
            ?? order.Select(kind => all.FirstOrDefault(m => KindOf(m) == kind)).FirstOrDefault(m => m is not null)
            ?? all.FirstOrDefault();
    }
}
