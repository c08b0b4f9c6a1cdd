// Shared runtime: the base paths of the document's servers. Paths are served at the root, but a client that keeps
// a server's base path (or an operation with its own absolute server) sends /base/path; those still find their route.
namespace SpecForge.Runtime.Mocking
{
    using System;
    using System.Collections.Generic;
    using System.Text.Json;

    internal static class MockServerPaths
    {
        /// <summary>Every non-empty server base path (document, path item and operation level), longest first.</summary>
        public static List<string> Collect(JsonElement root)
        {
            var found = new HashSet<string>(StringComparer.Ordinal);
            AddServers(MockDocument.Get(root, "servers"), found);
            var paths = MockDocument.Get(root, "paths");
            if (paths.ValueKind == JsonValueKind.Object)
            {
                foreach (var path in paths.EnumerateObject())
                {
                    if (path.Value.ValueKind != JsonValueKind.Object)
                    {
                        continue;
                    }

                    AddServers(MockDocument.Get(path.Value, "servers"), found);
                    foreach (var member in path.Value.EnumerateObject())
                    {
                        if (member.Value.ValueKind == JsonValueKind.Object)
                        {
                            AddServers(MockDocument.Get(member.Value, "servers"), found);
                        }
                    }
                }
            }

            var result = new List<string>(found);
            result.Sort((left, right) => right.Length != left.Length ? right.Length - left.Length : string.CompareOrdinal(left, right));
            return result;
        }

        /// <summary>The path without the first server base path it starts with, or null when none matches.</summary>
        public static string? Strip(string rawPath, List<string> basePaths)
        {
            foreach (var basePath in basePaths)
            {
                if (rawPath.Length > basePath.Length
                    && rawPath[basePath.Length] == '/'
                    && rawPath.StartsWith(basePath, StringComparison.OrdinalIgnoreCase))
                {
                    return rawPath.Substring(basePath.Length);
                }
            }

            return null;
        }

        private static void AddServers(JsonElement servers, HashSet<string> found)
        {
            if (servers.ValueKind != JsonValueKind.Array)
            {
                return;
            }

            foreach (var server in servers.EnumerateArray())
            {
                if (BasePath(MockDocument.GetString(server, "url")) is string basePath)
                {
                    found.Add(basePath);
                }
            }
        }

        // Templated servers ({region}) are skipped: their base path is not one fixed string.
        private static string? BasePath(string? url)
        {
            if (url == null || url.IndexOf('{') >= 0)
            {
                return null;
            }

            var scheme = url.IndexOf("://", StringComparison.Ordinal);
            var start = scheme < 0 ? 0 : url.IndexOf('/', scheme + 3);
            if (start < 0)
            {
                return null;
            }

            var path = url.Substring(start).TrimEnd('/');
            return path.Length > 0 && path[0] == '/' ? path : null;
        }
    }
}
