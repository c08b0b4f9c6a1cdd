using System;
using System.Collections.Generic;
using System.Linq;

namespace SpecForge.Core.Modeling;

/// <summary>
/// Drops a tag's words from an operation name inside the tag's group, which already says them:
/// <c>GetMovieByMovieId</c> in <c>Movies</c> → <c>GetById</c>.
/// </summary>
internal static class TagWords
{
    // Left alone at the end, or alone, they read as half a name ("client.Movies.ListFor", "client.Movies.By").
    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "By", "For", "With", "Without", "Of", "In", "Into", "On", "At", "To", "From", "Via", "Per", "And", "Or",
    };

    /// <summary>
    /// <paramref name="name"/> without every whole-word run of <paramref name="tag"/>'s words, the run's last word in
    /// either number; null when no run is found or what is left would not name a method: nothing, a leading digit,
    /// only prepositions, or a preposition left dangling at the end.
    /// </summary>
    public static string? Strip(string name, string tag)
    {
        var words = PascalWords.Split(name);
        var tagWords = PascalWords.Split(tag);
        if (tagWords.Count == 0)
        {
            return null;
        }

        var kept = new List<string>(words.Count);
        for (var i = 0; i < words.Count;)
        {
            if (RunAt(words, i, tagWords))
            {
                i += tagWords.Count;
            }
            else
            {
                kept.Add(words[i++]);
            }
        }

        if (kept.Count == words.Count || kept.Count == 0 || char.IsDigit(kept[0][0]) || kept.All(Prepositions.Contains))
        {
            return null;
        }

        var leftDangling = Prepositions.Contains(kept[kept.Count - 1]) && !Prepositions.Contains(words[words.Count - 1]);
        return leftDangling ? null : string.Concat(kept);
    }

    // Whole words only, so "Moviegoer" keeps "Movie"; only the last word may differ in number ("PetStore" and
    // "PetStores"), as in English the plural is marked on the head noun.
    private static bool RunAt(List<string> words, int start, List<string> tagWords)
    {
        if (start + tagWords.Count > words.Count)
        {
            return false;
        }

        for (var i = 0; i < tagWords.Count; i++)
        {
            var word = words[start + i];
            var tagWord = tagWords[i];
            var matches = i == tagWords.Count - 1
                ? EnglishNouns.SameNoun(word, tagWord)
                : string.Equals(word, tagWord, StringComparison.OrdinalIgnoreCase);
            if (!matches)
            {
                return false;
            }
        }

        return true;
    }
}
