using System.Collections.Generic;
using System.Linq;

namespace SpecForge.Core.Emitting.TemplateModels;

/// <summary>Builds complete, escaped XML doc comment lines (each starting with <c>///</c>) for templates to print as they are.</summary>
public sealed class DocComment
{
    private readonly List<string> _lines = new();

    /// <summary>Adds a <c>summary</c> element built from the non-empty texts, separated by a paragraph break.</summary>
    public DocComment Summary(params string?[] texts)
    {
        var paragraphs = texts.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct().ToList();
        if (paragraphs.Count == 0)
        {
            return this;
        }

        // One paragraph is an element like any other, so one line of it stays on the summary's line: every documented
        // member of a large spec pays two lines less.
        if (paragraphs.Count == 1)
        {
            return Element("<summary>", "</summary>", paragraphs[0]);
        }

        _lines.Add("/// <summary>");
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (i > 0)
            {
                _lines.Add("/// <para/>");
            }

            _lines.AddRange(CSharpText.DocLines(paragraphs[i]).Select(Prefix));
        }

        _lines.Add("/// </summary>");
        return this;
    }

    /// <summary>Adds an element such as <c>param</c> or <c>returns</c> when <paramref name="text"/> is not empty.</summary>
    public DocComment Element(string openTag, string closeTag, string? text)
    {
        var lines = CSharpText.DocLines(text);
        if (lines.Count == 0)
        {
            return this;
        }

        if (lines.Count == 1)
        {
            _lines.Add("/// " + openTag + lines[0] + closeTag);
            return this;
        }

        _lines.Add("/// " + openTag);
        _lines.AddRange(lines.Select(Prefix));
        _lines.Add("/// " + closeTag);
        return this;
    }

    /// <summary>Adds one finished line, such as an <c>inheritdoc</c> element.</summary>
    public DocComment Line(string line)
    {
        _lines.Add(line);
        return this;
    }

    /// <summary>Adds lines another <see cref="DocComment"/> finished.</summary>
    public DocComment Append(IEnumerable<string> lines)
    {
        _lines.AddRange(lines);
        return this;
    }

    /// <summary>Adds an <c>example</c> element with the JSON <paramref name="json"/> as code, when there is one.</summary>
    public DocComment Example(string? json) =>
        string.IsNullOrWhiteSpace(json) ? this : Element("<example><code>", "</code></example>", json);

    /// <summary>The finished lines.</summary>
    public IReadOnlyList<string> Lines => _lines;

    private static string Prefix(string line) => line.Length == 0 ? "///" : "/// " + line;
}
