using System;
using System.Linq;
using System.Text;

namespace SpecForge.Core.Documentation.Readers;

/// <summary>
/// A CommonMark code fence: an opening run of three or more backticks or tildes (indented at most three spaces), an
/// info string, and the lines up to a closing run of the same character at least as long, or the end of the text.
/// </summary>
internal sealed class MarkdownFence
{
    private MarkdownFence(int openingLine, int indent, string info, int bodyStart, int bodyEnd, bool isClosed)
    {
        OpeningLine = openingLine;
        Indent = indent;
        Info = info;
        BodyStart = bodyStart;
        BodyEnd = bodyEnd;
        IsClosed = isClosed;
    }

    /// <summary>The 0-based line of the opening run.</summary>
    public int OpeningLine { get; }

    /// <summary>The opening run's indentation, which CommonMark removes from every body line.</summary>
    public int Indent { get; }

    /// <summary>The info string after the opening run, trimmed.</summary>
    public string Info { get; }

    /// <summary>The 0-based first body line.</summary>
    public int BodyStart { get; }

    /// <summary>The 0-based line after the body: the closing run, or the line count when the fence is never closed.</summary>
    public int BodyEnd { get; }

    /// <summary>Whether a closing run ends the fence.</summary>
    public bool IsClosed { get; }

    /// <summary>The info string's first word, lower case (<c>yaml</c>, <c>bash</c>), or empty.</summary>
    public string Language => Info.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.ToLowerInvariant() ?? string.Empty;

    /// <summary>The fence starting at line <paramref name="index"/>, or null when that line opens none.</summary>
    public static MarkdownFence? At(SourceLines lines, int index)
    {
        var line = lines[index];
        var indent = 0;
        while (indent < line.Length && line[indent] == ' ')
        {
            indent++;
        }

        if (indent > 3 || indent >= line.Length || line[indent] is not ('`' or '~'))
        {
            return null;
        }

        var marker = line[indent];
        var run = 0;
        while (indent + run < line.Length && line[indent + run] == marker)
        {
            run++;
        }

        var info = line.Substring(indent + run).Trim();
        if (run < 3 || (marker == '`' && info.IndexOf('`') >= 0))
        {
            return null;
        }

        for (var k = index + 1; k < lines.Count; k++)
        {
            var candidate = lines[k].TrimStart(' ');
            if (lines[k].Length - candidate.Length <= 3 && candidate.Trim().Length >= run && candidate.Trim().All(c => c == marker))
            {
                return new MarkdownFence(index, indent, info, index + 1, k, isClosed: true);
            }
        }

        return new MarkdownFence(index, indent, info, index + 1, lines.Count, isClosed: false);
    }

    /// <summary>Whether the body is an OpenAPI or Swagger document, YAML or JSON.</summary>
    public bool HoldsOpenApi(SourceLines lines)
    {
        var body = Body(lines);
        return DocumentKinds.YamlRootKey.IsMatch(body)
            || (body.TrimStart().StartsWith("{", StringComparison.Ordinal) && DocumentKinds.JsonRootKey.IsMatch(body));
    }

    /// <summary>The body as CommonMark reads it: the fence's indentation removed from each line, line breaks as written.</summary>
    public string Body(SourceLines lines)
    {
        if (BodyEnd <= BodyStart)
        {
            return string.Empty;
        }

        if (Indent == 0)
        {
            return lines.Text.Substring(lines.StartOf(BodyStart), lines.EndOf(BodyEnd - 1) - lines.StartOf(BodyStart));
        }

        var body = new StringBuilder();
        for (var k = BodyStart; k < BodyEnd; k++)
        {
            var line = lines[k];
            var strip = 0;
            while (strip < Indent && strip < line.Length && line[strip] == ' ')
            {
                strip++;
            }

            body.Append(line, strip, line.Length - strip).Append(k + 1 < BodyEnd ? "\n" : string.Empty);
        }

        return body.ToString();
    }
}
