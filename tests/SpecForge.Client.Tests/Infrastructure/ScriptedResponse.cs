using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SpecForge.Client.Tests.Infrastructure;

/// <summary>What the <see cref="RecordingServer"/> answers with.</summary>
public sealed record ScriptedResponse
{
    public int Status { get; init; }

    public string? ContentType { get; init; }

    public byte[] Body { get; init; } = Array.Empty<byte>();

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>How long the server waits before it answers at all (for timeouts); nothing by default.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>When set, the body goes out in these pieces with a flush between each, instead of <see cref="Body"/>.</summary>
    public IReadOnlyList<byte[]>? Chunks { get; init; }

    public static ScriptedResponse Json(int status, string json, string contentType = "application/json") =>
        new() { Status = status, ContentType = contentType, Body = Encoding.UTF8.GetBytes(json) };

    public static ScriptedResponse Text(int status, string text, string contentType = "text/plain; charset=utf-8") =>
        new() { Status = status, ContentType = contentType, Body = Encoding.UTF8.GetBytes(text) };

    public static ScriptedResponse Bytes(int status, byte[] body, string contentType = "application/octet-stream") =>
        new() { Status = status, ContentType = contentType, Body = body };

    public static ScriptedResponse Empty(int status) => new() { Status = status };

    /// <summary>For server-sent events and NDJSON: each chunk reaches the client separately.</summary>
    public static ScriptedResponse Chunked(int status, string contentType, params string[] chunks) =>
        new() { Status = status, ContentType = contentType, Chunks = chunks.Select(Encoding.UTF8.GetBytes).ToArray() };

    /// <summary>A copy that the server sends only after <paramref name="delay"/>.</summary>
    public ScriptedResponse After(TimeSpan delay) => this with { Delay = delay };

    /// <summary>A copy with one more response header, e.g. Location or X-Rate-Limit.</summary>
    public ScriptedResponse WithHeader(string name, string value) =>
        this with { Headers = new Dictionary<string, string>(Headers, StringComparer.OrdinalIgnoreCase) { [name] = value } };
}
