using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace SpecForge.Cli.Commands;

/// <summary>
/// One log line for each request Kestrel rejects before the mock sees it (431 for headers over its limit, 400 for a
/// malformed request line), so <c>specforge mock</c> logs every answer it gives, not only the engine's.
/// </summary>
internal sealed class KestrelRejectionLog(TextWriter log) : ILoggerProvider
{
    /// <summary>Where Kestrel reports bad requests, at Debug level, with the rejection as the exception.</summary>
    public const string Category = "Microsoft.AspNetCore.Server.Kestrel.BadRequests";

    // Enough for any burst of bad bodies; past it the marks are dropped, at worst logging a failure twice.
    private const int MaxMarks = 1024;

    private readonly ConcurrentDictionary<string, byte> _answeredByMock = new(StringComparer.Ordinal);

    public ILogger CreateLogger(string categoryName) =>
        string.Equals(categoryName, Category, StringComparison.Ordinal) ? new Rejections(this) : NullLogger.Instance;

    /// <summary>
    /// Notes that the mock already answered (and logged) a body Kestrel failed to read on this connection, so Kestrel's
    /// own report of that failure, which follows, is not logged as a second answer.
    /// </summary>
    public void AnsweredByMock(string connectionId)
    {
        if (_answeredByMock.Count >= MaxMarks)
        {
            _answeredByMock.Clear();
        }

        _answeredByMock[connectionId] = 0;
    }

    public void Dispose()
    {
    }

    private bool WasAnsweredByMock<TState>(TState state)
    {
        if (state is IEnumerable<KeyValuePair<string, object?>> values)
        {
            foreach (var value in values)
            {
                if (value.Key == "ConnectionId" && value.Value is string connectionId)
                {
                    return _answeredByMock.TryRemove(connectionId, out _);
                }
            }
        }

        return false;
    }

    private void Write(string line) => log.WriteLine(line);

    private sealed class Rejections(KestrelRejectionLog owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            // The category also reports connections that ended abnormally; only rejections were answered with a status.
            if (exception is BadHttpRequestException rejected && !owner.WasAnsweredByMock(state))
            {
                owner.Write($"{DateTime.Now:HH:mm:ss.fff} {rejected.StatusCode} rejected by Kestrel: {rejected.Message}");
            }
        }
    }
}
