using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace SpecForge.Tests.Shared;

/// <summary>
/// HTTP/1.1 over a plain socket, for the requests HttpClient refuses or rewrites: dot segments, broken chunked framing,
/// declared lengths that never arrive. Reads one response by its Content-Length, so a server that keeps the connection
/// open (or waits for a body that never comes) does not keep the test waiting.
/// </summary>
internal static class RawHttp
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>Sends <paramref name="head"/> (request line and headers; the blank line is added) and then <paramref name="body"/>.</summary>
    public static async Task<RawResponse> SendAsync(Uri server, string head, byte[]? body = null)
    {
        using var client = new TcpClient();
        using var timeout = new CancellationTokenSource(Patience);
        await client.ConnectAsync(server.Host, server.Port, timeout.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(head.TrimEnd('\r', '\n') + "\r\n\r\n"), timeout.Token);
        if (body is not null)
        {
            await stream.WriteAsync(body, timeout.Token);
        }

        return await ReadAsync(stream, timeout.Token);
    }

    /// <summary>
    /// Opens <paramref name="connections"/> connections at once, all kept open, then sends <paramref name="request"/>
    /// (request line and headers) on every one and returns each answer's status.
    /// </summary>
    public static async Task<int[]> FloodAsync(Uri server, int connections, string request)
    {
        const int connectBatch = 100;
        var clients = new TcpClient[connections];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            // Batches stay under the listen backlog, so no connection waits for a SYN retry.
            for (var start = 0; start < connections; start += connectBatch)
            {
                var batch = Math.Min(connectBatch, connections - start);
                await Task.WhenAll(System.Linq.Enumerable.Range(start, batch).Select(async i =>
                {
                    clients[i] = new TcpClient();
                    await clients[i].ConnectAsync(server.Host, server.Port, timeout.Token);
                }));
            }

            var bytes = Encoding.ASCII.GetBytes(request.TrimEnd('\r', '\n') + "\r\n\r\n");
            return await Task.WhenAll(clients.Select(async client =>
            {
                var stream = client.GetStream();
                await stream.WriteAsync(bytes, timeout.Token);
                return (await ReadAsync(stream, timeout.Token)).Status;
            }));
        }
        finally
        {
            foreach (var client in clients)
            {
                client?.Dispose();
            }
        }
    }

    /// <summary>Reads one response from <paramref name="stream"/>: up to the end of its Content-Length, else to the end of the stream.</summary>
    public static async Task<RawResponse> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var received = new MemoryStream();
        var chunk = new byte[8192];
        var headEnd = -1;
        long? length = null;
        while (true)
        {
            if (headEnd >= 0 && length is { } expected && received.Length - headEnd >= expected)
            {
                break;
            }

            int read;
            try
            {
                read = await stream.ReadAsync(chunk, cancellationToken);
            }
            catch (IOException) when (headEnd >= 0)
            {
                // A server that closes with request bytes unread resets the connection; what arrived before stands.
                break;
            }

            if (read == 0)
            {
                break;
            }

            received.Write(chunk, 0, read);
            if (headEnd < 0 && FindHeadEnd(received.GetBuffer(), (int)received.Length) is var end and >= 0)
            {
                headEnd = end;
                length = ContentLength(Encoding.Latin1.GetString(received.GetBuffer(), 0, headEnd));
            }
        }

        var bytes = received.ToArray();
        if (headEnd < 0)
        {
            throw new IOException("The connection closed before a complete response head: " + Encoding.Latin1.GetString(bytes));
        }

        var lines = Encoding.Latin1.GetString(bytes, 0, headEnd).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var status = int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < lines.Length; i++)
        {
            var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
            headers[lines[i][..colon].Trim()] = lines[i][(colon + 1)..].Trim();
        }

        var bodyLength = length is { } declared ? (int)Math.Min(declared, bytes.Length - headEnd) : bytes.Length - headEnd;
        return new RawResponse(status, headers, bytes.AsSpan(headEnd, bodyLength).ToArray());
    }

    // The index just past the blank line that ends the head, or -1.
    private static int FindHeadEnd(byte[] buffer, int count)
    {
        for (var i = 3; i < count; i++)
        {
            if (buffer[i - 3] == '\r' && buffer[i - 2] == '\n' && buffer[i - 1] == '\r' && buffer[i] == '\n')
            {
                return i + 1;
            }
        }

        return -1;
    }

    private static long? ContentLength(string head)
    {
        foreach (var line in head.Split("\r\n"))
        {
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                return long.Parse(line["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture);
            }
        }

        return null;
    }
}

/// <summary>One response as <see cref="RawHttp"/> read it.</summary>
internal sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string? ContentType => Headers.TryGetValue("Content-Type", out var value) ? value.Split(';')[0].Trim() : null;

    public string Text => Encoding.UTF8.GetString(Body);
}
