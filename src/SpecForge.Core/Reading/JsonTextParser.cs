using System;
using System.Text;
using System.Text.Json;
using SpecForge.Core.Diagnostics;

namespace SpecForge.Core.Reading;

/// <summary>Parses JSON text into a <see cref="System.Text.Json.Nodes.JsonNode"/> tree, turning syntax errors into located diagnostics.</summary>
public static class JsonTextParser
{
    /// <summary>Deeper than any real spec nests, shallow enough that nothing downstream overflows the stack.</summary>
    public const int MaxDepth = ReadingLimits.MaxDepth;

    /// <summary>Parses <paramref name="text"/>; <paramref name="filePath"/> is used only in diagnostics.</summary>
    public static ParsedTree Parse(string filePath, string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        var locator = new JsonSourceLocator(utf8);
        try
        {
            // Not JsonNode.Parse: its objects throw on a repeated key when first touched, deep inside another reader.
            var document = JsonDocument.Parse(
                utf8,
                new JsonDocumentOptions
                {
                    AllowTrailingCommas = true,
                    CommentHandling = JsonCommentHandling.Skip,
                    MaxDepth = MaxDepth,
                });
            var root = JsonTreeBuilder.Build(document.RootElement, filePath, locator, out var repairs);
            return new ParsedTree(root, locator, repairs);
        }
        catch (JsonException ex)
        {
            var position = PositionOf(ex, utf8, locator);
            var id = ex.Message.IndexOf("depth", StringComparison.OrdinalIgnoreCase) >= 0
                ? DiagnosticCatalog.NestingTooDeep
                : DiagnosticCatalog.MalformedJson;
            var diagnostic = SpecDiagnostic.At(id, "Invalid JSON: " + FirstSentence(ex.Message), filePath, position);
            return new ParsedTree(null, locator, new[] { diagnostic });
        }
    }

    private static SourcePosition PositionOf(JsonException ex, byte[] utf8, JsonSourceLocator locator)
    {
        if (ex.LineNumber is not long line || ex.BytePositionInLine is not long bytesInLine)
        {
            return SourcePosition.Start;
        }

        // JsonException counts lines from 0 and columns in bytes; the locator turns a byte offset into characters.
        var offset = 0;
        for (var seen = 0L; seen < line && offset < utf8.Length; offset++)
        {
            if (utf8[offset] == (byte)'\n')
            {
                seen++;
            }
        }

        return locator.PositionOf((int)Math.Min(utf8.Length, offset + bytesInLine));
    }

    private static string FirstSentence(string message)
    {
        // System.Text.Json appends "Path: $ | LineNumber: 3 | BytePositionInLine: 4." which the position already says.
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut > 0 ? message.Substring(0, cut) : message;
    }
}
