using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using SpecForge.Core.Diagnostics;

namespace SpecForge.Core.Reading;

/// <summary>
/// Locates pointers in JSON text. The index is built on the first lookup only, because most documents
/// produce no diagnostics and a large spec (GitHub's is 8 MB) should not pay for positions nobody asks for.
/// </summary>
public sealed class JsonSourceLocator : ISourceLocator
{
    private readonly byte[] _utf8;
    private Dictionary<string, int>? _offsets;
    private int[]? _lineStarts;

    /// <summary>Creates a locator over <paramref name="utf8"/>, the exact bytes that were parsed.</summary>
    public JsonSourceLocator(byte[] utf8) => _utf8 = utf8;

    /// <inheritdoc/>
    public SourcePosition Locate(string jsonPointer)
    {
        var offsets = _offsets ??= BuildIndex(_utf8);
        var tokens = new List<string>(JsonPointers.Split(jsonPointer));
        while (tokens.Count > 0)
        {
            if (offsets.TryGetValue(JsonPointers.Join(tokens), out var offset))
            {
                return PositionOf(offset);
            }

            tokens.RemoveAt(tokens.Count - 1);
        }

        return SourcePosition.Start;
    }

    /// <summary>Converts a byte offset into a 1-based line and a 1-based column counted in characters.</summary>
    public SourcePosition PositionOf(int byteOffset)
    {
        var lineStarts = _lineStarts ??= LineStarts(_utf8);
        var index = Array.BinarySearch(lineStarts, byteOffset);
        var line = index >= 0 ? index : ~index - 1;
        var column = Encoding.UTF8.GetCharCount(_utf8, lineStarts[line], byteOffset - lineStarts[line]);
        return new SourcePosition(line + 1, column + 1);
    }

    private static int[] LineStarts(byte[] utf8)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }

    private static Dictionary<string, int> BuildIndex(byte[] utf8)
    {
        var offsets = new Dictionary<string, int>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = JsonTextParser.MaxDepth,
        });

        // Each frame is the pointer of an open container and, for arrays, the index of the next item.
        var frames = new Stack<(string Pointer, bool IsArray, int NextIndex)>();
        string? pendingProperty = null;
        var pendingOffset = 0;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingProperty = JsonPointers.Append(frames.Peek().Pointer, PropertyName(ref reader));
                        pendingOffset = (int)reader.TokenStartIndex;
                        offsets[pendingProperty] = pendingOffset;
                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        var pointer = NextValuePointer(frames, ref pendingProperty, offsets, (int)reader.TokenStartIndex);
                        frames.Push((pointer, reader.TokenType == JsonTokenType.StartArray, 0));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.Pop();
                        break;
                    default:
                        NextValuePointer(frames, ref pendingProperty, offsets, (int)reader.TokenStartIndex);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // The text was parsed successfully once already; a failure here can only truncate the index.
        }

        return offsets;
    }

    // As JsonTreeBuilder reads it: a name whose escapes leave a lone surrogate has U+FFFD in its place.
    private static string PropertyName(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return JsonTreeBuilder.Unescape("\"" + Encoding.UTF8.GetString(reader.ValueSpan.ToArray()) + "\"");
        }
    }

    private static string NextValuePointer(
        Stack<(string Pointer, bool IsArray, int NextIndex)> frames,
        ref string? pendingProperty,
        Dictionary<string, int> offsets,
        int tokenOffset)
    {
        if (frames.Count == 0)
        {
            offsets[string.Empty] = tokenOffset;
            return string.Empty;
        }

        var parent = frames.Peek();
        if (!parent.IsArray)
        {
            var propertyPointer = pendingProperty ?? parent.Pointer;
            pendingProperty = null;
            return propertyPointer;
        }

        frames.Pop();
        frames.Push((parent.Pointer, true, parent.NextIndex + 1));
        var itemPointer = parent.Pointer + "/" + parent.NextIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
        offsets[itemPointer] = tokenOffset;
        return itemPointer;
    }
}
