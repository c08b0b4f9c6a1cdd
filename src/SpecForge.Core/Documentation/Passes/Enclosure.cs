namespace SpecForge.Core.Documentation.Passes;

/// <summary>
/// Which characters of a text stand after an opening bracket that has not been closed yet, computed in one pass:
/// asking <c>LastIndexOf</c> per candidate phrase is quadratic on a hostile description of a million characters.
/// </summary>
internal static class Enclosure
{
    /// <summary>For each index: whether the last <paramref name="open"/> before it comes after the last <paramref name="close"/>.</summary>
    public static bool[] After(string text, char open, char close)
    {
        var inside = new bool[text.Length + 1];
        var state = false;
        for (var i = 0; i < text.Length; i++)
        {
            inside[i] = state;
            if (text[i] == open)
            {
                state = true;
            }
            else if (text[i] == close)
            {
                state = false;
            }
        }

        inside[text.Length] = state;
        return inside;
    }
}
