using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using SpecForge.Core.Mocking;

namespace SpecForge.Cli.Commands;

/// <summary>Moves a Kestrel exchange into the mock engine's terms and back, as the generated <c>Map&lt;Base&gt;Mock</c> does.</summary>
internal static class MockHttpContext
{
    public static async Task<MockRequest> ToMockRequestAsync(HttpContext context)
    {
        var request = context.Request;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in request.Headers)
        {
            headers[header.Key] = string.Join(", ", header.Value.ToArray());
        }

        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, context.RequestAborted).ConfigureAwait(false);
        var query = request.QueryString.HasValue ? request.QueryString.Value!.Substring(1) : string.Empty;
        return new MockRequest(request.Method, RawPath(context), query, headers, body.ToArray());
    }

    public static async Task WriteAsync(MockResponse response, HttpContext context)
    {
        context.Response.StatusCode = response.Status;
        foreach (var header in response.Headers)
        {
            if (!header.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase) && !header.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Headers.Append(header.Key, header.Value);
            }
        }

        if (response.ContentType is not null)
        {
            context.Response.ContentType = response.ContentType;
        }

        if (response.Body.Length > 0)
        {
            context.Response.ContentLength = response.Body.Length;
            await context.Response.Body.WriteAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
        }
    }

    // The engine parses path parameters (label, matrix, ...) from the path as sent, still percent-encoded.
    private static string RawPath(HttpContext context)
    {
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(raw))
        {
            return context.Request.Path.ToUriComponent();
        }

        var queryStart = raw.IndexOf('?', StringComparison.Ordinal);
        return queryStart < 0 ? raw : raw.Substring(0, queryStart);
    }
}
