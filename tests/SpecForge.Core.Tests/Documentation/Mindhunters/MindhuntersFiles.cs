using System.IO;
using SpecForge.Tests.Shared;

namespace SpecForge.Core.Tests.Documentation.Mindhunters;

/// <summary>The small fixtures written for these tests, and the repository's copies of the Mindhunters seeds.</summary>
internal static class MindhuntersFiles
{
    public static (string Path, string Text) Fixture(string name) =>
        Load(RepoPaths.InRepo("tests", "SpecForge.Core.Tests", "Fixtures", "Markdown", "Mindhunters", name));

    public static (string Path, string Text) Seed(string name) => Load(RepoPaths.InRepo("specs", "mindhunters", name));

    private static (string Path, string Text) Load(string path) => (path, File.ReadAllText(path));
}
