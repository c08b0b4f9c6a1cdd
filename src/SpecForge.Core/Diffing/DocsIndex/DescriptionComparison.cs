using System;
using System.Text;

namespace SpecForge.Core.Diffing.DocsIndex;

/// <summary>What comparing the descriptions of one page on both sides found.</summary>
internal enum DescriptionVerdict
{
    /// <summary>Equal, or one is a cut-off start of the other.</summary>
    Same,

    /// <summary>Both sides describe the page, differently.</summary>
    Changed,

    /// <summary>Only one side has a description (an index of titles only, or a description dropped).</summary>
    OnlyOneSide,
}

/// <summary>
/// Compares page descriptions the way a reader would: whitespace runs are one space, and a description the site cut
/// (it ends with "…" or "...") is equal to every description it is the start of.
/// </summary>
internal static class DescriptionComparison
{
    /// <summary>
    /// The verdict for <paramref name="old"/> and <paramref name="new"/>. <paramref name="oldMayBeCut"/> and
    /// <paramref name="newMayBeCut"/> say a description may stop early without the mark, as the last entry of a
    /// truncated file does.
    /// </summary>
    public static DescriptionVerdict Compare(string? old, string? @new, bool oldMayBeCut, bool newMayBeCut)
    {
        if (string.IsNullOrWhiteSpace(old) || string.IsNullOrWhiteSpace(@new))
        {
            return string.IsNullOrWhiteSpace(old) && string.IsNullOrWhiteSpace(@new) ? DescriptionVerdict.Same : DescriptionVerdict.OnlyOneSide;
        }

        var (left, leftCut) = Normalize(old!);
        var (right, rightCut) = Normalize(@new!);
        if (string.Equals(left, right, StringComparison.Ordinal))
        {
            return DescriptionVerdict.Same;
        }

        var same = ((leftCut || oldMayBeCut) && right.StartsWith(left, StringComparison.Ordinal))
            || ((rightCut || newMayBeCut) && left.StartsWith(right, StringComparison.Ordinal));
        return same ? DescriptionVerdict.Same : DescriptionVerdict.Changed;
    }

    /// <summary>Shortens <paramref name="description"/> to about <paramref name="length"/> characters for a one-line message.</summary>
    public static string Excerpt(string description, int length)
    {
        var (text, _) = Normalize(description);
        return text.Length <= length ? text : text.Substring(0, length).TrimEnd() + "…";
    }

    // The site cuts a description mid-word and appends "…", so the text before the mark is all that can be compared.
    private static (string Text, bool Cut) Normalize(string description)
    {
        var builder = new StringBuilder(description.Length);
        var pendingSpace = false;
        foreach (var c in description)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        var text = builder.ToString();
        foreach (var mark in new[] { "…", "..." })
        {
            if (text.EndsWith(mark, StringComparison.Ordinal))
            {
                return (text.Substring(0, text.Length - mark.Length).TrimEnd(), true);
            }
        }

        return (text, false);
    }
}
