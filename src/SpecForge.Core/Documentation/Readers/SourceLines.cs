using System.Collections.Generic;
using SpecForge.Core.Diagnostics;

namespace SpecForge.Core.Documentation.Readers;

/// <summary>
/// A documentation file split into lines, with offsets, so readers can report 1-based positions in the file they read.
/// "\r\n", "\n" and a lone "\r" all end a line, as they do for YamlDotNet, so positions inside an embedded YAML block agree.
/// </summary>
internal sealed class SourceLines
{
    private static readonly char[] LineBreaks = { '\n', '\r' };

    private readonly List<int> _starts = new();
    private readonly List<int> _ends = new();

    public SourceLines(string text)
    {
        // Editors do not count a byte order mark as a column; dropping it keeps line 1 aligned with what users see.
        Text = text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;
        var start = 0;
        for (var i = Text.IndexOfAny(LineBreaks); i >= 0; i = Text.IndexOfAny(LineBreaks, start))
        {
            _starts.Add(start);
            _ends.Add(i);
            if (Text[i] == '\r' && i + 1 < Text.Length && Text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        _starts.Add(start);
        _ends.Add(Text.Length);
    }

    /// <summary>The text the offsets refer to (without a byte order mark).</summary>
    public string Text { get; }

    /// <summary>How many lines there are; an empty text has one empty line.</summary>
    public int Count => _starts.Count;

    /// <summary>Line <paramref name="index"/> (0-based) without its line break.</summary>
    public string this[int index] => Text.Substring(_starts[index], _ends[index] - _starts[index]);

    /// <summary>The offset of the first character of line <paramref name="index"/>.</summary>
    public int StartOf(int index) => _starts[index];

    /// <summary>The offset just past the last character of line <paramref name="index"/>, before its line break.</summary>
    public int EndOf(int index) => _ends[index];

    /// <summary>Line <paramref name="index"/> with surrounding whitespace removed.</summary>
    public string Trimmed(int index) => this[index].Trim();

    /// <summary>Whether line <paramref name="index"/> holds only whitespace.</summary>
    public bool IsBlank(int index) => Trimmed(index).Length == 0;

    /// <summary>The 1-based position of the first non-blank character of line <paramref name="index"/> (column 1 on a blank line).</summary>
    public SourcePosition PositionOfLine(int index)
    {
        var line = this[index];
        var column = 0;
        while (column < line.Length && char.IsWhiteSpace(line[column]))
        {
            column++;
        }

        return new SourcePosition(index + 1, column < line.Length ? column + 1 : 1);
    }

    /// <summary>The 1-based position of character <paramref name="offset"/>; the end of the text is a valid offset.</summary>
    public SourcePosition PositionOf(int offset)
    {
        int low = 0, high = _starts.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (_starts[middle] <= offset)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return new SourcePosition(low + 1, offset - _starts[low] + 1);
    }
}
