using System;
using System.Collections.Generic;
using System.Linq;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Documentation.Draft;

namespace SpecForge.Core.Documentation.Readers;

/// <summary>The sections of a rendered page ("Authorizations", "Path Parameters", "Body", "Response", ...).</summary>
internal sealed partial class RenderedPageParser
{
    private void ReadSection(string kind, int heading)
    {
        var fields = new List<DraftParameter>();
        var prose = new List<string>();
        string? mediaType = null, status = null;
        while (_i < _lines.Count)
        {
            var line = _lines.Trimmed(_i);
            if (line.Length == 0 || RenderedPageText.IsChildToggle(line))
            {
                _i++;
            }
            else if (RenderedPageText.Sections.ContainsKey(line))
            {
                break;
            }
            else if (line == IndexBoilerplate)
            {
                SkipBoilerplate();
            }
            else if (RenderedPageText.IsFieldStart(_lines, _i))
            {
                fields.Add(ReadField(kind));
            }
            else if (fields.Count == 0 && kind == "response" && RenderedPageText.IsStatus(line, out var code, out var media))
            {
                (status, mediaType) = (code, media ?? mediaType);
                _i++;
            }
            else if (fields.Count == 0 && kind is "body" or "response" && RenderedPageText.IsMediaType(line))
            {
                mediaType = line;
                _i++;
            }
            else if (fields.Count == 0 && kind == "response")
            {
                prose.Add(ReadParagraph());
            }
            else
            {
                SkipBlock();
            }
        }

        var at = _lines.PositionOfLine(heading);
        switch (kind)
        {
            case "auth":
                var texts = fields.Select(f => f.Description).Where(d => !string.IsNullOrEmpty(d)).ToList();
                _api.AuthenticationText = texts.Count > 0 ? string.Join("\n", texts) : _api.AuthenticationText;
                break;
            case "response":
                _operation.Responses.Add(new DraftResponse
                {
                    Status = status ?? _exampleStatus ?? "200",
                    Description = prose.Count > 0 ? string.Join("\n\n", prose) : null,
                    MediaType = mediaType,
                    ExampleText = _operation.Samples.FirstOrDefault(s => s.IsResponse)?.Text,
                    Source = new SourceRef(_filePath, at.Line, at.Column),
                });
                ReportResponseFields(fields);
                break;
            default:
                // The body's media type has no place of its own in the draft; form bodies are told apart by location.
                var form = kind == "body" && mediaType is not null
                    && (mediaType.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase)
                        || mediaType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase));
                foreach (var field in fields)
                {
                    field.Location = form && field.Location == "body" ? "form" : field.Location;
                    _operation.Parameters.Add(field);
                }

                break;
        }
    }

    // DraftResponse has no list of fields: they are read (so they are not mistaken for stray text) and named here.
    private void ReportResponseFields(List<DraftParameter> fields)
    {
        if (fields.Count == 0)
        {
            return;
        }

        var first = fields[0].Source!;
        _api.Diagnostics.Add(new SpecDiagnostic(
            DiagnosticCatalog.MarkdownSkipped,
            SpecSeverity.Info,
            $"The response fields ({string.Join(", ", fields.Select(f => f.Name))}) are not kept: the draft has no place for them; the response example carries their shape.",
            _filePath,
            first.Line,
            first.Column));
    }
}
