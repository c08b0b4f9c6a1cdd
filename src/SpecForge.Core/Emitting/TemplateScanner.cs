using System;
using System.Collections.Generic;
using SpecForge.Core.Diagnostics;

namespace SpecForge.Core.Emitting;

/// <summary>
/// Finds structural mistakes in a Handlebars template and where they are. Handlebars.Net reports errors
/// without positions; this scanner gives the user a line and column for the common ones
/// (unclosed or mismatched blocks, unterminated tags, unknown partials).
/// </summary>
public static class TemplateScanner
{
    /// <summary>The first problem in <paramref name="text"/>, or null when its structure is sound.</summary>
    public static TemplateProblem? Scan(string text, ICollection<string> knownTemplates)
    {
        var open = new Stack<(string Name, int Offset)>();
        var index = 0;
        while ((index = text.IndexOf("{{", index, StringComparison.Ordinal)) >= 0)
        {
            var start = index;
            var isComment = text.Length > index + 2 && text[index + 2] == '!';
            var closer = isComment && text.IndexOf("{{!--", index, StringComparison.Ordinal) == index ? "--}}" : "}}";
            var end = text.IndexOf(closer, index + 2, StringComparison.Ordinal);
            if (end < 0)
            {
                return At(text, start, "This '{{' is never closed with '" + closer + "'.");
            }

            index = end + closer.Length;
            if (isComment)
            {
                continue;
            }

            var tag = text.Substring(start + 2, end - start - 2).Trim('{', '}', '~', ' ', '\t', '\n', '\r');
            if (tag.Length == 0)
            {
                return At(text, start, "Empty tag '{{}}'.");
            }

            var sigil = tag[0];
            var name = FirstWord(tag.Substring(sigil is '#' or '/' or '>' or '^' ? 1 : 0));
            switch (sigil)
            {
                case '#':
                    open.Push((name, start));
                    break;
                case '/':
                    if (open.Count == 0)
                    {
                        return At(text, start, $"'{{{{/{name}}}}}' closes a block that was never opened.");
                    }

                    var (opened, openedAt) = open.Pop();
                    if (opened != name)
                    {
                        return At(text, start, $"'{{{{/{name}}}}}' closes the '{{{{#{opened}}}}}' block opened at line {LineOf(text, openedAt)}.");
                    }

                    break;
                case '>':
                    if (!knownTemplates.Contains(name))
                    {
                        return At(text, start, $"The partial '{name}' does not exist; partials are the templates' file names without '.hbs'.");
                    }

                    break;
            }
        }

        return open.Count > 0
            ? At(text, open.Peek().Offset, $"The '{{{{#{open.Peek().Name}}}}}' block is never closed.")
            : null;
    }

    private static string FirstWord(string text)
    {
        var trimmed = text.TrimStart();
        var end = 0;
        while (end < trimmed.Length && !char.IsWhiteSpace(trimmed[end]) && trimmed[end] != '}')
        {
            end++;
        }

        return trimmed.Substring(0, end);
    }

    private static int LineOf(string text, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }

        return line;
    }

    private static TemplateProblem At(string text, int offset, string message)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        if (offset == 0)
        {
            lineStart = 0;
        }

        return new TemplateProblem(new SourcePosition(LineOf(text, offset), offset - lineStart + 1), message);
    }
}

/// <summary>A problem found by <see cref="TemplateScanner"/>.</summary>
public sealed record TemplateProblem(SourcePosition Position, string Message);
