using System;
using System.Collections.Generic;
using System.Linq;
using SpecForge.Core.Documentation.Readers;

namespace SpecForge.Core.Diffing.DocsIndex;

/// <summary>
/// The entries of both indexes that can be compared. A truncated index says nothing about the pages after its last
/// entry, so they must be neither "removed" nor "added". The site lists the Docs section in the order of the page URLs
/// without extension (ordinal; both Mindhunters indexes follow it, "release-a-phone-number" before its "-1"), so the
/// last entry of a truncated index ends the range, and the other index is compared up to the first entry that sorts
/// after it; everything from there on, including later sections that do not follow the order, is left out.
/// </summary>
internal sealed class ComparedRange
{
    private ComparedRange(IReadOnlyList<DocsIndexEntry> old, IReadOnlyList<DocsIndexEntry> @new, DocsIndexEntry? oldCut, DocsIndexEntry? newCut, IReadOnlyList<string> notes)
    {
        Old = old;
        New = @new;
        OldMayBeCut = oldCut;
        NewMayBeCut = newCut;
        Notes = notes;
    }

    /// <summary>The old entries to compare, in index order.</summary>
    public IReadOnlyList<DocsIndexEntry> Old { get; }

    /// <summary>The new entries to compare, in index order.</summary>
    public IReadOnlyList<DocsIndexEntry> New { get; }

    /// <summary>The old index's last entry when that index is truncated: its description may stop early.</summary>
    public DocsIndexEntry? OldMayBeCut { get; }

    /// <summary>The new index's last entry when that index is truncated.</summary>
    public DocsIndexEntry? NewMayBeCut { get; }

    /// <summary>What the report must say about the range; empty when both indexes are complete.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The key the site orders entries by: the URL without its .md/.mdx extension.</summary>
    public static string OrderKey(DocsIndexEntry entry)
    {
        foreach (var extension in new[] { ".mdx", ".md" })
        {
            if (entry.Url.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return entry.Url.Substring(0, entry.Url.Length - extension.Length);
            }
        }

        return entry.Url;
    }

    /// <summary>The range <paramref name="old"/> and <paramref name="new"/> both cover.</summary>
    public static ComparedRange Of(Documentation.Readers.DocsIndex old, Documentation.Readers.DocsIndex @new)
    {
        if (!old.IsTruncated && !@new.IsTruncated)
        {
            return new ComparedRange(old.Entries, @new.Entries, null, null, Array.Empty<string>());
        }

        // An index cut before its first entry covers nothing; the empty key sorts before every URL.
        var oldEnd = old.IsTruncated ? LastKey(old) : null;
        var newEnd = @new.IsTruncated ? LastKey(@new) : null;
        var end = oldEnd is null ? newEnd! : newEnd is null || string.CompareOrdinal(oldEnd, newEnd) <= 0 ? oldEnd : newEnd;
        var endedByOld = oldEnd is not null && string.Equals(oldEnd, end, StringComparison.Ordinal);
        var endedByNew = newEnd is not null && string.Equals(newEnd, end, StringComparison.Ordinal);

        var oldKept = endedByOld ? old.Entries : Prefix(old.Entries, end);
        var newKept = endedByNew ? @new.Entries : Prefix(@new.Entries, end);
        var truncated = endedByNew ? @new : old;
        var other = endedByNew ? old : @new;
        var notes = new List<string> { Describe(truncated, other, other.Entries.Count - (endedByNew ? oldKept : newKept).Count) };
        if (old.IsTruncated && @new.IsTruncated)
        {
            // The other cut changes nothing once the range ends at this one, but the reader should know both files are partial.
            notes.Add($"{FileOf(other)} is truncated too, {(endedByOld && endedByNew ? "at the same entry" : "further on")}.");
        }

        return new ComparedRange(
            oldKept,
            newKept,
            old.IsTruncated ? oldKept.LastOrDefault() : null,
            @new.IsTruncated ? newKept.LastOrDefault() : null,
            notes);
    }

    private static string LastKey(Documentation.Readers.DocsIndex index) => index.Entries.Count == 0 ? string.Empty : OrderKey(index.Entries[index.Entries.Count - 1]);

    private static IReadOnlyList<DocsIndexEntry> Prefix(IReadOnlyList<DocsIndexEntry> entries, string end) =>
        entries.TakeWhile(e => string.CompareOrdinal(OrderKey(e), end) <= 0).ToList();

    private static string Describe(Documentation.Readers.DocsIndex truncated, Documentation.Readers.DocsIndex other, int leftOut)
    {
        var rest = leftOut == 1 ? "the 1 entry" : leftOut == 0 ? "no entries" : $"the {leftOut} entries";
        var where = leftOut == 0 ? $"no entry of {FileOf(other)} lies beyond it" : $"{rest} of {FileOf(other)} after it {(leftOut == 1 ? "was" : "were")} left out of the comparison";
        if (truncated.Entries.Count == 0)
        {
            return $"{FileOf(truncated)} is truncated before its first entry, so nothing could be compared; {rest} of {FileOf(other)} {(leftOut == 1 ? "was" : "were")} left out of the comparison.";
        }

        var last = truncated.Entries[truncated.Entries.Count - 1];
        return $"{FileOf(truncated)} is truncated: the comparison stops at its last entry '{last.Title}' ({last.Url}, line {last.Source.Line}, column {last.Source.Column}); {where}.";
    }

    private static string FileOf(Documentation.Readers.DocsIndex index) =>
        index.Entries.Select(e => e.Source.File).Concat(index.Diagnostics.Select(d => d.FilePath)).FirstOrDefault() ?? "an index";
}
