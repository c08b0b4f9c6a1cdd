using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SpecForge.Core.Documentation.Readers;
using SpecForge.Core.Reading;

namespace SpecForge.Core.Diffing.DocsIndex;

/// <summary>What comparing two docs indexes found.</summary>
/// <param name="Changes">Every change, in the new index's order, a removal after the entry that preceded it.</param>
/// <param name="Notes">What the reader must know about the comparison: a truncated side, descriptions on one side only.</param>
public sealed record DocsIndexDiff(IReadOnlyList<SpecChange> Changes, IReadOnlyList<string> Notes);

/// <summary>
/// Compares two docs indexes (llms.txt) of one site: endpoint pages added, removed, likely renamed or moved to another
/// group, descriptions changed, other pages added or removed (see <see cref="DocsIndexRules"/>). A truncated index
/// narrows the comparison to the range both cover, and a note says so. Locations are
/// <c>/api-reference/&lt;group&gt;/&lt;slug&gt;</c> (a guide's URL path) with the line and column where the entry starts.
/// </summary>
public static class DocsIndexDiffer
{
    private const int ExcerptLength = 60;

    /// <summary>Every change from <paramref name="old"/> to <paramref name="new"/>.</summary>
    public static DocsIndexDiff Compare(Documentation.Readers.DocsIndex old, Documentation.Readers.DocsIndex @new)
    {
        var range = ComparedRange.Of(old, @new);
        var pairs = EntryPairing.Pair(range.Old, range.New);
        var changes = new List<(int Anchor, int Phase, int Order, SpecChange Change)>();
        int onlyOld = 0, onlyNew = 0;

        foreach (var pair in pairs)
        {
            var (o, n) = (range.Old[pair.Old], range.New[pair.New]);
            if (pair.Kind != PairKind.Same)
            {
                changes.Add((pair.New, 0, 0, Paired(pair, o, n)));
            }

            var verdict = DescriptionComparison.Compare(o.Description, n.Description, ReferenceEquals(o, range.OldMayBeCut), ReferenceEquals(n, range.NewMayBeCut));
            if (verdict == DescriptionVerdict.Changed)
            {
                changes.Add((pair.New, 0, 1, Change(
                    DocsIndexRules.DescriptionChanged,
                    $"{Name(n)}: description changed from \"{DescriptionComparison.Excerpt(o.Description!, ExcerptLength)}\" to \"{DescriptionComparison.Excerpt(n.Description!, ExcerptLength)}\"",
                    o,
                    n)));
            }
            else if (verdict == DescriptionVerdict.OnlyOneSide)
            {
                onlyOld += o.Description is null ? 0 : 1;
                onlyNew += n.Description is null ? 0 : 1;
            }
        }

        var newOf = pairs.ToDictionary(p => p.Old, p => p.New);
        var anchor = -1;
        for (var i = 0; i < range.Old.Count; i++)
        {
            if (newOf.TryGetValue(i, out var matched))
            {
                anchor = matched;
                continue;
            }

            var entry = range.Old[i];
            var removed = entry.IsEndpoint
                ? Change(DocsIndexRules.EndpointRemoved, $"{Name(entry)} removed", entry, null)
                : Change(DocsIndexRules.PageRemoved, $"{Name(entry)} removed", entry, null);
            changes.Add((anchor, 1, i, removed));
        }

        var paired = new HashSet<int>(pairs.Select(p => p.New));
        for (var i = 0; i < range.New.Count; i++)
        {
            if (!paired.Contains(i))
            {
                var entry = range.New[i];
                var rule = entry.IsEndpoint ? DocsIndexRules.EndpointAdded : DocsIndexRules.PageAdded;
                changes.Add((i, 0, 0, Change(rule, $"{Name(entry)} added", null, entry)));
            }
        }

        var notes = range.Notes.ToList();

        // Entries are sorted by URL, so a page whose group was renamed to one sorting after the cut cannot be found.
        if (@new.IsTruncated && changes.Any(c => c.Change.RuleId == DocsIndexRules.EndpointRemoved.Id))
        {
            notes.Add("An endpoint page reported removed may instead have moved to a group that sorts after the point where the truncated new index stops.");
        }

        if (onlyOld + onlyNew > 0)
        {
            notes.Add(
                $"{Count(onlyNew, "page has", "pages have")} a description only in the new index and {Count(onlyOld, "page", "pages")} only in the old one; "
                + "a description that appears or disappears is not reported, only one that differs.");
        }

        var ordered = changes.OrderBy(c => c.Anchor).ThenBy(c => c.Phase).ThenBy(c => c.Order).Select(c => c.Change).ToList();
        return new DocsIndexDiff(ordered, notes);
    }

    private static SpecChange Paired(EntryPair pair, DocsIndexEntry old, DocsIndexEntry @new) => pair.Kind == PairKind.Moved
        ? Change(DocsIndexRules.EndpointMoved, $"Endpoint '{@new.Title}' moved from group '{old.Group}' to '{@new.Group}'", old, @new)
        : Change(
            DocsIndexRules.EndpointLikelyRenamed,
            $"Endpoint '{old.Title}' in {old.Group} likely renamed to '{@new.Title}' (title similarity {pair.Score.ToString("0.00", CultureInfo.InvariantCulture)})",
            old,
            @new);

    private static SpecChange Change(DiffRule rule, string message, DocsIndexEntry? old, DocsIndexEntry? @new)
    {
        var tagged = @new ?? old!;
        return new SpecChange(rule.Id, rule.Level, message, Locate(old), Locate(@new), null, tagged.IsEndpoint ? tagged.Group : null);
    }

    private static string Name(DocsIndexEntry entry) =>
        entry.IsEndpoint ? $"Endpoint '{entry.Title}' in {entry.Group}" : $"Page '{entry.Title}' ({entry.Url})";

    private static string Count(int n, string one, string many) => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);

    private static ChangeLocation? Locate(DocsIndexEntry? entry) =>
        entry is null ? null : new ChangeLocation(Pointer(entry), entry.Source.Line, entry.Source.Column);

    /// <summary>
    /// <c>/api-reference/&lt;group&gt;/&lt;slug&gt;</c> for an endpoint page; for any other page the path of its URL
    /// without extension (<c>/guides/services/campaigns</c>), or <c>/&lt;host&gt;</c> for a bare site link.
    /// </summary>
    internal static string Pointer(DocsIndexEntry entry)
    {
        if (entry.IsEndpoint)
        {
            return JsonPointers.Join(new[] { "api-reference", entry.Group, entry.Slug });
        }

        var url = entry.Url;
        var cut = url.IndexOfAny(new[] { '?', '#' });
        url = cut >= 0 ? url.Substring(0, cut) : url;
        foreach (var extension in new[] { ".mdx", ".md" })
        {
            if (url.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                url = url.Substring(0, url.Length - extension.Length);
                break;
            }
        }

        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        var host = string.Empty;
        if (scheme >= 0)
        {
            var slash = url.IndexOf('/', scheme + 3);
            host = slash >= 0 ? url.Substring(scheme + 3, slash - scheme - 3) : url.Substring(scheme + 3);
            url = slash >= 0 ? url.Substring(slash) : string.Empty;
        }

        var segments = url.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
        return segments.Length > 0 ? JsonPointers.Join(segments) : JsonPointers.Join(new[] { host.Length > 0 ? host : entry.Url });
    }
}
