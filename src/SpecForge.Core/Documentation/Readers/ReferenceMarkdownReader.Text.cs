using System;
using System.Collections.Generic;
using System.Text;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Documentation.Draft;

namespace SpecForge.Core.Documentation.Readers;

public sealed partial class ReferenceMarkdownReader
{
    private const int PreviewLength = 60;

    // Markers only count where a token starts: "C#" or "a---b" inside prose are not headings or separators.
    private bool IsTokenStart(int i) => i == 0 || char.IsWhiteSpace(_text[i - 1]);

    private bool IsTokenEnd(int i) => i >= _text.Length || char.IsWhiteSpace(_text[i]);

    private bool At(int i, string marker) =>
        i + marker.Length <= _text.Length && string.CompareOrdinal(_text, i, marker, 0, marker.Length) == 0;

    private bool AtIgnoreCase(int i, string marker) =>
        i + marker.Length <= _text.Length && string.Compare(_text, i, marker, 0, marker.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private int SkipWhiteSpace(int i, int end)
    {
        while (i < end && char.IsWhiteSpace(_text[i]))
        {
            i++;
        }

        return i;
    }

    // Spaces and tabs only: used where a newline would end the construct (a heading, a fence's info string).
    private int SkipBlanks(int i, int end)
    {
        while (i < end && (_text[i] == ' ' || _text[i] == '\t'))
        {
            i++;
        }

        return i;
    }

    private int SkipToken(int i, int end)
    {
        while (i < end && !char.IsWhiteSpace(_text[i]))
        {
            i++;
        }

        return i;
    }

    private int IndexOfNewline(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (_text[i] == '\n' || _text[i] == '\r')
            {
                return i;
            }
        }

        return -1;
    }

    private int IndexOf(char c, int start, int end) => start < end ? _text.IndexOf(c, start, end - start) : -1;

    private string Slice(int start, int end) => end > start ? _text.Substring(start, end - start).Trim() : string.Empty;

    private string? SliceOrNull(int start, int end)
    {
        var text = Slice(start, end);
        return text.Length == 0 ? null : text;
    }

    private SourceRef SourceAt(int offset)
    {
        var position = _lines.PositionOf(offset);
        return new SourceRef(_file, position.Line, position.Column);
    }

    private void Report(string id, string message, int offset) =>
        _draft.Diagnostics.Add(SpecDiagnostic.At(id, message, _file, _lines.PositionOf(offset)));

    private void ReportIfText(int start, int end, string what)
    {
        var from = SkipWhiteSpace(start, end);
        if (from < end)
        {
            Report(DiagnosticCatalog.MarkdownSkipped, $"{what} is not part of the reference grammar and is skipped: \"{Preview(from, end)}\".", from);
        }
    }

    // One line of the offending text, whitespace folded, so a message stays readable for a collapsed file too.
    private string Preview(int start, int end)
    {
        var builder = new StringBuilder();
        var limit = Math.Min(end, _text.Length);
        for (var i = start; i < limit && builder.Length < PreviewLength; i++)
        {
            var c = _text[i];
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[builder.Length - 1] != ' ')
            {
                builder.Append(' ');
            }
        }

        var preview = builder.ToString().TrimEnd();
        return limit - start > PreviewLength ? preview + "..." : preview;
    }
}
