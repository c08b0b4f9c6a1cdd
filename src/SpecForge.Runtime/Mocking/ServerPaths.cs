// Shared runtime: the base paths of the document's servers. Paths are served at the root, but a client that keeps
// a server's base path (or an operation with its own absolute server) sends /base/path; those still find their route.
namespace SpecForge.Runtime.Mocking
{
    using System;
    using System.Collections.Generic;
    using System.Text.Json;

    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static class MockServerPaths
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
                foreach (var url in Expansions(server))
                {
                    if (BasePath(url) is string basePath)
                    {
                        found.Add(basePath);
                    }
                }
            }
        }

        // A templated server ({version}) with its variables at their defaults, and with each listed value of one
        // variable at a time (not every combination, which grows without bound): what a generated client sends.
        private static List<string> Expansions(JsonElement server)
        {
            var url = MockDocument.GetString(server, "url");
            var result = new List<string>();
            if (url == null)
            {
                return result;
            }

            var variables = MockDocument.Get(server, "variables");
            if (url.IndexOf('{') < 0 || variables.ValueKind != JsonValueKind.Object)
            {
                result.Add(url);
                return result;
            }

            var defaults = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var variable in variables.EnumerateObject())
            {
                if (MockDocument.GetString(variable.Value, "default") is string value)
                {
                    defaults[variable.Name] = value;
                }
            }

            result.Add(Substitute(url, defaults));
            foreach (var variable in variables.EnumerateObject())
            {
                var listed = MockDocument.Get(variable.Value, "enum");
                if (listed.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                foreach (var item in listed.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String)
                    {
                        var values = new Dictionary<string, string>(defaults, StringComparer.Ordinal) { [variable.Name] = item.GetString() ?? string.Empty };
                        result.Add(Substitute(url, values));
                    }
                }
            }

            return result;
        }

        private static string Substitute(string url, Dictionary<string, string> values)
        {
            foreach (var value in values)
            {
                url = url.Replace("{" + value.Key + "}", Uri.EscapeDataString(value.Value));
            }

            return url;
        }

        // A variable without a default is left in the URL, which then has no one fixed base path.
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
