using System;
using System.IO;

namespace SpecForge.Core.Reading;

/// <summary>The syntaxes an OpenAPI document can be written in.</summary>
public enum SpecFormat
{
    /// <summary>JSON.</summary>
    Json,

    /// <summary>YAML.</summary>
    Yaml,

    /// <summary>Not a format SpecForge reads as OpenAPI.</summary>
    Unsupported,
}

/// <summary>Decides a file's syntax from its extension.</summary>
public static class SpecFormats
{
    /// <summary>
    /// Parses <paramref name="text"/> as JSON or YAML by <paramref name="filePath"/>'s extension; an unknown extension
    /// is sniffed: JSON always starts with an object here, anything else is tried as YAML.
    /// </summary>
    public static ParsedTree Parse(string filePath, string text) => FromPath(filePath) switch
    {
        SpecFormat.Json => JsonTextParser.Parse(filePath, text),
        SpecFormat.Yaml => YamlTextParser.Parse(filePath, text),
        _ => text.TrimStart().StartsWith("{", StringComparison.Ordinal)
            ? JsonTextParser.Parse(filePath, text)
            : YamlTextParser.Parse(filePath, text),
    };

    /// <summary>The format of <paramref name="filePath"/> judged by its extension.</summary>
    public static SpecFormat FromPath(string filePath)
    {
        var extension = Path.GetExtension(filePath);
        if (string.Equals(extension, ".json", StringComparison.OrdinalIgnoreCase))
        {
            return SpecFormat.Json;
        }

        if (string.Equals(extension, ".yaml", StringComparison.OrdinalIgnoreCase)
            || string.Equals(extension, ".yml", StringComparison.OrdinalIgnoreCase))
        {
            return SpecFormat.Yaml;
        }

        return SpecFormat.Unsupported;
    }
}
