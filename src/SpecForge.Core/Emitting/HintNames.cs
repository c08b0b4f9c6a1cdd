using System.Collections.Generic;
using SpecForge.Core.Modeling;

namespace SpecForge.Core.Emitting;

/// <summary>
/// Keeps generated file names within what file systems accept (<see cref="NameLimits.FileNameBytes"/>). Type names are already bounded
/// (<see cref="NameLimits.TypeNameBytes"/>), so only a very long client name makes a hint name too long; it then keeps
/// its start and the <c>.g.cs</c> end with a hash of the whole name between, so names stay distinct and stable.
/// </summary>
internal sealed class HintNames
{
    private const string Extension = ".g.cs";

    /// <summary>The names that had to be shortened, as given.</summary>
    public List<string> Shortened { get; } = new();

    /// <summary><paramref name="hintName"/>, shortened when it is too long for a file name.</summary>
    public string Fit(string hintName)
    {
        if (NameLimits.Fits(hintName, NameLimits.FileNameBytes))
        {
            return hintName;
        }

        Shortened.Add(hintName);
        var stem = hintName.EndsWith(Extension, System.StringComparison.Ordinal) ? hintName.Substring(0, hintName.Length - Extension.Length) : hintName;
        return NameLimits.Shorten(stem, NameLimits.FileNameBytes - Extension.Length) + Extension;
    }
}
