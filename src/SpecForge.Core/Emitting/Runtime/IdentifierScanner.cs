using System;
using System.Collections.Generic;

namespace SpecForge.Core.Emitting.Runtime;

/// <summary>Finds identifiers in C# read as plain characters: generated text, and inactive <c>#if</c> branches.</summary>
internal static class IdentifierScanner
{
    /// <summary>Adds each word of <paramref name="text"/> that <paramref name="names"/> holds, without allocating for the others.</summary>
    /// <remarks>Words in strings and comments count too: keeping a member for them costs lines, never correctness.</remarks>
    public static void AddNames(string text, NameTable names, HashSet<string> found)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsStart(c))
            {
                var start = i++;
                while (i < text.Length && IsPart(text[i]))
                {
                    i++;
                }

                if (names.Find(text, start, i - start) is { } name)
                {
                    found.Add(name);
                }
            }
            else if (IsPart(c))
            {
                // A number's digits and suffix ("0x3UL", "u8") are not an identifier.
                while (i < text.Length && IsPart(text[i]))
                {
                    i++;
                }
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>Adds every identifier-shaped word of <paramref name="text"/>: inactive code, which is not parsed into tokens.</summary>
    public static void AddWords(string text, HashSet<string> words)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!IsPart(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsPart(text[i]))
            {
                i++;
            }

            if (IsStart(text[start]))
            {
                words.Add(text.Substring(start, i - start));
            }
        }
    }

    private static bool IsStart(char c) => c == '_' || (c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c));

    private static bool IsPart(char c) => IsStart(c) || (uint)(c - '0') <= 9 || (c >= 128 && char.IsLetterOrDigit(c));
}

/// <summary>A fixed set of names looked up by a slice of a string, so scanning megabytes of generated code allocates nothing per word.</summary>
internal sealed class NameTable
{
    private readonly string?[] _slots;

    public NameTable(ICollection<string> names)
    {
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

    public string? Find(string text, int start, int length)
    {
        var slot = Hash(text, start, length) & (_slots.Length - 1);
        while (_slots[slot] is { } name)
        {
            if (name.Length == length && string.CompareOrdinal(text, start, name, 0, length) == 0)
            {
                return name;
            }

            slot = (slot + 1) & (_slots.Length - 1);
        }

        return null;
    }

    private static int Hash(string text, int start, int length)
    {
        var hash = 2166136261u;
        for (var i = start; i < start + length; i++)
        {
            hash = (hash ^ text[i]) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }
}
