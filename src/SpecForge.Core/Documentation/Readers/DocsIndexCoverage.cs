using System.Collections.Generic;
using System.Linq;

namespace SpecForge.Core.Documentation.Readers;

/// <summary>Which endpoint pages of a docs index a set of operations does not account for.</summary>
public static class DocsIndexCoverage
{
    /// <summary>
    /// The endpoint entries of <paramref name="index"/> (those with a <see cref="DocsIndexEntry.Group"/>) that no
    /// operation covers. An operation covers the entry whose group is the slug of its tag and whose slug is the slug of
    /// its summary; operations that share both slugs cover "-1", "-2", ... as well, as the site numbers such pages.
    /// Guides and other non-endpoint entries are never reported.
    /// </summary>
    public static IReadOnlyList<DocsIndexEntry> Missing(DocsIndex index, IEnumerable<(string Tag, string Summary)> operations)
    {
        var covered = new HashSet<(string Group, string Slug)>();
        var seen = new Dictionary<(string Group, string Slug), int>();
        foreach (var (tag, summary) in operations)
        {
            var key = (Slug.From(tag), Slug.From(summary));
            seen.TryGetValue(key, out var occurrence);
            seen[key] = occurrence + 1;
            covered.Add((key.Item1, Slug.WithOccurrence(key.Item2, occurrence)));
        }

        return index.Entries.Where(e => e.IsEndpoint && !covered.Contains((e.Group, e.Slug))).ToList();
    }
}
