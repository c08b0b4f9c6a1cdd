using System;
using System.Collections.Generic;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Documentation.Draft;

namespace SpecForge.Core.Documentation.Readers;

/// <summary>The fields of a rendered page: name, type, attributes, description, constraint lines and example.</summary>
internal sealed partial class RenderedPageParser
{
    private DraftParameter ReadField(string kind)
    {
        var at = _lines.PositionOfLine(_i);
        var field = new DraftParameter
        {
            Name = _lines.Trimmed(_i),
            TypeText = _lines.Trimmed(_i + 1),
            Location = kind,
            Source = new SourceRef(_filePath, at.Line, at.Column),
        };

        for (_i += 2; _i < _lines.Count && RenderedPageText.IsAttribute(_lines.Trimmed(_i)); _i++)
        {
            var attribute = _lines.Trimmed(_i);
            if (attribute == "required")
            {
                field.Required = true;
            }
            else if (attribute is "header" or "query" or "path" or "cookie")
            {
                field.Location = attribute;
            }
            else if (attribute != "optional")
            {
                field.ConstraintTexts.Add(attribute);
            }
        }

        // Constraint lines and the example come after the description; prose after them belongs to something else.
        var paragraphs = new List<string>();
        var described = false;
        while (_i < _lines.Count)
        {
            var line = _lines.Trimmed(_i);
            if (line.Length == 0)
            {
                _i++;
            }
            else if (EndsField(_i))
            {
                break;
            }
            else if (line.StartsWith(RenderedPageText.Options, StringComparison.Ordinal))
            {
                field.ConstraintTexts.Add(ReadOptions());
                described = true;
            }
            else if (RenderedPageText.IsConstraint(line))
            {
                field.ConstraintTexts.Add(line);
                described = true;
                _i++;
            }
            else if (RenderedPageText.IsExample(line))
            {
                field.ExampleText = ReadExample() ?? field.ExampleText;
                described = true;
            }
            else if (!described)
            {
                paragraphs.Add(ReadParagraph());
            }
            else
            {
                break;
            }
        }

        field.Description = paragraphs.Count > 0 ? string.Join("\n\n", paragraphs) : null;
        return field;
    }

    // "Available options:" then one option per line, each but the last ending in a comma.
    private string ReadOptions()
    {
        var at = _lines.PositionOfLine(_i);
        var rest = _lines.Trimmed(_i++).Substring(RenderedPageText.Options.Length).Trim();
        var items = rest.Length > 0 ? new List<string> { rest } : new List<string>();
        var open = rest.Length == 0 || rest.EndsWith(",", StringComparison.Ordinal);
        while (open && _i < _lines.Count && !_lines.IsBlank(_i) && !EndsField(_i) && !RenderedPageText.IsExample(_lines.Trimmed(_i)))
        {
            var item = _lines.Trimmed(_i++);
            items.Add(item);
            open = item.EndsWith(",", StringComparison.Ordinal);
        }

        if (open)
        {
            Report(DiagnosticCatalog.MarkdownSkipped, "This list of available options breaks off (its last option ends with a comma, or there is none); it is kept as far as it goes.", at);
        }

        return (RenderedPageText.Options + " " + string.Join(" ", items)).TrimEnd();
    }

    // "Example:" then, after a blank line, the value: one line, or a JSON object or array over several.
    private string? ReadExample()
    {
        var at = _lines.PositionOfLine(_i);
        var rest = _lines.Trimmed(_i++).Substring(RenderedPageText.Example.Length).Trim();
        if (rest.Length > 0)
        {
            return rest;
        }

        SkipBlank();
        if (_i >= _lines.Count || EndsField(_i))
        {
            Report(DiagnosticCatalog.MarkdownSkipped, "'Example:' is followed by no value; the field keeps no example.", at);
            return null;
        }

        var first = _lines.Trimmed(_i);
        if (first[0] is not ('{' or '['))
        {
            _i++;
            return first;
        }

        var closed = RenderedPageText.TryFindJsonEnd(_lines, _i, out var end);
        var text = Verbatim(_i, end);
        if (!closed)
        {
            Report(DiagnosticCatalog.MarkdownSkipped, "This example breaks off at the end of the page; it is kept as far as it goes.", _lines.PositionOfLine(_i));
        }

        _i = end + 1;
        return text;
    }

    private string ReadParagraph()
    {
        var text = new List<string>();
        do
        {
            text.Add(_lines.Trimmed(_i++));
        }
        while (_i < _lines.Count && !_lines.IsBlank(_i) && !EndsField(_i)
            && !RenderedPageText.IsConstraint(_lines.Trimmed(_i)) && !RenderedPageText.IsExample(_lines.Trimmed(_i)));

        return string.Join("\n", text);
    }

    private bool EndsField(int index)
    {
        var line = _lines.Trimmed(index);
        return RenderedPageText.Sections.ContainsKey(line) || line == IndexBoilerplate || RenderedPageText.IsChildToggle(line)
            || RenderedPageText.IsFieldStart(_lines, index);
    }
}
