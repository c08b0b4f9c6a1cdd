using System;
using System.Collections.Generic;
using System.Linq;

namespace SpecForge.Core.Diffing.DocsIndex;

/// <summary>
/// How alike two page titles are: the Jaccard index of their significant words (lower-cased runs of letters and
/// digits, without articles, prepositions and single letters). "Remove tag from contact" and "Remove a tag from a
/// contact" score 1; "Add tag to contact" and "Add a contact to the blacklist" score 0.5.
/// </summary>
internal static class TitleSimilarity
{
    /// <summary>
    /// The lowest score that counts as a likely rename. Above one half on purpose: on the Mindhunters seeds, 0.5 pairs
    /// "Add tag to contact" with "Add a contact to the blacklist", which share only the verb and the noun.
    /// </summary>
    public const double RenameThreshold = 0.6;

    // Words that make two unrelated titles look alike ("a", "to", "the") or that editors add and drop freely.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "at", "by", "for", "from", "in", "into", "its", "of", "on", "or", "that", "the", "this", "to", "via", "with",
    };

    /// <summary>The significant words of <paramref name="title"/>.</summary>
    public static HashSet<string> Words(string title)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= title.Length; i++)
        {
            var inWord = i < title.Length && char.IsLetterOrDigit(title[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = title.Substring(start, i - start).ToLowerInvariant();
                if (!StopWords.Contains(word) && (word.Length > 1 || char.IsDigit(word[0])))
                {
                    words.Add(word);
                }

                start = -1;
            }
        }

        return words;
    }

    /// <summary>|common words| / |all words|, between 0 and 1; 0 when neither title has a significant word.</summary>
    public static double Score(string a, string b)
    {
        var left = Words(a);
        var right = Words(b);
        var union = left.Union(right).Count();
        return union == 0 ? 0 : (double)left.Intersect(right).Count() / union;
    }
}
