using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using SpecForge.Runtime.Mocking;

namespace SpecForge.Cli.Commands;

/// <summary>Moves a Kestrel exchange into the mock engine's terms and back, as the generated <c>Map&lt;Base&gt;Mock</c> does.</summary>
internal static class MockHttpContext
{
    /// <summary>
    /// The request as the engine saw it and its answer. A body over the engine's limit is a 413 and is not read further;
    /// one Kestrel cannot read (bad chunking) gets the 4xx Kestrel chose, as problem details like every other rejection.
    /// <c>KestrelReports</c> says Kestrel will log that same body failure itself once the exchange is over.
    /// </summary>
    public static async Task<(MockRequest Request, MockResponse Response, bool KestrelReports)> AnswerAsync(MockEngine engine, HttpContext context)
    {
        var request = context.Request;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in request.Headers)
        {
            headers[header.Key] = string.Join(", ", header.Value.ToArray());
        }

        // Kestrel parses chunked framing only as the body is read, so its complaints surface here, not before.
        byte[]? body = Array.Empty<byte>();
        (int Status, string Reason)? unreadable = null;
        var kestrelReports = false;
        try
        {
            body = await ReadBodyAsync(context, engine.Options.MaxRequestBodyBytes).ConfigureAwait(false);
        }
        catch (BadHttpRequestException exception)
        {
            unreadable = (exception.StatusCode, exception.Message);
            kestrelReports = true;
        }
        catch (IOException exception)
        {
            // A chunk size beyond int comes as an IOException (wrapping an OverflowException), not as a bad request;
            // a connection cut mid-body lands here too, and its 400 then goes nowhere.
            unreadable = (StatusCodes.Status400BadRequest, exception.Message);
        }

        // Kestrel reports a bad request exception itself, and a body left unread past its limit (the engine's) while
        // draining it; it says nothing of an overflowing chunk size.
        kestrelReports |= body is null;
        var query = request.QueryString.HasValue ? request.QueryString.Value!.Substring(1) : string.Empty;
        var mockRequest = new MockRequest(request.Method, RawPath(context), query, headers, body ?? Array.Empty<byte>());
        var response = unreadable is { } failure ? engine.BodyUnreadable(mockRequest, failure.Status, failure.Reason)
            : body is null ? engine.BodyTooLarge(mockRequest)
            : engine.Handle(mockRequest);
        return (mockRequest, response, kestrelReports);
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

    // The body, or null when it is longer than the limit; a declared length over it is not read at all. Kestrel's own
    // limit is set to the same number (MockCommand), so a chunked body over it fails the same way.
    private static async Task<byte[]?> ReadBodyAsync(HttpContext context, long limit)
    {
        var request = context.Request;
        if (request.ContentLength == 0 || (request.ContentLength is null && !request.Headers.ContainsKey("Transfer-Encoding")))
        {
            return Array.Empty<byte>();
        }

        return MockBodyReader.Exceeds(request.ContentLength, limit)
            ? null
            : await MockBodyReader.ReadAsync(request.Body, limit, context.RequestAborted).ConfigureAwait(false);
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
