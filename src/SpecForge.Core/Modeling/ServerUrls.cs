using System.Text.RegularExpressions;
using Microsoft.OpenApi;

namespace SpecForge.Core.Modeling;

/// <summary>Server URLs as a client should call them: variables at their defaults, no trailing slash.</summary>
internal static class ServerUrls
{
    private static readonly Regex Variable = new(@"\{([^{}]+)\}", RegexOptions.CultureInvariant);

    public static string? Resolve(OpenApiServer server)
    {
        if (server.Url is not { } url)
        {
            return null;
        }

        return Variable.Replace(url, match =>
            server.Variables is { } variables && variables.TryGetValue(match.Groups[1].Value, out var variable) && variable.Default is { } value
                ? value
                : match.Value).TrimEnd('/');
    }
}
