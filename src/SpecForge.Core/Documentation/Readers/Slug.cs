using System.Text;
using System.Text.RegularExpressions;

namespace SpecForge.Core.Documentation.Readers;

/// <summary>
/// The URL slug a Mintlify docs site gives an OpenAPI tag (the folder) and an operation summary (the page), so a
/// docs index (llms.txt) can be matched against operations.
/// </summary>
/// <remarks>
/// A port of <c>prepareStringToBeValidFilename</c> from the <c>@mintlify/scraping</c> package (apiPages/common), which is
/// what the site runs; a generic "non-alphanumerics to '-'" rule gets 21 of the 301 endpoint URLs in the two Mindhunters
/// indexes wrong. Its quirks are the point: only spaces become '-' (apostrophes, '/', parentheses, commas and dots vanish, so
/// "agent's" gives "agents" and "Replace/sync" gives "replacesync"), '+', '_', '&amp;' and '—' stay, one leading and one
/// trailing '-' are trimmed before the removal, and "--" is collapsed in a single left-to-right pass.
/// </remarks>
public static class Slug
{
    private static readonly Regex PathParameter = new(@"\{.*?\}", RegexOptions.CultureInvariant);

    /// <summary>The site's slug of <paramref name="text"/>; empty for null or empty text.</summary>
    public static string From(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var value = PathParameter.Replace(text!.Replace(' ', '-'), "-");
        if (value.StartsWith("-", System.StringComparison.Ordinal))
        {
            value = value.Substring(1);
        }

        if (value.EndsWith("-", System.StringComparison.Ordinal))
        {
            value = value.Substring(0, value.Length - 1);
        }

        var kept = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is not ('{' or '}' or '(' or ')' or ',' or '.' or '\'' or '\n' or '/'))
            {
                kept.Append(c);
            }
        }

        return kept.ToString().Replace("--", "-").ToLowerInvariant();
    }

    /// <summary>
    /// The slug of the <paramref name="occurrence"/>-th page (0-based) with the same base slug in one group: the site
    /// appends "-1", "-2", ... to repeats ("release-a-phone-number-1").
    /// </summary>
    public static string WithOccurrence(string slug, int occurrence) =>
        occurrence == 0 ? slug : slug + "-" + occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
