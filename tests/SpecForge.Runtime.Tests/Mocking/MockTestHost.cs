using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using SpecForge.Runtime.Mocking;
using SpecForge.Tests.Shared;

namespace SpecForge.Runtime.Tests.Mocking;

/// <summary>Builds engines from the hand-written fixtures and sends them requests in one line.</summary>
internal static class MockTestHost
{
    public static byte[] PetsSpec { get; } = File.ReadAllBytes(RepoPaths.InRepo("tests", "SpecForge.Runtime.Tests", "Fixtures", "Mocking", "pets.openapi.json"));

    public static MockEngine Pets(MockServerOptions? options = null) => MockEngine.Create(PetsSpec, options ?? new MockServerOptions());

    /// <summary>An engine for an inline document (single quotes stand for double quotes, to keep fixtures readable).</summary>
    public static MockEngine FromJson(string json, MockServerOptions? options = null) =>
        MockEngine.Create(Encoding.UTF8.GetBytes(json.Replace('\'', '"')), options ?? new MockServerOptions());

    public static MockResponse Send(
        this MockEngine engine,
        string method,
        string pathAndQuery,
        string? body = null,
        params (string Name, string Value)[] headers)
    {
        var question = pathAndQuery.IndexOf('?');
        var path = question < 0 ? pathAndQuery : pathAndQuery[..question];
        var query = question < 0 ? string.Empty : pathAndQuery[(question + 1)..];
        var headerMap = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers)
        {
            headerMap[name] = value;
        }

        if (body != null && !headerMap.ContainsKey("Content-Type"))
        {
            headerMap["Content-Type"] = "application/json";
        }

        return engine.Handle(new MockRequest(method, path, query, headerMap, body == null ? Array.Empty<byte>() : Encoding.UTF8.GetBytes(body)));
    }

    public static JsonElement Json(this MockResponse response)
    {
        using var document = JsonDocument.Parse(response.Body);
        return document.RootElement.Clone();
    }

    public static string Text(this MockResponse response) => Encoding.UTF8.GetString(response.Body);

    public static string? Header(this MockResponse response, string name) =>
        response.Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => (string?)h.Value).FirstOrDefault();

    /// <summary>The problem's errors as "path rule" strings, sorted, for exact comparisons.</summary>
    public static string[] ErrorKeys(this MockResponse response) =>
        response.Json().GetProperty("errors").EnumerateArray()
            .Select(e => e.GetProperty("path").GetString() + " " + e.GetProperty("rule").GetString())
            .OrderBy(k => k, StringComparer.Ordinal)
            .ToArray();
}
