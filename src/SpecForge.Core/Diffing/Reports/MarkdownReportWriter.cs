using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using SpecForge.Core.Diffing.Ignoring;

namespace SpecForge.Core.Diffing.Reports;

/// <summary>
/// The pull-request comment format: a heading with the counts, notes as a blockquote, then one section per level
/// (Breaking, Warnings, Info) with a table per tag in order of first appearance (untagged changes last), the Info section
/// folded when long, ignored changes folded with their reasons, and diagnostics.
/// </summary>
internal static class MarkdownReportWriter
{
    /// <summary>Above this many info changes the section is folded, so breaking changes stay on the first screen.</summary>
    public const int InfoFoldThreshold = 10;

    private const string SharedSchemas = "Shared schemas";

    public static string Write(DiffReport report, IReadOnlyList<IgnoredChange> ignored)
    {
        var md = new StringBuilder();
        md.Append("## API diff: ").Append(ReportText.Summary(report, ignored.Count)).Append("\n\n");
        md.Append("Comparing ").Append(Code(report.OldPath)).Append(" (old) with ").Append(Code(report.NewPath))
            .Append(" (new), ").Append(ReportText.KindName(report.Kind)).Append(".\n");
        if (report.Notes.Count > 0)
        {
            md.Append('\n').Append(string.Join("\n>\n", report.Notes.Select(n => "> **Note:** " + Escape(n)))).Append('\n');
        }

        if (report.Changes.Count == 0)
        {
            md.Append("\nNo changes.\n");
        }

        foreach (var level in ReportText.LevelsWorstFirst)
        {
            var changes = report.Changes.Where(c => c.Level == level).ToList();
            if (changes.Count == 0)
            {
                continue;
            }

            var title = $"{Title(level)} ({ReportText.Number(changes.Count)})";
            var fold = level == ChangeLevel.Info && changes.Count > InfoFoldThreshold;
            md.Append('\n').Append(fold ? $"<details>\n<summary>{title}</summary>\n" : $"### {title}\n");
            foreach (var group in ByTag(changes, ReportText.UntaggedGroup(report.Kind)))
            {
                md.Append("\n#### ").Append(Escape(group.Key)).Append("\n\n| Rule | Change | Where |\n| --- | --- | --- |\n");
                foreach (var change in group)
                {
                    md.Append("| ").Append(Code(change.RuleId)).Append(" | ").Append(Escape(change.Message)).Append(" | ")
                        .Append(Where(change, report)).Append(" |\n");
                }
            }

            md.Append(fold ? "\n</details>\n" : string.Empty);
        }

        if (ignored.Count > 0)
        {
            md.Append("\n<details>\n<summary>Ignored (").Append(ReportText.Number(ignored.Count)).Append(")</summary>\n\n");
            md.Append("| Rule | Level | Change | Reason |\n| --- | --- | --- | --- |\n");
            foreach (var item in ignored)
            {
                md.Append("| ").Append(Code(item.Change.RuleId)).Append(" | ").Append(ReportText.Name(item.Change.Level)).Append(" | ")
                    .Append(Escape(item.Change.Message)).Append(" | ").Append(Escape(item.Reason)).Append(" (line ")
                    .Append(ReportText.Number(item.Line)).Append(") |\n");
            }

            md.Append("\n</details>\n");
        }

        if (report.Diagnostics.Count > 0)
        {
            md.Append("\n### Diagnostics\n\n");
            foreach (var d in report.Diagnostics)
            {
                var at = d.Line > 0 ? $"{d.FilePath}({ReportText.Number(d.Line)},{ReportText.Number(d.Column)})" : d.FilePath;
                md.Append("- **").Append(d.Severity.ToString().ToLowerInvariant()).Append("** ").Append(Code(d.Id)).Append(' ')
                    .Append(Code(at)).Append(": ").Append(Escape(d.Message)).Append('\n');
            }
        }

        return md.ToString();
    }

    /// <summary>
    /// Escapes text for a table cell: <c>|</c> would end the cell, <c>&lt;</c> and <c>&gt;</c> would be read as HTML,
    /// backticks, brackets and asterisks as markup; line breaks would end the row.
    /// </summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '\\' or '|' or '`' or '*' or '[' or ']' => "\\" + c,
                '\r' or '\n' => " ",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary>A code span that survives backticks in the text and stays inside a table cell.</summary>
    public static string Code(string text)
    {
        var body = text.Replace("|", "\\|").Replace('\n', ' ').Replace('\r', ' ');
        return body.IndexOf('`') >= 0 ? "`` " + body + " ``" : "`" + body + "`";
    }

    // A change inside a shared component has no tag of its own (it affects every operation using it), so those gather
    // under "Shared schemas" after the tags; document-wide changes come last.
    private static IEnumerable<IGrouping<string, SpecChange>> ByTag(IReadOnlyList<SpecChange> changes, string untagged)
    {
        var groups = changes.GroupBy(c => c.Tag ?? string.Empty, StringComparer.Ordinal).ToList();
        var tagged = groups.Where(g => g.Key.Length > 0);
        var rest = groups.Where(g => g.Key.Length == 0).SelectMany(g => g)
            .GroupBy(c => IsInComponents(c) ? SharedSchemas : untagged)
            .OrderBy(g => g.Key == SharedSchemas ? 0 : 1);
        return tagged.Concat(rest);
    }

    private static bool IsInComponents(SpecChange change) =>
        (change.Old ?? change.New)?.Pointer.StartsWith("/components/", StringComparison.Ordinal) == true;

    private static string Where(SpecChange change, DiffReport report)
    {
        var sides = new List<string>();
        if (change.Old is { } old)
        {
            sides.Add("old " + Code(old.Pointer) + " " + Escape(ReportText.Position(old, report.OldPath)));
        }

        if (change.New is { } @new)
        {
            sides.Add("new " + Code(@new.Pointer) + " " + Escape(ReportText.Position(@new, report.NewPath)));
        }

        return string.Join("<br>", sides);
    }

    private static string Title(ChangeLevel level) => level switch
    {
        ChangeLevel.Breaking => "Breaking",
        ChangeLevel.Warning => "Warnings",
        _ => "Info",
    };
}
