using System.IO;
using System.Linq;
using SpecForge.Core.Diffing;
using SpecForge.Core.Documentation.Readers;
using SpecForge.Tests.Shared;
using IndexModel = SpecForge.Core.Documentation.Readers.DocsIndex;

namespace SpecForge.Core.Tests.Diffing.DocsIndex;

/// <summary>The docs-index fixtures written for the diff tests, the Mindhunters seeds, and a compact form of a change to assert on.</summary>
internal static class DocsIndexFiles
{
    public static string FixturePath(string name) => RepoPaths.InRepo("tests", "SpecForge.Core.Tests", "Fixtures", "Diff", "DocsIndex", name);

    public static string SeedPath(string name) => RepoPaths.InRepo("specs", "mindhunters", name);

    public static IndexModel Fixture(string name) => Read(FixturePath(name));

    public static IndexModel Seed(string name) => Read(SeedPath(name));

    public static IndexModel Inline(string name, params string[] lines) => DocsIndexReader.Read(name, string.Join("\n", lines));

    /// <summary>"rule level tag old=pointer(line,col) new=pointer(line,col)", so a whole report is one readable assertion.</summary>
    public static string Compact(SpecChange change) =>
        $"{change.RuleId} {change.Level} {change.Tag ?? "-"} old={Where(change.Old)} new={Where(change.New)}";

    public static string[] Compact(System.Collections.Generic.IEnumerable<SpecChange> changes) => changes.Select(Compact).ToArray();

    private static string Where(ChangeLocation? location) =>
        location is null ? "-" : $"{location.Pointer}({location.Line},{location.Column})";

    private static IndexModel Read(string path) => DocsIndexReader.Read(path, File.ReadAllText(path));
}
