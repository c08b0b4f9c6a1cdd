using System.Globalization;
using System.Text;

namespace SpecForge.Core.Modeling;

/// <summary>
/// How long a generated name may be. C# metadata refuses names over 1,024 UTF-8 bytes (CS7013) and file systems
/// refuse file name components over 255 bytes, while a spec can make a name of any length: a long operationId or
/// property, or an inline schema nested deep enough that its name is its ancestors' names run together. A name over
/// its limit keeps its start and ends in a hash of the whole, so the result is deterministic and distinct long names
/// stay distinct.
/// </summary>
public static class NameLimits
{
    /// <summary>
    /// Type names are part of file names (<c>&lt;Client&gt;.Validator.&lt;Type&gt;.g.cs</c>), so they stay far below
    /// 255 bytes; the longest name of the corpus specs (Stripe's) is 110.
    /// </summary>
    public const int TypeNameBytes = 160;

    /// <summary>Members, parameters and locals: half the metadata limit, leaving room for the suffixes templates add.</summary>
    public const int MemberNameBytes = 512;

    /// <summary>Generated file names: 255 bytes per name less room for what tools append (<c>.tmp</c>, <c>.orig</c>).</summary>
    public const int FileNameBytes = 240;

    // "_" and eight hex digits.
    private const int HashSuffixLength = 9;

    /// <summary>Whether <paramref name="name"/> fits in <paramref name="maxUtf8Bytes"/> bytes of UTF-8.</summary>
    public static bool Fits(string name, int maxUtf8Bytes) =>
        name.Length * 3 <= maxUtf8Bytes || Encoding.UTF8.GetByteCount(name) <= maxUtf8Bytes;

    /// <summary>
    /// <paramref name="name"/> itself when it fits, else its longest start that fits with <c>_</c> and an 8-digit
    /// hash of the whole name after it (never splitting a surrogate pair, so an identifier stays an identifier).
    /// </summary>
    public static string Shorten(string name, int maxUtf8Bytes)
    {
        if (Fits(name, maxUtf8Bytes))
        {
            return name;
        }

        var budget = maxUtf8Bytes - HashSuffixLength;
        var length = 0;
        var bytes = 0;
        while (length < name.Length)
        {
            var isPair = char.IsHighSurrogate(name[length]) && length + 1 < name.Length && char.IsLowSurrogate(name[length + 1]);
            var size = isPair ? 4 : name[length] < 0x80 ? 1 : name[length] < 0x800 ? 2 : 3;
            if (bytes + size > budget)
            {
                break;
            }

            bytes += size;
            length += isPair ? 2 : 1;
        }

        return name.Substring(0, length) + "_" + Hash(name);
    }

    /// <summary>FNV-1a over the UTF-16 code units: stable across processes and platforms, unlike string.GetHashCode.</summary>
    public static string Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash.ToString("x8", CultureInfo.InvariantCulture);
    }
}
