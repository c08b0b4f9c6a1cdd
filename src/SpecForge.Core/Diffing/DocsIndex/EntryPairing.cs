using System;
using System.Collections.Generic;
using System.Linq;
using SpecForge.Core.Documentation.Readers;

namespace SpecForge.Core.Diffing.DocsIndex;

/// <summary>How an old entry was matched with a new one.</summary>
internal enum PairKind
{
    /// <summary>The same page: same group and slug for an endpoint, same URL for any other page.</summary>
    Same,

    /// <summary>An endpoint with the same slug or title under another group.</summary>
    Moved,

    /// <summary>An endpoint of the same group whose title is similar enough.</summary>
    LikelyRenamed,
}

/// <summary>An old entry (by index) matched with a new one, how, and for a rename the title similarity.</summary>
internal readonly record struct EntryPair(int Old, int New, PairKind Kind, double Score);

/// <summary>
/// Matches the entries of two indexes one to one, most certain first: the same page, then a page that moved to another
/// group, then a likely rename within a group. What stays unmatched was removed or added.
/// </summary>
internal static class EntryPairing
{
    /// <summary>Every pair, ordered by the new entry.</summary>
    public static IReadOnlyList<EntryPair> Pair(IReadOnlyList<DocsIndexEntry> old, IReadOnlyList<DocsIndexEntry> @new)
    {
        var pairs = new List<EntryPair>();
        var oldTaken = new bool[old.Count];
        var newTaken = new bool[@new.Count];
        void Take(int o, int n, PairKind kind, double score)
        {
            oldTaken[o] = true;
            newTaken[n] = true;
            pairs.Add(new EntryPair(o, n, kind, score));
        }

        // A repeated identity (one the site failed to number) pairs in order, so neither copy is reported.
        var byIdentity = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
        for (var n = 0; n < @new.Count; n++)
        {
            var key = Identity(@new[n]);
            if (!byIdentity.TryGetValue(key, out var queue))
            {
                byIdentity[key] = queue = new Queue<int>();
            }

            queue.Enqueue(n);
        }

        for (var o = 0; o < old.Count; o++)
        {
            if (byIdentity.TryGetValue(Identity(old[o]), out var queue) && queue.Count > 0)
            {
                Take(o, queue.Dequeue(), PairKind.Same, 1);
            }
        }

        for (var o = 0; o < old.Count; o++)
        {
            if (oldTaken[o] || !old[o].IsEndpoint)
            {
                continue;
            }

            for (var n = 0; n < @new.Count; n++)
            {
                if (!newTaken[n] && @new[n].IsEndpoint && IsSamePageElsewhere(old[o], @new[n]))
                {
                    Take(o, n, PairKind.Moved, 1);
                    break;
                }
            }
        }

        var candidates = new List<EntryPair>();
        for (var o = 0; o < old.Count; o++)
        {
            for (var n = 0; n < @new.Count; n++)
            {
                if (!oldTaken[o] && !newTaken[n] && old[o].IsEndpoint && string.Equals(old[o].Group, @new[n].Group, StringComparison.Ordinal))
                {
                    var score = TitleSimilarity.Score(old[o].Title, @new[n].Title);
                    if (score >= TitleSimilarity.RenameThreshold)
                    {
                        candidates.Add(new EntryPair(o, n, PairKind.LikelyRenamed, score));
                    }
                }
            }
        }

        foreach (var candidate in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Old).ThenBy(c => c.New))
        {
            if (!oldTaken[candidate.Old] && !newTaken[candidate.New])
            {
                Take(candidate.Old, candidate.New, candidate.Kind, candidate.Score);
            }
        }

        return pairs.OrderBy(p => p.New).ToList();
    }

    /// <summary>What makes two entries the same page: group and slug for an endpoint, the URL for anything else.</summary>
    public static string Identity(DocsIndexEntry entry) =>
        entry.IsEndpoint ? "endpoint:" + entry.Group + "/" + entry.Slug : "page:" + ComparedRange.OrderKey(entry);

    private static bool IsSamePageElsewhere(DocsIndexEntry old, DocsIndexEntry @new) =>
        !string.Equals(old.Group, @new.Group, StringComparison.Ordinal)
        && (string.Equals(old.Slug, @new.Slug, StringComparison.Ordinal)
            || string.Equals(old.Title.Trim(), @new.Title.Trim(), StringComparison.OrdinalIgnoreCase));
}
