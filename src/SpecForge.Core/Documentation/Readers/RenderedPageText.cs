using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace SpecForge.Core.Documentation.Readers;

/// <summary>The line shapes of a rendered endpoint page, and where its multi-line code examples end.</summary>
internal static class RenderedPageText
{
    public const string Options = "Available options:";
    public const string Example = "Example:";

    public static readonly string[] Methods = { "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE" };

    /// <summary>Section headings, and the location their fields travel in ("auth" and "response" are not parameters).</summary>
    public static readonly IReadOnlyDictionary<string, string> Sections = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Authorizations"] = "auth",
        ["Headers"] = "header",
        ["Path Parameters"] = "path",
        ["Query Parameters"] = "query",
        ["Cookies"] = "cookie",
        ["Body"] = "body",
        ["Response"] = "response",
    };

    // The site renders schema keywords as these phrases on lines of their own, apart from the description.
    private static readonly string[] ConstraintPrefixes =
    {
        "Required string length:", "Required range:", "Required array length:", "Minimum string length:", "Maximum string length:",
        "Minimum length:", "Maximum length:", "Array length:", "Minimum:", "Maximum:", "Multiple of:", "Pattern:", "Allowed value:", "Allowed values:",
    };

    private static readonly string[] Attributes = { "required", "optional", "deprecated", "header", "query", "path", "cookie" };

    private static readonly Regex TypeLine = new(
        @"^[a-z][\w-]*(<[^<>]+>)?(\[\])*(\s*\|\s*[a-z][\w-]*(<[^<>]+>)?(\[\])*)*$", RegexOptions.CultureInvariant);

    private static readonly Regex StatusLine = new(@"^([1-5][0-9]{2})(?:\s*-\s*(\S+/\S+))?$", RegexOptions.CultureInvariant);

    private static readonly Regex MediaTypeLine = new(@"^[\w.+-]+/[\w.+*-]+(\s*;.*)?$", RegexOptions.CultureInvariant);

    public static bool IsAttribute(string line) => Attributes.Contains(line) || line.StartsWith("default:", StringComparison.OrdinalIgnoreCase);

    public static bool IsConstraint(string line) =>
        line.StartsWith(Options, StringComparison.Ordinal) || ConstraintPrefixes.Any(p => line.StartsWith(p, StringComparison.Ordinal));

    public static bool IsExample(string line) => line.StartsWith(Example, StringComparison.Ordinal);

    public static bool IsChildToggle(string line) => line is "Show child attributes" or "Hide child attributes";

    public static bool IsMediaType(string line) => MediaTypeLine.IsMatch(line);

    /// <summary>Whether <paramref name="line"/> is a status code, alone or as "201 - application/json".</summary>
    public static bool IsStatus(string line, out string status, out string? mediaType)
    {
        var match = StatusLine.Match(line);
        status = match.Success ? match.Groups[1].Value : string.Empty;
        mediaType = match.Success && match.Groups[2].Success ? match.Groups[2].Value : null;
        return match.Success;
    }

    /// <summary>Whether line <paramref name="index"/> starts a field: a name without spaces over a type line.</summary>
    public static bool IsFieldStart(SourceLines lines, int index)
    {
        if (index + 1 >= lines.Count)
        {
            return false;
        }

        var name = lines.Trimmed(index);
        var type = lines.Trimmed(index + 1);
        // A media type line ("application/json") stands right above the first body field and must not pass for a name.
        return name.Length > 0 && !name.Any(char.IsWhiteSpace) && name[0] is not ('{' or '[' or '"') && name.IndexOf('/') < 0 && !IsExample(name)
            && !Sections.ContainsKey(name) && !Attributes.Contains(name) && TypeLine.IsMatch(type) && !Attributes.Contains(type);
    }

    /// <summary>The last line of the JSON value starting on line <paramref name="start"/>; false when the text ends first.</summary>
    public static bool TryFindJsonEnd(SourceLines lines, int start, out int end)
    {
        var depth = 0;
        for (end = start; end < lines.Count; end++)
        {
            var inString = false;
            var escaped = false;
            foreach (var c in lines[end])
            {
                if (inString)
                {
                    inString = escaped || c != '"';
                    escaped = !escaped && c == '\\';
                    continue;
                }

                inString = c == '"';
                depth += c is '{' or '[' ? 1 : c is '}' or ']' ? -1 : 0;
                if (depth == 0 && c is '}' or ']')
                {
                    return true;
                }
            }
        }

        end = lines.Count - 1;
        return false;
    }

    /// <summary>The last line of the shell command starting on line <paramref name="start"/>: the first that ends outside quotes without a '\'.</summary>
    public static bool TryFindCommandEnd(SourceLines lines, int start, out int end)
    {
        bool single = false, dbl = false;
        for (end = start; end < lines.Count; end++)
        {
            var escaped = false;
            foreach (var c in lines[end])
            {
                if (escaped)
                {
                    escaped = false;
                }
                else if (single)
                {
                    single = c != '\'';
                }
                else if (c == '\\')
                {
                    escaped = true;
                }
                else if (c == '"')
                {
                    dbl = !dbl;
                }
                else if (c == '\'' && !dbl)
                {
                    single = true;
                }
            }

            if (!single && !dbl && !lines[end].TrimEnd().EndsWith("\\", StringComparison.Ordinal))
            {
                return true;
            }
        }

        end = lines.Count - 1;
        return false;
    }
}
