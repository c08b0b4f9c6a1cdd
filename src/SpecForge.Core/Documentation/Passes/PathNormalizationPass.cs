using System;
using System.Linq;
using System.Text.RegularExpressions;
using SpecForge.Core.Documentation.Draft;

namespace SpecForge.Core.Documentation.Passes;

/// <summary>
/// Turns a heading's path as written into an OpenAPI path: no scheme or host, no query string, no repetition of the
/// base URL's path, Express-style <c>:id</c> variables as <c>{id}</c>. A query string's names become query parameters.
/// </summary>
public sealed class PathNormalizationPass : INormalizationPass
{
    private static readonly Regex ExpressVariable = new(@"(?<=/):([A-Za-z_][A-Za-z0-9_]*)", RegexOptions.CultureInvariant);
    private static readonly Regex PathVariable = new(@"\{([^{}]+)\}", RegexOptions.CultureInvariant);

    /// <inheritdoc/>
    public string Name => "paths";

    /// <inheritdoc/>
    public void Run(DraftApi api)
    {
        var server = api.Servers.FirstOrDefault();
        var basePath = BasePath(server);
        foreach (var operation in api.Operations)
        {
            using var site = operation.Processing();
            operation.ServerUrl = OwnServer(operation.RawPath, server);
            operation.Path = operation.ServerUrl is null
                ? Normalize(operation.RawPath, basePath, out var query)
                : Normalize(operation.RawPath, string.Empty, out query);
            operation.ServerUrl ??= ServerFromRawHttpSample(operation, server, basePath);
            foreach (var name in query)
            {
                if (!operation.Parameters.Any(p => p.Name == name && p.Location == "query"))
                {
                    operation.Parameters.Add(new DraftParameter
                    {
                        Name = name,
                        Location = "query",
                        TypeText = "string",
                        Description = "Named in the documented request line.",
                        Source = operation.Source,
                    });
                }
            }

            // OpenAPI requires every path variable to be declared; docs sometimes only show it in the heading.
            foreach (System.Text.RegularExpressions.Match variable in PathVariable.Matches(operation.Path))
            {
                var name = variable.Groups[1].Value;
                if (!operation.Parameters.Any(p => p.Name == name && p.Location == "path"))
                {
                    operation.Parameters.Insert(0, new DraftParameter
                    {
                        Name = name,
                        Location = "path",
                        TypeText = "string",
                        Required = true,
                        Description = "Named in the documented path.",
                        Source = operation.Source,
                    });
                }
            }
        }
    }

    /// <summary>The OpenAPI form of <paramref name="rawPath"/> under a server whose path is <paramref name="basePath"/>.</summary>
    public static string Normalize(string rawPath, string basePath, out string[] queryNames)
    {
        var path = rawPath.Trim();
        var schemeEnd = path.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd >= 0)
        {
            var pathStart = path.IndexOf('/', schemeEnd + 3);
            path = pathStart < 0 ? "/" : path.Substring(pathStart);
        }

        queryNames = Array.Empty<string>();
        var queryStart = path.IndexOf('?');
        if (queryStart >= 0)
        {
            queryNames = path.Substring(queryStart + 1)
                .Split(new[] { '&' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(pair => pair.Split('=')[0])
                .Where(name => name.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            path = path.Substring(0, queryStart);
        }

        path = "/" + path.Trim('/');
        path = StripBasePath(path, basePath);
        path = ExpressVariable.Replace(path, match => "{" + match.Groups[1].Value + "}");
        return path.Length > 1 ? path.TrimEnd('/') : path;
    }

    // "/api/v1/contacts" under base "/functions/v1/api/v1": the docs repeated the tail of the base path. A lone
    // segment ("/v1/...") is too common to mean that, unless it is the whole base path.
    private static string StripBasePath(string path, string basePath)
    {
        var baseSegments = basePath.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
        var segments = path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
        for (var start = 0; start < baseSegments.Length && (baseSegments.Length - start >= 2 || start == 0); start++)
        {
            var tail = baseSegments.Skip(start).ToArray();
            if (segments.Length > tail.Length && segments.Take(tail.Length).SequenceEqual(tail, StringComparer.Ordinal))
            {
                return "/" + string.Join("/", segments.Skip(tail.Length));
            }
        }

        return path;
    }

    // An absolute heading on another host ("POST https://x.supabase.co/functions/v1/upload") is served there.
    private static string? OwnServer(string rawPath, string? server)
    {
        if (!Uri.TryCreate(rawPath.Trim(), UriKind.Absolute, out var heading) || heading.Scheme is not ("http" or "https"))
        {
            return null;
        }

        var origin = heading.GetLeftPart(UriPartial.Authority);
        var apiOrigin = server is not null && Uri.TryCreate(server, UriKind.Absolute, out var api) ? api.GetLeftPart(UriPartial.Authority) : null;
        return string.Equals(origin, apiOrigin, StringComparison.OrdinalIgnoreCase) ? null : origin;
    }

    // A raw HTTP sample's request line ("POST /functions/v1/evie-grant") shows where the operation really lives when
    // the section sits outside the stated base path.
    private static string? ServerFromRawHttpSample(DraftOperation operation, string? server, string basePath)
    {
        var requestLine = operation.Samples
            .Select(s => Regex.Match(s.Text.TrimStart(), @"^(?:GET|POST|PUT|PATCH|DELETE)\s+(/[^\s?]*)", RegexOptions.CultureInvariant))
            .FirstOrDefault(m => m.Success);
        if (requestLine is null || server is null || !Uri.TryCreate(server, UriKind.Absolute, out var api))
        {
            return null;
        }

        var samplePath = requestLine.Groups[1].Value.TrimEnd('/');
        var operationPath = operation.Path!;
        if (samplePath == basePath + operationPath || !samplePath.EndsWith(operationPath, StringComparison.Ordinal) || samplePath.Length == operationPath.Length)
        {
            return null;
        }

        return api.GetLeftPart(UriPartial.Authority) + samplePath.Substring(0, samplePath.Length - operationPath.Length);
    }

    private static string BasePath(string? server)
    {
        if (server is null || !Uri.TryCreate(server.Replace("{", string.Empty).Replace("}", string.Empty), UriKind.Absolute, out var uri))
        {
            return string.Empty;
        }

        return uri.AbsolutePath.TrimEnd('/');
    }
}
