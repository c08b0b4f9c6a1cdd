using System;
using System.Collections.Generic;
using System.Linq;

namespace SpecForge.Cli.Regen;

/// <summary>Which lines of an SDK surface appeared or disappeared, each member named with its type.</summary>
internal sealed record SurfaceDiff(IReadOnlyList<string> Added, IReadOnlyList<string> Removed)
{
    /// <summary>Compares two texts written by <see cref="SdkSurface.Describe"/>.</summary>
    public static SurfaceDiff Between(string? committed, string fresh)
    {
        var before = Qualified(committed ?? string.Empty);
        var after = Qualified(fresh);
        return new SurfaceDiff(after.Except(before).ToList(), before.Except(after).ToList());
    }

    // A member line alone ("public string Id { get; init; }") is ambiguous; prefixed by its type it says what changed.
    private static List<string> Qualified(string surface)
    {
        var lines = new List<string>();
        var type = string.Empty;
        foreach (var line in surface.Replace("\r\n", "\n").Split('\n').Where(l => l.Length > 0))
        {
            if (line.StartsWith("  ", StringComparison.Ordinal))
            {
                lines.Add(type + " :: " + line.Trim());
            }
            else
            {
                type = line;
                lines.Add(line);
            }
        }

        return lines;
    }
}
