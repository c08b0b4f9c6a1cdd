using System.Collections.Generic;
using System.Text;

namespace SpecForge.Client.Tests.Infrastructure;

/// <summary>One request as the <see cref="RecordingServer"/> received it.</summary>
/// <param name="Method">The HTTP method, upper case as sent.</param>
/// <param name="RawTarget">
/// The request target exactly as it appeared on the request line, escapes intact: the thing to assert URL encoding against,
/// because <paramref name="Path"/> has already been percent-decoded by the server.
/// </param>
/// <param name="Path">The decoded path.</param>
/// <param name="Query">The query string as sent (still encoded), without the leading '?'; empty when there was none.</param>
/// <param name="Headers">Every header, names case-insensitive, repeated values joined with ", ".</param>
/// <param name="Body">The body bytes; empty when there was none.</param>
public sealed record RecordedRequest(
    string Method,
    string RawTarget,
    string Path,
    string Query,
    IReadOnlyDictionary<string, string> Headers,
    byte[] Body)
{
    public string BodyText => Encoding.UTF8.GetString(Body);

    public string? ContentType => Header("Content-Type");

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
