using System.Collections.Generic;
using SpecForge.Core.Diagnostics;

namespace SpecForge.Core.Documentation.Readers;

public sealed partial class ReferenceMarkdownReader
{
    private const string Fence = "```";

    private enum BlockKind
    {
        Title,
        Section,
        Operation,
        Separator,
        Fence,
    }

    /// <summary>
    /// A structural marker: where it starts, where its own text starts (after "## " or "```") and where it ends (for a
    /// fence, after the closing backticks; for a heading, where its title starts, since the title is trailing text).
    /// </summary>
    private readonly struct Block
    {
        public Block(BlockKind kind, int start, int bodyStart, int bodyEnd, int end, bool closed = true)
        {
            Kind = kind;
            Start = start;
            BodyStart = bodyStart;
            BodyEnd = bodyEnd;
            End = end;
            Closed = closed;
        }

        public BlockKind Kind { get; }

        public int Start { get; }

        public int BodyStart { get; }

        public int BodyEnd { get; }

        public int End { get; }

        public bool Closed { get; }
    }

    /// <summary>
    /// Finds headings, separators and fences in document order. Fences are opaque: a "###" or "---" inside one (a bash
    /// comment, a JSON body) is code, which is why fences are found in the same left-to-right pass as everything else.
    /// </summary>
    private List<Block> ScanBlocks()
    {
        var blocks = new List<Block>();
        var seenContent = false;
        for (var i = 0; i < _text.Length; i++)
        {
            var c = _text[i];
            if (char.IsWhiteSpace(c) || !IsTokenStart(i))
            {
                continue;
            }

            if (c == '`' && At(i, Fence))
            {
                var close = _text.IndexOf(Fence, i + Fence.Length, System.StringComparison.Ordinal);
                var closed = close >= 0;
                var bodyEnd = closed ? close : _text.Length;
                blocks.Add(new Block(BlockKind.Fence, i, i + Fence.Length, bodyEnd, closed ? close + Fence.Length : _text.Length, closed));
                if (!closed)
                {
                    Report(DiagnosticCatalog.MarkdownSkipped, "This code fence is never closed; everything after it is read as its code.", i);
                }

                i = blocks[blocks.Count - 1].End - 1;
            }
            else if (c == '#' && HeadingLevel(i) is var level && level > 0 && (level > 1 || !seenContent))
            {
                var kind = level == 1 ? BlockKind.Title : level == 2 ? BlockKind.Section : BlockKind.Operation;
                blocks.Add(new Block(kind, i, i + level, i + level, i + level));
                i += level - 1;
            }
            else if (c == '-' && At(i, "---") && IsTokenEnd(i + 3))
            {
                blocks.Add(new Block(BlockKind.Separator, i, i + 3, i + 3, i + 3));
                i += 2;
            }

            seenContent = true;
        }

        return blocks;
    }

    // "#", "##" or "###" followed by whitespace; deeper headings are not part of the grammar and stay text.
    private int HeadingLevel(int i)
    {
        var level = 0;
        while (i + level < _text.Length && _text[i + level] == '#')
        {
            level++;
        }

        return level <= 3 && IsTokenEnd(i + level) ? level : 0;
    }
}
