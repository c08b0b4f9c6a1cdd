namespace SpecForge.Core.Documentation.Readers;

/// <summary>
/// Finds the markers of a docs index in text that may be collapsed onto one line: headings (<c>#</c> runs followed by a
/// space) and entries (<c>- [</c>). A description ends at a line break or at the next marker.
/// </summary>
internal sealed class DocsIndexScanner
{
    private readonly string _t;

    public DocsIndexScanner(string text) => _t = text;

    /// <summary>One entry as far as it could be read: a null title or URL means the entry breaks off before it ends.</summary>
    public readonly record struct RawEntry(string? Title, string? Url, string? Description, int End);

    /// <summary>The offset of the next heading or entry at or after <paramref name="from"/>, or the text's length.</summary>
    public int NextMarker(int from)
    {
        for (var k = from; k < _t.Length; k++)
        {
            if (HeadingLevel(k) > 0 || IsEntry(k))
            {
                return k;
            }
        }

        return _t.Length;
    }

    /// <summary>
    /// The heading level at <paramref name="at"/>, or 0. A level-1 heading must start a line; deeper ones may stand
    /// anywhere after whitespace, as they do once an index is collapsed ("… workspace ## OpenAPI Specs - […").
    /// </summary>
    public int HeadingLevel(int at)
    {
        if (_t[at] != '#' || (at > 0 && !char.IsWhiteSpace(_t[at - 1])))
        {
            return 0;
        }

        var end = at;
        while (end < _t.Length && _t[end] == '#')
        {
            end++;
        }

        var level = end - at;
        var startsLine = at == 0 || _t[at - 1] is '\n' or '\r';
        var valid = level <= 6 && end < _t.Length && _t[end] is ' ' or '\t' && (level > 1 || startsLine);
        return valid ? level : 0;
    }

    /// <summary>Where the heading text or description that goes on after <paramref name="from"/> ends.</summary>
    public int EndOfRun(int from)
    {
        for (var k = from + 1; k < _t.Length; k++)
        {
            if (_t[k] is '\n' or '\r' || HeadingLevel(k) > 0 || IsEntry(k))
            {
                return k;
            }
        }

        return _t.Length;
    }

    /// <summary>Reads the entry whose list marker is at <paramref name="at"/>.</summary>
    public RawEntry ReadEntry(int at)
    {
        var open = _t.IndexOf('[', at);
        var close = Closing(open + 1, '[', ']');
        if (close < 0)
        {
            return new RawEntry(null, null, null, EndOfRun(at));
        }

        var title = _t.Substring(open + 1, close - open - 1);
        var urlClose = close + 1 < _t.Length && _t[close + 1] == '(' ? Closing(close + 2, '(', ')') : -1;
        if (urlClose < 0)
        {
            return new RawEntry(title, null, null, EndOfRun(at));
        }

        var url = _t.Substring(close + 2, urlClose - close - 2).Trim();
        var k = urlClose + 1;
        while (k < _t.Length && _t[k] is ' ' or '\t')
        {
            k++;
        }

        if (k >= _t.Length || _t[k] != ':')
        {
            return new RawEntry(title, url, null, k);
        }

        var end = EndOfRun(k);
        return new RawEntry(title, url, _t.Substring(k + 1, end - k - 1).Trim(), end);
    }

    // "- [" after whitespace starts an entry unless its bracket closes without a link, as in prose ("- [beta] only").
    private bool IsEntry(int at)
    {
        if (_t[at] is not ('-' or '*') || (at > 0 && !char.IsWhiteSpace(_t[at - 1])))
        {
            return false;
        }

        var k = at + 1;
        while (k < _t.Length && _t[k] is ' ' or '\t')
        {
            k++;
        }

        if (k == at + 1 || k >= _t.Length || _t[k] != '[')
        {
            return false;
        }

        var close = Closing(k + 1, '[', ']');
        return close < 0 || (close + 1 < _t.Length && _t[close + 1] == '(');
    }

    // The offset of the bracket closing one opened just before `from`, or -1 when a line break or the end comes first.
    private int Closing(int from, char opening, char closing)
    {
        var depth = 1;
        for (var k = from; k < _t.Length; k++)
        {
            var c = _t[k];
            if (c is '\n' or '\r' || (closing == ')' && c is ' ' or '\t'))
            {
                return -1;
            }

            depth += c == opening ? 1 : c == closing ? -1 : 0;
            if (depth == 0)
            {
                return k;
            }
        }

        return -1;
    }
}
