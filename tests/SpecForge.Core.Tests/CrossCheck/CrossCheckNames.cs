using System.Globalization;

namespace SpecForge.Core.Tests.CrossCheck;

/// <summary>One spelling of operation keys and parameters for both readers, whose enums name them differently.</summary>
internal static class CrossCheckNames
{
    public const string FormData = "formData";

    /// <summary>"GET /pets/{id}".</summary>
    public static string Operation(string method, string path) => method.ToUpperInvariant() + " " + path;

    /// <summary>"id in path"; the location in the spec's own lower camel spelling ("Query" → "query").</summary>
    public static string Parameter(string? name, string? location)
    {
        var where = string.IsNullOrEmpty(location)
            ? "(no location)"
            : char.ToLower(location![0], CultureInfo.InvariantCulture) + location.Substring(1);
        return (name ?? "(no name)") + " in " + where;
    }
}
