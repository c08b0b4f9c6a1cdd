using System.Text;

namespace SpecForge.Generator;

/// <summary>
/// Undoes what buildTransitive/SpecForge.props does to a metadata value that may hold ';', '#', line breaks or '\'.
/// The compiler reads item metadata from a generated .editorconfig, where ';' and '#' start a comment and a line break
/// ends the value, so the props file writes those characters, and '\' itself, as <c>\u003B</c>, <c>\u0023</c>,
/// <c>\u000D</c>, <c>\u000A</c> and <c>\u005C</c>. Any other text is left as it is.
/// </summary>
internal static class EditorConfigText
{
    private static readonly (string Escape, char Character)[] Escapes =
    {
        ("\\u005C", '\\'), ("\\u003B", ';'), ("\\u0023", '#'), ("\\u000D", '\r'), ("\\u000A", '\n'),
    };

    public static string? Decode(string? value)
    {
        if (value is null || value.IndexOf('\\') < 0)
        {
            return value;
        }

        // One pass from left to right, so "\u005Cu003B" (an escaped '\' before the text "u003B") stays that text.
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var decoded = false;
            foreach (var (escape, character) in Escapes)
            {
                if (string.CompareOrdinal(value, i, escape, 0, escape.Length) == 0)
                {
                    text.Append(character);
                    i += escape.Length - 1;
                    decoded = true;
                    break;
                }
            }

            if (!decoded)
            {
                text.Append(value[i]);
            }
        }

        return text.ToString();
    }
}
