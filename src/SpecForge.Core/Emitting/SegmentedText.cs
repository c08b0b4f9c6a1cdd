using System;
using System.Collections.Generic;

namespace SpecForge.Core.Emitting;

/// <summary>
/// Text kept as slices of the strings it was built from, copied once when it is finished. A file assembled from
/// hundreds of renders (a large client) would otherwise be copied into a builder render by render, grown chunk by
/// chunk and copied out again, and a builder's indexer walks its chunks from the end, so reading the file's header
/// cost more the larger the file grew.
/// </summary>
internal sealed class SegmentedText
{
    private const string LineBreak = "\n";

    private readonly List<Segment> _segments = new();

    public SegmentedText(string text) => Append(text, 0, text.Length);

    public int Length { get; private set; }

    public void AppendLineBreak() => Append(LineBreak, 0, 1);

    public void Append(string text, int start, int length)
    {
        if (length > 0)
        {
            _segments.Add(new Segment(text, start, length));
            Length += length;
        }
    }

    /// <summary>The character at <paramref name="index"/>, found from the start: callers read the file's header.</summary>
    public char this[int index]
    {
        get
        {
            foreach (var segment in _segments)
            {
                if (index < segment.Length)
                {
                    return segment.Text[segment.Start + index];
                }

                index -= segment.Length;
            }

            throw new ArgumentOutOfRangeException(nameof(index));
        }
    }

    public bool EndsWith(string suffix)
    {
        if (Length < suffix.Length)
        {
            return false;
        }

        var matched = 0;
        for (var i = _segments.Count - 1; i >= 0 && matched < suffix.Length; i--)
        {
            var segment = _segments[i];
            var take = Math.Min(segment.Length, suffix.Length - matched);
            if (string.CompareOrdinal(segment.Text, segment.Start + segment.Length - take, suffix, suffix.Length - matched - take, take) != 0)
            {
                return false;
            }

            matched += take;
        }

        return true;
    }

    /// <summary>Drops the last <paramref name="count"/> characters.</summary>
    public void RemoveEnd(int count)
    {
        Length -= count;
        while (count > 0)
        {
            var last = _segments[_segments.Count - 1];
            if (last.Length > count)
            {
                _segments[_segments.Count - 1] = last with { Length = last.Length - count };
                return;
            }

            count -= last.Length;
            _segments.RemoveAt(_segments.Count - 1);
        }
    }

    public override string ToString()
    {
        if (_segments.Count == 1 && _segments[0].Start == 0 && _segments[0].Length == _segments[0].Text.Length)
        {
            return _segments[0].Text;
        }

        var chars = new char[Length];
        var at = 0;
        foreach (var segment in _segments)
        {
            segment.Text.CopyTo(segment.Start, chars, at, segment.Length);
            at += segment.Length;
        }

        return new string(chars);
    }

    private readonly record struct Segment(string Text, int Start, int Length);
}
