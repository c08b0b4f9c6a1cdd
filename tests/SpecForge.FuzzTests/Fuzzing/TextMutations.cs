using System;
using System.Linq;
using System.Text;

namespace SpecForge.FuzzTests.Fuzzing;

/// <summary>Mutations of a file's text, blind to its syntax: flips, cuts, hostile characters, BOMs, line edits,
/// empty and binary files, YAML anchors and tags.</summary>
internal static class TextMutations
{
    private static readonly Func<string, Random, (string Text, string Name)>[] All =
    {
        ByteFlips, Truncate, InsertHostile, InsertHostile, Bom, LineEdit, LineEdit, Empty, Binary, YamlAliasBomb, YamlTags,
        LineEndings,
    };

    public static (string Text, string Name) Apply(string text, Random random) => All.Pick(random)(text, random);

    private static (string, string) ByteFlips(string text, Random random)
    {
        // Through UTF-8 and back, as a file read with an invalid sequence would be: flipped bytes become U+FFFD.
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length == 0)
        {
            return (text, "flip-nothing");
        }

        var flips = random.Next(1, 9);
        for (var i = 0; i < flips; i++)
        {
            bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
        }

        return (Encoding.UTF8.GetString(bytes), $"byte-flips-{flips}");
    }

    private static (string, string) Truncate(string text, Random random)
    {
        var at = text.Length == 0 ? 0 : random.Next(text.Length);
        return (text.Substring(0, at), "truncate");
    }

    private static (string, string) InsertHostile(string text, Random random)
    {
        var at = text.Length == 0 ? 0 : random.Next(text.Length);
        return (text.Insert(at, HostileText.Next(random)), "insert-hostile");
    }

    private static (string, string) Bom(string text, Random random) =>
        random.Next(2) == 0 ? ("\ufeff" + text, "bom") : ("\ufeff\ufeff" + text, "double-bom");

    private static (string, string) LineEdit(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        var at = random.Next(lines.Count);
        switch (random.Next(4))
        {
            case 0:
                lines.RemoveAt(at);
                return (string.Join("\n", lines), "delete-line");
            case 1:
                lines.Insert(at, lines[random.Next(lines.Count)]);
                return (string.Join("\n", lines), "duplicate-line");
            case 2:
                var other = random.Next(lines.Count);
                (lines[at], lines[other]) = (lines[other], lines[at]);
                return (string.Join("\n", lines), "swap-lines");
            default:
                lines[at] = new string(' ', random.Next(1, 9)) + lines[at];
                return (string.Join("\n", lines), "indent-line");
        }
    }

    private static (string, string) Empty(string text, Random random) => random.Next(3) switch
    {
        0 => (string.Empty, "empty"),
        1 => ("   \n\t\n", "whitespace"),
        _ => ("null", "null-document"),
    };

    private static (string, string) Binary(string text, Random random)
    {
        var bytes = new byte[random.Next(1, 4096)];
        random.NextBytes(bytes);
        return (Encoding.UTF8.GetString(bytes), "binary");
    }

    // "Billion laughs": each level refers to the one before ten times, so expansion is 10^depth nodes.
    private static (string, string) YamlAliasBomb(string text, Random random)
    {
        var depth = random.Next(6, 12);
        var builder = new StringBuilder("openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\nx-a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 1; i <= depth; i++)
        {
            builder.Append($"x-a{i}: &a{i} [").Append(string.Join(",", Enumerable.Repeat($"*a{i - 1}", 10))).Append("]\n");
        }

        if (random.Next(2) == 0)
        {
            // The bomb under a key SpecForge reads, not only in an extension.
            builder.Append($"components:\n  schemas:\n    Bomb:\n      type: object\n      x-big: *a{depth}\n      enum: *a{Math.Min(depth, 5)}\n");
        }

        return (builder.ToString(), $"alias-bomb-{depth}");
    }

    private static (string, string) YamlTags(string text, Random random)
    {
        var tags = new[] { "!!binary ", "!custom ", "!!python/object:os.system ", "!!str ", "!!int ", "!!map ", "!!seq ", "!!null ", "? ", "&anchor ", "*undefined ", "<<: *x\n" };
        var lines = text.Split('\n').ToList();
        var at = random.Next(lines.Count);
        var colon = lines[at].IndexOf(": ", StringComparison.Ordinal);
        var tag = tags.Pick(random);
        lines[at] = colon >= 0 ? lines[at].Insert(colon + 2, tag) : tag + lines[at];
        return (string.Join("\n", lines), "yaml-tag");
    }

    private static (string, string) LineEndings(string text, Random random) => random.Next(3) switch
    {
        0 => (text.Replace("\n", "\r\n"), "crlf"),
        1 => (text.Replace("\n", "\r"), "cr"),
        _ => (text.Replace("\n", "\u2028"), "u2028-lines"),
    };
}
