using System.Collections.Generic;
using SpecForge.Core.Diagnostics;

namespace SpecForge.Core.Documentation.Readers;

public sealed partial class ReferenceMarkdownReader
{
    private const string BaseUrlMarker = "Base URL:";
    private const string AuthenticationMarker = "Authentication:";

    /// <summary>
    /// Reads what precedes the first section: the title, "Base URL:", "Authentication:" and any other text, which
    /// becomes the API's description. Without a title, loose text is not this grammar and is reported.
    /// </summary>
    private void ReadPreamble(int start, int end, bool hasTitle)
    {
        var i = start;
        if (hasTitle)
        {
            i = SkipBlanks(i, end);
            var lineEnd = IndexOfNewline(i, end);
            var marker = FindPreambleMarker(i, end);

            // A collapsed file has no line end after the title; the first "Base URL:" or "Authentication:" ends it.
            var titleEnd = lineEnd >= 0 && lineEnd < marker ? lineEnd : marker;
            _draft.Title = SliceOrNull(i, titleEnd);
            i = titleEnd;
        }

        var paragraphs = new List<string>();
        while (i < end)
        {
            var marker = FindPreambleMarker(i, end);
            if (SliceOrNull(i, marker) is { } text)
            {
                if (hasTitle)
                {
                    paragraphs.Add(text);
                }
                else
                {
                    ReportIfText(i, marker, "Text before the first section");
                }
            }

            if (marker >= end)
            {
                break;
            }

            i = At(marker, BaseUrlMarker)
                ? ReadBaseUrl(marker + BaseUrlMarker.Length, end)
                : ReadAuthentication(marker + AuthenticationMarker.Length, end);
        }

        if (paragraphs.Count > 0)
        {
            _draft.Description = string.Join("\n\n", paragraphs);
        }
    }

    private int FindPreambleMarker(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if ((_text[i] == 'B' || _text[i] == 'A') && IsTokenStart(i) && (At(i, BaseUrlMarker) || At(i, AuthenticationMarker)))
            {
                return i;
            }
        }

        return end;
    }

    // "Base URL: `https://...`"; a bare URL is taken up to the next whitespace, minus the sentence's full stop.
    private int ReadBaseUrl(int start, int end)
    {
        var i = SkipWhiteSpace(start, end);
        string url;
        int next;
        var close = i < end && _text[i] == '`' ? IndexOf('`', i + 1, end) : -1;
        if (close > 0)
        {
            url = Slice(i + 1, close);
            next = close + 1;
        }
        else
        {
            next = SkipToken(i, end);
            url = Slice(i, next).TrimEnd('.', ',', ';');
        }

        if (url.Length > 0)
        {
            _draft.Servers.Add(url);
        }
        else
        {
            Report(DiagnosticCatalog.MarkdownSkipped, "'Base URL:' is not followed by a URL.", start - BaseUrlMarker.Length);
        }

        return next;
    }

    /// <summary>
    /// "Authentication: `Authorization: Bearer ` (one API key per workspace)." keeps the code span and its parenthesised
    /// remark verbatim; the sentence's full stop ends it, because in a collapsed file the description follows directly.
    /// </summary>
    private int ReadAuthentication(int start, int end)
    {
        var i = SkipWhiteSpace(start, end);
        var close = i < end && _text[i] == '`' ? IndexOf('`', i + 1, end) : -1;
        int stop;
        if (close > 0)
        {
            stop = close + 1;
            var remark = SkipBlanks(stop, end);
            if (remark < end && _text[remark] == '(' && IndexOf(')', remark, end) is var closeRemark && closeRemark > 0)
            {
                stop = closeRemark + 1;
            }
        }
        else
        {
            stop = EndOfSentence(i, end);
        }

        _draft.AuthenticationText = SliceOrNull(i, stop);
        return stop < end && _text[stop] == '.' ? stop + 1 : stop;
    }

    // A line end, or a full stop followed by whitespace, whichever comes first.
    private int EndOfSentence(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (_text[i] == '\n' || _text[i] == '\r' || (_text[i] == '.' && IsTokenEnd(i + 1)))
            {
                return i;
            }
        }

        return end;
    }
}
