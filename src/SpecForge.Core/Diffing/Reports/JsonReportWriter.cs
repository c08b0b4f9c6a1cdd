using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SpecForge.Core.Diffing.Ignoring;

namespace SpecForge.Core.Diffing.Reports;

/// <summary>The tool format; its shape is documented on <see cref="DiffReportWriter"/> and is part of the CLI's contract.</summary>
internal static class JsonReportWriter
{
    // Relaxed escaping keeps "—", "…" and quotes readable; the output is never embedded in HTML.
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(DiffReport report, IReadOnlyList<IgnoredChange> ignored)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("old", report.OldPath);
            json.WriteString("new", report.NewPath);
            json.WriteString("kind", report.Kind == DiffInputKind.DocsIndex ? "docsIndex" : "openApi");
            json.WriteStartObject("summary");
            foreach (var level in ReportText.LevelsWorstFirst)
            {
                json.WriteNumber(ReportText.Name(level), ReportText.Count(report, level));
            }

            json.WriteNumber("ignored", ignored.Count);
            json.WriteEndObject();

            json.WriteStartArray("changes");
            foreach (var change in report.Changes)
            {
                json.WriteStartObject();
                WriteChange(json, change, report);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("ignored");
            foreach (var item in ignored)
            {
                json.WriteStartObject();
                WriteChange(json, item.Change, report);
                json.WriteString("reason", item.Reason);
                json.WriteNumber("ignoreLine", item.Line);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("notes");
            foreach (var note in report.Notes)
            {
                json.WriteStringValue(note);
            }

            json.WriteEndArray();
            json.WriteStartArray("diagnostics");
            foreach (var d in report.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("id", d.Id);
                json.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
                json.WriteString("message", d.Message);
                json.WriteString("file", d.FilePath);
                json.WriteNumber("line", d.Line);
                json.WriteNumber("column", d.Column);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        // Utf8JsonWriter 8 indents with the platform's line break; reports must be the same bytes on every OS.
        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    private static void WriteChange(Utf8JsonWriter json, SpecChange change, DiffReport report)
    {
        json.WriteString("rule", change.RuleId);
        json.WriteString("level", ReportText.Name(change.Level));
        json.WriteString("message", change.Message);
        WriteNullable(json, "operation", change.Operation);
        WriteNullable(json, "tag", change.Tag);
        WriteLocation(json, "old", change.Old, report.OldPath);
        WriteLocation(json, "new", change.New, report.NewPath);
    }

    private static void WriteLocation(Utf8JsonWriter json, string name, ChangeLocation? location, string sidePath)
    {
        if (location is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("pointer", location.Pointer);
        json.WriteString("file", ReportText.FileOf(location, sidePath));
        json.WriteNumber("line", location.Line);
        json.WriteNumber("column", location.Column);
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
