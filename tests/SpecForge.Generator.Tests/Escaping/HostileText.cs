using System.Linq;
using System.Text;
using SpecForge.Core.Modeling;

namespace SpecForge.Generator.Tests.Escaping;

/// <summary>
/// What the escaping tests append to every string of a spec: every character that ends or bends some C# context, and
/// attempts to write C# with each of them. Every attempt names <see cref="Sentinel"/>, so an attempt that worked leaves
/// a member, type or attribute the spec never asked for.
/// </summary>
internal static class HostileText
{
    public const string Sentinel = "Injected";

    public const string AttributeSentinel = "PWNED";

    // Each on its own, then the ways code is written with them.
    private static readonly string[] Fragments =
    {
        "\r", "\n", "\r\n", "\u0085", "\u2028", "\u2029", "*/", "/*", "\"\"\"", "\"", "\\", "{", "}", "#", "<", ">", "&",
        "\0", "\u202E", "\u2066", "\u2069", "'", "@", "$", "\t",
    };

    /// <summary>Attempts to write C#; the first ones need nothing but a line break C# sees where a reader sees none.</summary>
    public static readonly string[] Payloads =
    {
        "x\u2028public static int Injected { get { return 42; } } //",
        "x\u2029public static int Injected => 42; //",
        "x\u0085public static int Injected => 42; //",
        "x\npublic static int Injected => 42; //",
        "x\r\npublic static int Injected => 42; //",
        "x\rpublic static int Injected => 42; //",
        "*/ public class Injected {} /*",
        "\"; [System.Obsolete(\"PWNED\")] public static int Injected; //",
        "\"\"\"; public static int Injected = 42; //",
        "\\\"; public static int Injected = 42; //",
        "\\u0022; public static int Injected = 42; //",
        "</summary><see cref=\"Injected\"/><summary>",
        "x\n#error Injected\n#region Injected",
        "x\u2028#pragma warning disable Injected",
        "x\u202E public static int Injected => 42; \u2066 //",
    };

    /// <summary>The hostile text appended to every string the rewriter meets.</summary>
    public static string Full { get; } = string.Concat(Fragments) + " " + string.Join(" ", Payloads);

    /// <summary>
    /// <paramref name="text"/> for names other parts of the spec refer to (components, schemes, tags, path variables):
    /// Microsoft.OpenApi does not resolve a reference with '/' or '~' in the name and throws for some with '#', and
    /// braces in a path would declare variables. Such names become identifiers, so every other character still tests them.
    /// </summary>
    public static string AsName(string text) => new(text.Where(c => c is not ('/' or '~' or '#' or '{' or '}')).ToArray());

    /// <summary>For markdown prose, where CR and LF end the line that gives text its meaning (a heading, a parameter).</summary>
    public static string Prose { get; } = new string(Full.Where(c => c is not ('\r' or '\n')).ToArray());

    /// <summary>Lone surrogates, which no spec file can carry (JSON and YAML readers refuse them) but an in-memory tree can.</summary>
    public static string LoneSurrogates => "\uD800 \uDC00 x\uDBFF";

    /// <summary>
    /// The benign twin of <paramref name="hostile"/>: every character that is not part of a C# identifier becomes a
    /// plain character of the same UTF-8 and UTF-16 length that is not one either, so the twin makes the same
    /// identifiers, the same string lengths and the same structure, and differs only in being harmless.
    /// </summary>
    public static string Benign(string hostile)
    {
        var builder = new StringBuilder(hostile.Length);
        for (var i = 0; i < hostile.Length; i++)
        {
            var c = hostile[i];
            if (char.IsHighSurrogate(c) && i + 1 < hostile.Length && char.IsLowSurrogate(hostile[i + 1]))
            {
                builder.Append(c).Append(hostile[++i]);
            }
            else if (Naming.IsIdentifierPart(c))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(c < 0x80 ? ' ' : c < 0x800 ? '\u00A7' : '\u2014');
            }
        }

        return builder.ToString();
    }

    /// <summary><paramref name="text"/> as an ECMA-262 pattern matching exactly that text.</summary>
    public static string AsPattern(string text)
    {
        var builder = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            if ("\\^$.|?*+()[]{}/".IndexOf(c) >= 0)
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
