using System;
using System.IO;

namespace SpecForge.IntegrationTests.Infrastructure;

/// <summary>The specs under Fixtures/, as copied next to the test assembly.</summary>
internal static class FixtureFiles
{
    public const string Petstore = "petstore.yaml";
    public const string Inventory = "inventory.json";
    public const string Malformed = "malformed.yaml";
    public const string ClientOptionsTemplate = "templates/ClientOptions.sbncs";

    /// <summary>The line of the deliberate indentation error in malformed.yaml.</summary>
    public const int MalformedLine = 4;

    /// <summary>A line only the ClientOptions.sbncs override renders, proving the override was applied.</summary>
    public const string OverrideMarker = "// Rendered from the integration tests' ClientOptions.sbncs override.";

    public static string PathOf(string name) => Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
