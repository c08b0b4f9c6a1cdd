using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SpecForge.Core.Diffing.Reports;

/// <summary>The wording every format shares, so the three never disagree on counts or names.</summary>
internal static class ReportText
{
    /// <summary>Levels worst first, the order every format lists them in.</summary>
    public static IReadOnlyList<ChangeLevel> LevelsWorstFirst { get; } = new[] { ChangeLevel.Breaking, ChangeLevel.Warning, ChangeLevel.Info };

    /// <summary>"breaking", "warning" or "info", as the JSON and the text format write a level.</summary>
    public static string Name(ChangeLevel level) => level switch
    {
        ChangeLevel.Breaking => "breaking",
        ChangeLevel.Warning => "warning",
        _ => "info",
    };

    /// <summary>"2 breaking, 1 warning, 0 info", plus ", 3 ignored" when an ignore file acknowledged changes.</summary>
    public static string Summary(DiffReport report, int ignored)
    {
        var warnings = Count(report, ChangeLevel.Warning);
        var summary = $"{Number(Count(report, ChangeLevel.Breaking))} breaking, {Number(warnings)} {(warnings == 1 ? "warning" : "warnings")}, {Number(Count(report, ChangeLevel.Info))} info";
        return ignored > 0 ? summary + $", {Number(ignored)} ignored" : summary;
    }

    /// <summary>How many changes of <paramref name="level"/> the report has.</summary>
    public static int Count(DiffReport report, ChangeLevel level) => report.Changes.Count(c => c.Level == level);

    /// <summary>The file a location's line is in: its own file, else the side's input.</summary>
    public static string FileOf(ChangeLocation location, string sidePath) => location.File ?? sidePath;

    /// <summary>"file(12,5)" as compilers print a position, or just the file when the line is unknown.</summary>
    public static string Position(ChangeLocation location, string sidePath) =>
        location.Line > 0 ? $"{FileOf(location, sidePath)}({Number(location.Line)},{Number(location.Column)})" : FileOf(location, sidePath);

    /// <summary>"docs index" or "OpenAPI" for the heading of a report.</summary>
    public static string KindName(DiffInputKind kind) => kind == DiffInputKind.DocsIndex ? "docs index" : "OpenAPI";

    /// <summary>The group for changes without a tag: pages outside the API reference, or document-wide changes.</summary>
    public static string UntaggedGroup(DiffInputKind kind) => kind == DiffInputKind.DocsIndex ? "Other pages" : "(no tag)";

    /// <summary>An integer in the invariant culture.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
