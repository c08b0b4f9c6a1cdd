using System;
using System.Collections.Generic;
using SpecForge.Core.Diffing.Ignoring;

namespace SpecForge.Core.Diffing.Reports;

/// <summary>The output formats of <c>specforge diff --format</c>.</summary>
public enum DiffFormat
{
    /// <summary>Plain text for a terminal: a summary line, then changes by level, worst first; no colours.</summary>
    Text,

    /// <summary>GitHub-flavoured markdown to paste as a pull-request comment, grouped by level and by tag.</summary>
    Markdown,

    /// <summary>A stable JSON document for tools; its shape is documented on <see cref="DiffReportWriter"/>.</summary>
    Json,
}

/// <summary>Writes a <see cref="DiffReport"/> (and the changes an ignore file acknowledged) in one of the formats.</summary>
/// <remarks>
/// The JSON shape, camelCase, levels and severities in lower case, absent values as <c>null</c>:
/// <code>
/// { "old": path, "new": path, "kind": "openApi" | "docsIndex",
///   "summary": { "breaking": n, "warning": n, "info": n, "ignored": n },
///   "changes": [ { "rule", "level", "message", "operation", "tag",
///                  "old": { "pointer", "file", "line", "column" } | null, "new": … | null } ],
///   "ignored": [ { …the change's members…, "reason", "ignoreLine" } ],
///   "notes": [ text ],
///   "diagnostics": [ { "id", "severity", "message", "file", "line", "column" } ] }
/// </code>
/// A location's <c>file</c> is the file its line is in: the side's input unless the change came from a markdown page.
/// </remarks>
public static class DiffReportWriter
{
    /// <summary>The text of <paramref name="report"/> in <paramref name="format"/>.</summary>
    public static string Write(DiffReport report, DiffFormat format, IReadOnlyList<IgnoredChange>? ignored = null)
    {
        var acknowledged = ignored ?? Array.Empty<IgnoredChange>();
        return format switch
        {
            DiffFormat.Markdown => MarkdownReportWriter.Write(report, acknowledged),
            DiffFormat.Json => JsonReportWriter.Write(report, acknowledged),
            _ => TextReportWriter.Write(report, acknowledged),
        };
    }
}
