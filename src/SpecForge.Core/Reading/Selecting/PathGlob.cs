using System.Text.RegularExpressions;

namespace SpecForge.Core.Reading.Selecting;

/// <summary>
/// A path pattern: <c>*</c> stands for any run of characters inside one segment, a whole <c>**</c> segment for any
/// number of segments (none included), and <c>{name}</c> for any path variable whatever its name. Everything else is
/// literal and case-sensitive, as paths are; a trailing <c>/</c> is ignored on both sides.
/// </summary>
internal sealed class PathGlob
{
    // Variable names are the spec author's choice (and the normalizer may rename them), not part of the route.
    private const string AnyVariable = "\0";
    private const string AnySegments = "**";
    private static readonly Regex Variable = new(@"\{[^{}/]*\}", RegexOptions.CultureInvariant);

    private readonly string[] _segments;

    public PathGlob(string glob) => _segments = Segments(glob);

    public bool IsMatch(string path)
    {
        var segments = Segments(path);

        // matches[i, j]: glob segments from i on match path segments from j on. Filled backwards, so a glob with many
        // ** segments costs glob × path steps instead of backtracking.
        var matches = new bool[_segments.Length + 1, segments.Length + 1];
        matches[_segments.Length, segments.Length] = true;
        for (var i = _segments.Length - 1; i >= 0; i--)
        {
            for (var j = segments.Length; j >= 0; j--)
            {
                matches[i, j] = _segments[i] == AnySegments
                    ? matches[i + 1, j] || (j < segments.Length && matches[i, j + 1])
                    : j < segments.Length && SegmentMatches(_segments[i], segments[j]) && matches[i + 1, j + 1];
            }
        }

        return matches[0, 0];
    }

    private static string[] Segments(string path)
    {
        var text = Variable.Replace(path, AnyVariable);
        text = text.StartsWith("/", System.StringComparison.Ordinal) ? text.Substring(1) : text;
        text = text.EndsWith("/", System.StringComparison.Ordinal) ? text.Substring(0, text.Length - 1) : text;
        return text.Length == 0 ? new string[0] : text.Split('/');
    }

    // Wildcard match within one segment; on a mismatch the last * takes one more character, so it never backtracks further.
    private static bool SegmentMatches(string pattern, string text)
    {
        int p = 0, t = 0, star = -1, resume = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = t;
            }
            else if (p < pattern.Length && pattern[p] == text[t])
            {
                p++;
                t++;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
