using System;
using System.Linq;
using System.Text.RegularExpressions;
using SpecForge.Core.Documentation.Draft;

namespace SpecForge.Core.Documentation.Passes;

/// <summary>
/// The request a documented sample shows, whatever its form: a curl command (<c>-d</c> payload, <c>-F</c> fields,
/// headers), a bare JSON body, or a raw HTTP request whose body follows its header lines. Docs tag all of these
/// as <c>bash</c>, so the form is read from the text.
/// </summary>
public sealed record RequestSample(DraftCodeSample Sample, string? Body, string? ContentType, CurlCommand? Curl)
{
    private static readonly Regex RawHttp = new(@"^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+/\S*", RegexOptions.CultureInvariant);
    private static readonly Regex ContentTypeHeader = new(@"Content-Type:\s*([\w.+-]+/[\w.+-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The first request sample of <paramref name="operation"/> that shows a request, or null.</summary>
    public static RequestSample? First(DraftOperation operation) =>
        operation.Samples.Where(s => !s.IsResponse).Select(Read).FirstOrDefault(r => r is not null);

    private static RequestSample? Read(DraftCodeSample sample)
    {
        var text = sample.Text.Trim();
        if (CurlCommand.Parse(text) is { } curl)
        {
            return new RequestSample(sample, curl.Data, ContentTypeOf(curl), curl);
        }

        if (text.StartsWith("{", StringComparison.Ordinal) || text.StartsWith("[", StringComparison.Ordinal))
        {
            return new RequestSample(sample, text, null, null);
        }

        if (RawHttp.IsMatch(text))
        {
            var bodyStart = text.IndexOfAny(new[] { '{', '[' });
            var contentType = ContentTypeHeader.Match(text) is { Success: true } header ? header.Groups[1].Value : null;
            return new RequestSample(sample, bodyStart < 0 ? null : text.Substring(bodyStart), contentType, null);
        }

        return null;
    }

    private static string? ContentTypeOf(CurlCommand curl) =>
        curl.Headers
            .Select(h => h.Split(new[] { ':' }, 2))
            .Where(p => p.Length == 2 && p[0].Trim().Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            .Select(p => p[1].Trim())
            .FirstOrDefault();
}
