using System.Text.RegularExpressions;

namespace SpecForge.Core.Documentation.Passes;

/// <summary>
/// Phrases that say null is a meaningful value: "Pass null to clear", "Set to null to remove", "or null to unlink",
/// and "Null = manual send" (what null means, so it may be sent).
/// </summary>
internal static class Nullability
{
    private static readonly Regex NullTo = new(@"\bnull\s+to\s+(?:clear|remove|unassign|unlink|unfile|revert|reset|unset|detach)\b|\bnull\s*=\s*\w", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static bool Says(string text) => NullTo.IsMatch(text);
}
