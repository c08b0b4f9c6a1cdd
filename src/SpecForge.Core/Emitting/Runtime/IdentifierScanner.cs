using System;
using System.Collections.Generic;

namespace SpecForge.Core.Emitting.Runtime;

/// <summary>Finds the runtime names generated C# mentions, reading it as plain characters.</summary>
internal static class IdentifierScanner
{
    /// <summary>The words of <paramref name="texts"/> that <paramref name="names"/> holds, in ordinal order, without allocating for the others.</summary>
    /// <remarks>
    /// Words in strings and comments count too: keeping a member for them costs lines, never correctness. Stripe's
    /// SDK is 16 million characters, so a word whose first letter, last letter or length no name has is passed over
    /// unhashed, and a name found once is only marked again: the codec's and the checks' are on nearly every line.
    /// </remarks>
    public static List<string> NamesIn(IEnumerable<string> texts, NameTable names)
    {
        var seen = new bool[names.Slots];
        foreach (var text in texts)
        {
            var i = 0;
            while (i < text.Length)
            {
                var first = text[i];
                if (!IsPart(first))
                {
                    i++;
                    continue;
                }

                var start = i++;
                while (i < text.Length && IsPart(text[i]))
                {
                    i++;
                }

                // A word that starts with a digit is a number or its suffix ("0x3UL"); no name starts with one.
                if (names.MayHold(first, text[i - 1], i - start) && names.Find(text, start, i - start) is var slot && slot >= 0)
                {
                    seen[slot] = true;
                }
            }
        }

        var found = new List<string>();
        for (var slot = 0; slot < seen.Length; slot++)
        {
            if (seen[slot])
            {
                found.Add(names.NameAt(slot));
            }
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }

    private static readonly bool[] AsciiWordChars = AsciiTable();

    private static bool IsPart(char c) => c < 128 ? AsciiWordChars[c] : char.IsLetterOrDigit(c);

    private static bool[] AsciiTable()
    {
        var table = new bool[128];
        for (var c = 0; c < 128; c++)
        {
            table[c] = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }

        return table;
    }
}

/// <summary>A fixed set of names looked up by a slice of a string, so scanning megabytes of generated code allocates nothing per word.</summary>
internal sealed class NameTable
{
    private const int LongestSieved = 64;

    private readonly string?[] _slots;

    // Which (first character, length) pairs and last characters the names have: most words of generated code are
    // passed over on these without hashing.
    private readonly bool[] _firstAndLength = new bool[128 * LongestSieved];
    private readonly bool[] _lasts = new bool[128];

    public NameTable(ICollection<string> names)
    {
        foreach (var name in names)
        {
            var first = name[0];
            var last = name[name.Length - 1];
            if (first < 128 && name.Length < LongestSieved)
            {
                _firstAndLength[(first * LongestSieved) + name.Length] = true;
            }

            if (last < 128)
            {
                _lasts[last] = true;
            }
        }

        var size = 16;
        while (size < names.Count * 4)
        {
            size *= 2;
        }

        _slots = new string?[size];
        foreach (var name in names)
        {
            var slot = Hash(name, 0, name.Length) & (size - 1);
            while (_slots[slot] is { } taken && !string.Equals(taken, name, StringComparison.Ordinal))
            {
                slot = (slot + 1) & (size - 1);
            }

            _slots[slot] = name;
        }
    }

    /// <summary>False when no name begins with <paramref name="first"/>, ends with <paramref name="last"/> and is <paramref name="length"/> long.</summary>
    public bool MayHold(char first, char last, int length) =>
        (first >= 128 || length >= LongestSieved || _firstAndLength[(first * LongestSieved) + length]) && (last >= 128 || _lasts[last]);

    /// <summary>How many slots the table has: the bound of what <see cref="Find"/> returns.</summary>
    public int Slots => _slots.Length;

    public string NameAt(int slot) => _slots[slot]!;

    /// <summary>The slot of the name <paramref name="text"/> holds from <paramref name="start"/>, or -1.</summary>
    public int Find(string text, int start, int length)
    {
        var slot = Hash(text, start, length) & (_slots.Length - 1);
        while (_slots[slot] is { } name)
        {
            if (name.Length == length && string.CompareOrdinal(text, start, name, 0, length) == 0)
            {
                return slot;
            }

            slot = (slot + 1) & (_slots.Length - 1);
        }

        return -1;
    }

    private static int Hash(string text, int start, int length) => (int)(RuntimeText.Fingerprint(text, start, length) & 0x7FFFFFFF);
}
