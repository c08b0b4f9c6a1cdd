using System;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Documentation.Draft;

namespace SpecForge.Core.Documentation.Readers;

public sealed partial class ReferenceMarkdownReader
{
    /// <summary>
    /// Reads one parameter item, or text that is not one, and returns where the next item starts. Descriptions carry
    /// dashes, bold text, code spans and even line breaks, so only a new "- `name` (" ends an item.
    /// </summary>
    private int ReadParameterText(DraftOperation operation, int start, int end)
    {
        var next = FindParameterItem(start + 1, end);
        if (IsParameterItem(start, end))
        {
            ReadParameter(operation, start, next);
        }
        else
        {
            ReportIfText(start, next, $"Text in the parameter list of {operation.Method} {operation.RawPath}");
        }

        return next;
    }

    private int FindParameterItem(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (_text[i] == '-' && IsParameterItem(i, end))
            {
                return i;
            }
        }

        return end;
    }

    // "- `name` (" at the start of a token; the name may be "(body)" or "params.limit" but holds no backtick or line end.
    private bool IsParameterItem(int i, int end)
    {
        if (i >= end || _text[i] != '-' || !IsTokenStart(i) || i + 1 >= end || (_text[i + 1] != ' ' && _text[i + 1] != '\t'))
        {
            return false;
        }

        var open = SkipBlanks(i + 1, end);
        if (open >= end || _text[open] != '`')
        {
            return false;
        }

        var close = open + 1;
        while (close < end && _text[close] != '`' && _text[close] != '\n' && _text[close] != '\r')
        {
            close++;
        }

        if (close >= end || _text[close] != '`' || close == open + 1)
        {
            return false;
        }

        var paren = SkipBlanks(close + 1, end);
        return paren < end && _text[paren] == '(';
    }

    /// <summary>"- `name` (location, type[, required]): description"; the type may hold commas, braces and quotes.</summary>
    private void ReadParameter(DraftOperation operation, int start, int end)
    {
        var nameStart = _text.IndexOf('`', start) + 1;
        var nameEnd = _text.IndexOf('`', nameStart);
        var name = Slice(nameStart, nameEnd);
        var open = _text.IndexOf('(', nameEnd);
        var close = IndexOf(')', open + 1, end);
        var location = string.Empty;
        var type = string.Empty;
        var required = false;
        var problem = close < 0
            ? "has no ')' closing its '(location, type)'"
            : ReadParenthesis(open + 1, close, out location, out type, out required);
        if (problem is not null)
        {
            Report(
                DiagnosticCatalog.MarkdownParameterNotUnderstood,
                $"The parameter `{name}` of {operation.Method} {operation.RawPath} {problem}; it is skipped. Expected - `name` (location, type[, required]): description.",
                start);
            return;
        }

        var descriptionStart = close + 1 < end && _text[close + 1] == ':' ? close + 2 : close + 1;
        operation.Parameters.Add(new DraftParameter
        {
            Name = name,
            Location = location,
            TypeText = type,
            Required = required,
            Description = SliceOrNull(descriptionStart, end),
            Source = SourceAt(start),
            DescriptionSource = SourceAt(SkipWhiteSpace(descriptionStart, end)),
        });
    }

    private string? ReadParenthesis(int start, int end, out string location, out string type, out bool required)
    {
        location = type = string.Empty;
        required = false;
        var comma = IndexOf(',', start, end);
        if (comma < 0)
        {
            return "does not give both a location and a type";
        }

        location = Slice(start, comma);
        if (location.Length == 0 || !IsWord(location))
        {
            return $"has '{location}' where a location (path, query, header, body, ...) belongs";
        }

        var typeEnd = end;
        var lastComma = _text.LastIndexOf(',', end - 1, end - comma - 1);
        if (lastComma > comma)
        {
            var flag = Slice(lastComma + 1, end);
            if (flag.Equals("required", StringComparison.OrdinalIgnoreCase) || flag.Equals("optional", StringComparison.OrdinalIgnoreCase))
            {
                required = flag.Equals("required", StringComparison.OrdinalIgnoreCase);
                typeEnd = lastComma;
            }
        }

        type = Slice(comma + 1, typeEnd);
        if (type.Length == 0)
        {
            return "has no type";
        }

        // A '(' or a bare ':' means the ')' found belongs to the description: the item's own ')' is missing.
        return type.IndexOf('(') >= 0 || HasBareColon(type) ? "has no ')' closing its '(location, type)'" : null;
    }

    private static bool IsWord(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsLetter(c) && c != '-' && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    // Object shapes ("{ tags: object[] }") and quoted literals may hold colons; prose after a missing ')' does too.
    private static bool HasBareColon(string type)
    {
        var depth = 0;
        var quoted = false;
        foreach (var c in type)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && (c == '{' || c == '[' || c == '<'))
            {
                depth++;
            }
            else if (!quoted && (c == '}' || c == ']' || c == '>'))
            {
                depth--;
            }
            else if (!quoted && depth <= 0 && c == ':')
            {
                return true;
            }
        }

        return false;
    }
}
