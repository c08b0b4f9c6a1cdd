using System.IO;
using System.Linq;
using SpecForge.Core.Documentation;
using SpecForge.Tests.Shared;

namespace SpecForge.Core.Tests.Diffing.OpenApi;

/// <summary>The per-rule fixture pairs under Fixtures/Diff/OpenApi/&lt;rule-id&gt;/, read from the source tree.</summary>
internal static class OpenApiDiffFixtures
{
    public static string Folder { get; } = RepoPaths.InRepo("tests", "SpecForge.Core.Tests", "Fixtures", "Diff", "OpenApi");

    /// <summary>Every fixture folder's name, which is the rule id it demonstrates.</summary>
    public static string[] RuleIds() =>
        Directory.GetDirectories(Folder).Select(Path.GetFileName).OfType<string>().OrderBy(n => n, System.StringComparer.Ordinal).ToArray();

    /// <summary>The old or new side of a fixture, whichever extension it was written in (YAML mostly, a few JSON).</summary>
    public static DocumentInput Load(string ruleId, string side)
    {
        var path = Directory.GetFiles(Path.Combine(Folder, ruleId), side + ".*").Single();
        return new DocumentInput(path, File.ReadAllText(path));
    }
}
