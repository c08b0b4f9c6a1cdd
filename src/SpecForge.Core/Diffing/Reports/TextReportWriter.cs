using System.Collections.Generic;
using System.Linq;
using System.Text;
using SpecForge.Core.Diffing.Ignoring;

namespace SpecForge.Core.Diffing.Reports;

/// <summary>
/// The terminal format: the summary on the first line, the inputs, then every change worst level first as
/// <c>level rule-id  message</c> with an indented <c>old:</c>/<c>new:</c> line per side, then ignored changes, notes and
/// diagnostics. Plain text only; the CLI may colour the level words.
/// </summary>
internal static class TextReportWriter
{
    private const string Indent = "    ";

    public static string Write(DiffReport report, IReadOnlyList<IgnoredChange> ignored)
    {
        var text = new StringBuilder();
        text.Append(ReportText.Summary(report, ignored.Count)).Append('\n');
        text.Append("old: ").Append(report.OldPath).Append('\n');
        text.Append("new: ").Append(report.NewPath).Append(" (").Append(ReportText.KindName(report.Kind)).Append(")\n");
        if (report.Changes.Count == 0)
        {
            text.Append("\nNo changes.\n");
        }

        foreach (var level in ReportText.LevelsWorstFirst)
        {
            var changes = report.Changes.Where(c => c.Level == level).ToList();
            if (changes.Count > 0)
            {
                text.Append('\n');
                foreach (var change in changes)
                {
                    AppendChange(text, report, change);
                }
            }
        }

        if (ignored.Count > 0)
        {
            text.Append("\nIgnored:\n");
            foreach (var item in ignored)
            {
                AppendChange(text, report, item.Change);
                text.Append(Indent).Append("reason: ").Append(item.Reason).Append(" (ignore file line ").Append(ReportText.Number(item.Line)).Append(")\n");
            }
        }

        if (report.Notes.Count > 0)
        {
            text.Append("\nNotes:\n");
            foreach (var note in report.Notes)
            {
                text.Append("  - ").Append(note).Append('\n');
            }
        }

        if (report.Diagnostics.Count > 0)
        {
            text.Append("\nDiagnostics:\n");
            foreach (var diagnostic in report.Diagnostics)
            {
                text.Append("  ").Append(diagnostic).Append('\n');
            }
        }

        return text.ToString();
    }

    private static void AppendChange(StringBuilder text, DiffReport report, SpecChange change)
    {
        // Padding the level keeps rule ids in one column, which is what the eye scans in a long list.
        text.Append(ReportText.Name(change.Level).PadRight(8)).Append(' ').Append(change.RuleId).Append("  ").Append(OneLine(change.Message)).Append('\n');
        AppendLocation(text, "old", change.Old, report.OldPath);
        AppendLocation(text, "new", change.New, report.NewPath);
    }

    private static void AppendLocation(StringBuilder text, string side, ChangeLocation? location, string sidePath)
    {
        if (location is not null)
        {
            text.Append(Indent).Append(side).Append(": ").Append(ReportText.Position(location, sidePath)).Append(' ').Append(location.Pointer).Append('\n');
        }
    }

    private static string OneLine(string message) => message.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');
}
