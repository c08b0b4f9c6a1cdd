using System;
using System.Collections.Generic;

namespace SpecForge.Core.Modeling;

/// <summary>
/// Tells whether two words are one noun in either number (<c>Movie</c>/<c>Movies</c>, <c>Category</c>/<c>Categories</c>,
/// <c>Box</c>/<c>Boxes</c>, <c>Person</c>/<c>People</c>), so a tag and an operation name can differ in number.
/// </summary>
/// <remarks>
/// A plural's ending is ambiguous in English (<c>Movies</c> is <c>Movie</c> + s, <c>Categories</c> is <c>Category</c>
/// with -ies; <c>Boxes</c> drops -es, <c>Horses</c> only -s), so a word has every singular its ending allows and two
/// words are the same noun when they share one. A reading that is not a word (<c>Movy</c>, <c>Hors</c>) matches
/// nothing an API would name.
/// </remarks>
internal static class EnglishNouns
{
    // Only the irregular plurals API tags use; anything else falls to the regular endings.
    private static readonly Dictionary<string, string> IrregularPlurals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["People"] = "Person",
        ["Children"] = "Child",
        ["Men"] = "Man",
        ["Women"] = "Woman",
        ["Mice"] = "Mouse",
        ["Geese"] = "Goose",
        ["Feet"] = "Foot",
        ["Teeth"] = "Tooth",
    };

    // Words ending in s that are already singular (or the same in both numbers): cutting them would match "New" to
    // "News" or "Serie" to "Series".
    private static readonly HashSet<string> Uncountable = new(StringComparer.OrdinalIgnoreCase)
    {
        "News", "Series", "Species", "Means", "Alias", "Canvas", "Gas", "Bias", "Analysis", "Basis", "Axis", "Thesis",
    };

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> are one noun, in the same or either number.</summary>
    public static bool SameNoun(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var readings = new HashSet<string>(Singulars(a), StringComparer.OrdinalIgnoreCase);
        return readings.Overlaps(Singulars(b));
    }

    /// <summary>The word itself and each singular its ending allows, in that order.</summary>
    public static IReadOnlyList<string> Singulars(string word)
    {
        var readings = new List<string> { word };
        if (IrregularPlurals.TryGetValue(word, out var irregular))
        {
            readings.Add(irregular);
            return readings;
        }

        if (Uncountable.Contains(word) || EndsWith(word, "ss") || EndsWith(word, "us") || !EndsWith(word, "s"))
        {
            return readings;
        }

        if (EndsWith(word, "ies"))
        {
            Add(readings, word.Substring(0, word.Length - 3) + "y");
        }

        if (EndsWith(word, "ses") || EndsWith(word, "xes") || EndsWith(word, "zes") || EndsWith(word, "ches") || EndsWith(word, "shes"))
        {
            Add(readings, word.Substring(0, word.Length - 2));
        }

        Add(readings, word.Substring(0, word.Length - 1));
        return readings;
    }

    // A one-letter stem ("Us" → "U") is no noun; keeping it out keeps "Is" and "As" from matching anything.
    private static void Add(List<string> readings, string singular)
    {
        if (singular.Length >= 2)
        {
            readings.Add(singular);
        }
    }

    private static bool EndsWith(string word, string ending) => word.EndsWith(ending, StringComparison.OrdinalIgnoreCase);
}
