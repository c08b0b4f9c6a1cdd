using System;
using System.Collections.Generic;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Documentation.Draft;

namespace SpecForge.Core.Documentation.Readers;

public sealed partial class ReferenceMarkdownReader
{
    private const string ScopesMarker = "**Scopes:**";
    private const string ParametersMarker = "Parameters:";

    private static readonly HashSet<string> HttpMethods = new(StringComparer.OrdinalIgnoreCase)
    {
        "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE",
    };

    private void ReadOperation(Block block, int end)
    {
        _inSectionIntro = false;
        var methodStart = SkipBlanks(block.BodyStart, end);
        var methodEnd = methodStart;
        while (methodEnd < end && char.IsLetter(_text[methodEnd]))
        {
            methodEnd++;
        }

        var pathStart = SkipBlanks(methodEnd, end);
        var pathEnd = SkipToken(pathStart, end);
        var method = _text.Substring(methodStart, methodEnd - methodStart);
        var path = _text.Substring(pathStart, pathEnd - pathStart);
        if (!HttpMethods.Contains(method) || pathStart == methodEnd || !IsPath(path))
        {
            var lineEnd = IndexOfNewline(block.Start, end);
            Report(
                DiagnosticCatalog.MarkdownHeadingNotUnderstood,
                $"The heading \"{Preview(block.Start, lineEnd >= 0 ? lineEnd : end)}\" is not '### METHOD /path'; the operation is skipped.",
                block.Start);
            _operation = null;
            _skippingOperation = true;
            return;
        }

        _operation = new DraftOperation
        {
            Method = method.ToUpperInvariant(),
            RawPath = path,
            Tag = _tag?.Name,
            Source = SourceAt(block.Start),
        };
        _draft.Operations.Add(_operation);
        _skippingOperation = false;
        _phase = OperationPhase.Description;
        ReadOperationText(_operation, pathEnd, end);
    }

    // Relative paths and absolute URLs are both kept verbatim; the normalizer strips hosts and repeated base paths.
    private static bool IsPath(string path) =>
        path.StartsWith("/", StringComparison.Ordinal)
        || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || path.StartsWith("http://", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reads text that belongs to the current operation: first its description, which ends at "**Scopes:**",
    /// "Parameters:" or the first fence; then the scope list and the parameter items. Called again for the text after
    /// each of the operation's fences, continuing where the previous call left off.
    /// </summary>
    private void ReadOperationText(DraftOperation operation, int start, int end)
    {
        var i = start;
        if (_phase == OperationPhase.Description)
        {
            var stop = FindOperationMarker(i, end, itemsToo: false);
            operation.Description = SliceOrNull(i, stop);
            ReadDescriptionFacts(operation);
            _phase = OperationPhase.Body;
            i = stop;
        }

        while ((i = SkipWhiteSpace(i, end)) < end)
        {
            if (_phase == OperationPhase.Parameters || IsParameterItem(i, end))
            {
                _phase = OperationPhase.Parameters;
                i = ReadParameterText(operation, i, end);
            }
            else if (At(i, ScopesMarker))
            {
                var stop = FindOperationMarker(i + ScopesMarker.Length, end, itemsToo: true);
                ReadScopes(operation, i + ScopesMarker.Length, stop);
                i = stop;
            }
            else if (At(i, ParametersMarker))
            {
                _phase = OperationPhase.Parameters;
                i += ParametersMarker.Length;
            }
            else
            {
                var stop = FindOperationMarker(i, end, itemsToo: true);
                ReportIfText(i, stop, $"Text under {operation.Method} {operation.RawPath}");
                i = stop;
            }
        }
    }

    private int FindOperationMarker(int start, int end, bool itemsToo)
    {
        for (var i = start; i < end; i++)
        {
            var c = _text[i];
            var isMarker = (c == '*' && At(i, ScopesMarker))
                || (c == 'P' && At(i, ParametersMarker) && IsTokenEnd(i + ParametersMarker.Length))
                || (itemsToo && c == '-' && IsParameterItem(i, end));
            if (isMarker && IsTokenStart(i))
            {
                return i;
            }
        }

        return end;
    }

    /// <summary>"`a:read`, `b:read` — _write_", or "_none_" for an operation that needs no scope.</summary>
    private void ReadScopes(DraftOperation operation, int start, int end)
    {
        var i = SkipWhiteSpace(start, end);
        if (At(i, "_none_"))
        {
            operation.ScopesNone = true;
            i = SkipWhiteSpace(i + "_none_".Length, end);
        }

        while (i < end && _text[i] == '`' && IndexOf('`', i + 1, end) is var close && close > 0)
        {
            if (SliceOrNull(i + 1, close) is { } scope)
            {
                operation.Scopes.Add(scope);
            }

            i = SkipWhiteSpace(close + 1, end);
            if (i < end && _text[i] == ',')
            {
                i = SkipWhiteSpace(i + 1, end);
            }
        }

        var mark = i;
        if (At(mark, "--"))
        {
            mark += 2;
        }
        else if (mark < end && (_text[mark] == '—' || _text[mark] == '–' || _text[mark] == '-'))
        {
            mark++;
        }

        mark = SkipWhiteSpace(mark, end);
        if (At(mark, "_write_"))
        {
            operation.IsWrite = true;
            i = mark + "_write_".Length;
        }

        ReportIfText(i, end, $"Text in the scope list of {operation.Method} {operation.RawPath}");
    }

    private void ReadFence(Block block, int end)
    {
        if (_operation is { } operation)
        {
            operation.Samples.Add(ReadSample(block));
            ReadOperationText(operation, block.End, end);
            return;
        }

        if (_skippingOperation)
        {
            return;
        }

        Report(DiagnosticCatalog.MarkdownSkipped, "A code fence outside any operation is skipped.", block.Start);
        if (_inSectionIntro && _tag is not null && SliceOrNull(block.End, end) is { } more)
        {
            _tag.Description = _tag.Description is null ? more : _tag.Description + "\n\n" + more;
        }
        else
        {
            ReportIfText(block.End, end, "Text outside any operation");
        }
    }

    /// <summary>
    /// The language is the first word after the backticks. With line breaks the code starts on the next line and keeps
    /// its indentation; in a collapsed file it starts at the first character after the language.
    /// </summary>
    private DraftCodeSample ReadSample(Block block)
    {
        var languageEnd = SkipToken(block.BodyStart, block.BodyEnd);
        var language = _text.Substring(block.BodyStart, languageEnd - block.BodyStart);
        var codeStart = SkipBlanks(languageEnd, block.BodyEnd);
        var onNextLine = true;
        if (At(codeStart, "\r\n"))
        {
            codeStart += 2;
        }
        else if (codeStart < block.BodyEnd && (_text[codeStart] == '\n' || _text[codeStart] == '\r'))
        {
            codeStart++;
        }
        else
        {
            onNextLine = false;
        }

        var code = codeStart < block.BodyEnd ? _text.Substring(codeStart, block.BodyEnd - codeStart) : string.Empty;
        code = onNextLine ? code.TrimEnd() : code.Trim();
        return new DraftCodeSample(language, code, SourceAt(block.Start));
    }
}
