using System.Collections.Generic;
using System.Text;

namespace SpecForge.Core.Modeling;

/// <summary>Splits an identifier into its words, where a tag word can be found in an operation's name.</summary>
internal static class PascalWords
{
    /// <summary>
    /// "GetPetByID" → Get, Pet, By, ID; "Http2Settings" → Http2, Settings; "ListURLs" → List, URLs;
    /// "AuthOAuth" → Auth, OAuth.
    /// </summary>
    public static List<string> Split(string identifier)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < identifier.Length; i++)
        {
            var c = identifier[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush();
                continue;
            }

            var startsWord = char.IsUpper(c) && current.Length > 0 && !IsLoneCapital(current)
                && (!char.IsUpper(identifier[i - 1]) || (NextIsLower(identifier, i) && !IsAcronymPlural(identifier, i)));
            if (startsWord)
            {
                Flush();
            }

            current.Append(c);
        }

        Flush();
        return words;

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }

    // A capital alone before a capitalized word is that word's prefix ("OAuth", "XPath", "IPhone"): split off, "Auth"
    // would be taken for a tag's word and leave "O".
    private static bool IsLoneCapital(StringBuilder current) => current.Length == 1 && char.IsUpper(current[0]);

    private static bool NextIsLower(string identifier, int i) => i + 1 < identifier.Length && char.IsLower(identifier[i + 1]);

    // The s of "IDs" or "URLsByHost" is the acronym's plural, not the start of a word "Ds" or "Ls".
    private static bool IsAcronymPlural(string identifier, int i) =>
        identifier[i + 1] == 's' && (i + 2 == identifier.Length || !char.IsLower(identifier[i + 2]));
}
