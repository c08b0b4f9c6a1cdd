using System;
using System.Linq;
using System.Text;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Documentation.Draft;

namespace SpecForge.Core.Documentation.Readers;

/// <summary>One pass over a rendered endpoint page: heading, code examples, then sections of fields.</summary>
internal sealed partial class RenderedPageParser
{
    private const string SkipLink = "Skip to main content";
    private const string IndexBoilerplate = "Documentation Index";

    private readonly string _filePath;
    private readonly SourceLines _lines;
    private readonly DraftApi _api = new();
    private readonly DraftOperation _operation = new();
    private string? _exampleStatus;
    private int _i;

    public RenderedPageParser(string filePath, SourceLines lines)
    {
        _filePath = filePath;
        _lines = lines;
    }

    public DraftApi Parse()
    {
        if (!ReadHeading())
        {
            return _api;
        }

        ReadExamples();
        while (_i < _lines.Count)
        {
            var line = _lines.Trimmed(_i);
            if (line.Length == 0)
            {
                _i++;
                continue;
            }

            if (SkipBoilerplate())
            {
                continue;
            }

            if (RenderedPageText.Sections.TryGetValue(line, out var section))
            {
                ReadSection(section, _i++);
                continue;
            }

            SkipBlock();
        }

        _api.Operations.Add(_operation);
        return _api;
    }

    // "POST" on a line, then "/", "api", "/", "v1", ... one segment per line (or whole "/api/v1" chunks), then the title.
    private bool ReadHeading()
    {
        var method = -1;
        for (var k = 0; k < _lines.Count && method < 0; k++)
        {
            var next = k + 1 < _lines.Count ? _lines.Trimmed(k + 1) : string.Empty;
            method = RenderedPageText.Methods.Contains(_lines.Trimmed(k)) && next.StartsWith("/", StringComparison.Ordinal) ? k : -1;
        }

        if (method < 0)
        {
            Report(DiagnosticCatalog.MarkdownHeadingNotUnderstood, "The page names no method and path (a line such as POST followed by the path), so it documents no operation.", SourcePosition.Start);
            return false;
        }

        for (_i = 0; _i < method;)
        {
            if (_lines.IsBlank(_i) || _lines.Trimmed(_i) == SkipLink)
            {
                _i++;
                continue;
            }

            SkipBlock(method);
        }

        var path = new StringBuilder();
        for (_i = method + 1; _i < _lines.Count; _i++)
        {
            var part = _lines.Trimmed(_i);
            var afterSlash = path.Length > 0 && path[path.Length - 1] == '/';
            if (part.Length == 0 || part.Any(char.IsWhiteSpace) || (!afterSlash && !part.StartsWith("/", StringComparison.Ordinal)))
            {
                break;
            }

            path.Append(part);
        }

        var at = _lines.PositionOfLine(method);
        _operation.Method = _lines.Trimmed(method);
        _operation.RawPath = path.ToString();
        _operation.Source = new SourceRef(_filePath, at.Line, at.Column);
        SkipBlank();
        if (_i < _lines.Count && !StartsExample(_lines.Trimmed(_i)) && !RenderedPageText.Sections.ContainsKey(_lines.Trimmed(_i)))
        {
            _operation.Summary = _lines.Trimmed(_i++);
        }

        return true;
    }

    // The right-hand panel: a request example (curl) and response examples, possibly under a status code tab.
    private void ReadExamples()
    {
        for (SkipBlank(); _i < _lines.Count; SkipBlank())
        {
            var line = _lines.Trimmed(_i);
            if (line == IndexBoilerplate || RenderedPageText.Sections.ContainsKey(line))
            {
                return;
            }

            if (RenderedPageText.IsStatus(line, out var status, out _))
            {
                _exampleStatus = status;
                _i++;
            }
            else if (StartsExample(line))
            {
                var isCurl = !(line[0] is '{' or '[');
                var closed = isCurl
                    ? RenderedPageText.TryFindCommandEnd(_lines, _i, out var end)
                    : RenderedPageText.TryFindJsonEnd(_lines, _i, out end);
                var at = _lines.PositionOfLine(_i);
                _operation.Samples.Add(new DraftCodeSample(isCurl ? "bash" : "json", Verbatim(_i, end), new SourceRef(_filePath, at.Line, at.Column), IsResponse: !isCurl));
                if (!closed)
                {
                    Report(DiagnosticCatalog.MarkdownSkipped, "This example breaks off at the end of the page; it is kept as far as it goes.", at);
                }

                _i = end + 1;
            }
            else
            {
                SkipBlock();
            }
        }
    }

    private static bool StartsExample(string line) =>
        line == "curl" || line.StartsWith("curl ", StringComparison.Ordinal) || line.StartsWith("{", StringComparison.Ordinal) || line.StartsWith("[", StringComparison.Ordinal);

    // "Documentation Index" and its two sentences pointing at llms.txt are site chrome, repeated on every page.
    private bool SkipBoilerplate()
    {
        if (_lines.Trimmed(_i) != IndexBoilerplate)
        {
            return false;
        }

        for (_i++; _i < _lines.Count; _i++)
        {
            var line = _lines.Trimmed(_i);
            if (line.Length > 0 && !line.StartsWith("Fetch the complete documentation index", StringComparison.Ordinal)
                && !line.StartsWith("Use this file to discover all available pages", StringComparison.Ordinal))
            {
                break;
            }
        }

        return true;
    }

    private void SkipBlank()
    {
        while (_i < _lines.Count && _lines.IsBlank(_i))
        {
            _i++;
        }
    }

    // Reports the lines up to the next blank line (or `limit`) as skipped, once.
    private void SkipBlock(int limit = int.MaxValue)
    {
        Report(DiagnosticCatalog.MarkdownSkipped, "This text is none of what a rendered endpoint page holds (method and path, title, examples, sections of fields); it is skipped.", _lines.PositionOfLine(_i));
        for (_i++; _i < _lines.Count && _i < limit && !_lines.IsBlank(_i); _i++)
        {
        }
    }

    private string Verbatim(int first, int last) =>
        _lines.Text.Substring(_lines.StartOf(first), _lines.EndOf(last) - _lines.StartOf(first));

    private void Report(string id, string message, SourcePosition at) =>
        _api.Diagnostics.Add(SpecDiagnostic.At(id, message, _filePath, at));
}
