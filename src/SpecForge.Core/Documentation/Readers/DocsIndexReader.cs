using System;
using System.Collections.Generic;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Documentation.Draft;

namespace SpecForge.Core.Documentation.Readers;

/// <summary>
/// Reads a docs index in the llms.txt style: a <c># Title</c>, <c>## Section</c> headings and
/// <c>- [Title](url): description</c> entries. Copies often arrive collapsed onto one line, so headings and entries are
/// found by their markers wherever they stand, not by line starts.
/// </summary>
public static class DocsIndexReader
{
    /// <summary>Reads <paramref name="text"/>, the content of <paramref name="filePath"/>; never throws.</summary>
    public static DocsIndex Read(string filePath, string text)
    {
        var lines = new SourceLines(text ?? string.Empty);
        var t = lines.Text;
        var contentEnd = t.TrimEnd().Length;
        var scanner = new DocsIndexScanner(t);
        var entries = new List<DocsIndexEntry>();
        var diagnostics = new List<SpecDiagnostic>();
        string? title = null;
        var truncated = false;

        for (var at = scanner.NextMarker(0); at < t.Length; at = scanner.NextMarker(at))
        {
            if (scanner.HeadingLevel(at) > 0)
            {
                var end = scanner.EndOfRun(at);
                title ??= scanner.HeadingLevel(at) == 1 ? t.Substring(at, end - at).TrimStart('#').Trim() : null;
                at = end;
                continue;
            }

            var entry = scanner.ReadEntry(at);
            var position = lines.PositionOf(at);
            var complete = entry.Title is not null && entry.Url is not null;
            if (entry.End >= contentEnd && (!complete || EndsMidEntry(entry.Description)))
            {
                truncated = true;
                diagnostics.Add(SpecDiagnostic.At(
                    DiagnosticCatalog.DocsIndexTruncated,
                    $"The docs index stops in the middle of the entry that starts at line {position.Line}, column {position.Column}; the pages the site lists after it are missing.",
                    filePath,
                    lines.PositionOf(contentEnd)));
            }
            else if (!complete)
            {
                diagnostics.Add(SpecDiagnostic.At(
                    DiagnosticCatalog.MarkdownSkipped,
                    "This index entry is not written as - [Title](url): description, so it is skipped.",
                    filePath,
                    position));
            }

            if (complete)
            {
                var (group, slug) = Locate(entry.Url!);
                var description = string.IsNullOrEmpty(entry.Description) ? null : entry.Description;
                entries.Add(new DocsIndexEntry(entry.Title!, entry.Url!, description, group, slug, new SourceRef(filePath, position.Line, position.Column)));
            }

            at = Math.Max(entry.End, at + 1);
        }

        if (entries.Count == 0 && !truncated)
        {
            diagnostics.Add(SpecDiagnostic.Create(DiagnosticCatalog.MarkdownSkipped, "The docs index lists no pages (no - [Title](url) entries).", filePath, 1, 1));
        }

        return new DocsIndex(title, entries, truncated, diagnostics);
    }

    // The site cuts long descriptions itself and marks them with "…"; a last description that stops without that mark but
    // inside a code span or parenthesis, or on a connecting character, is where the file itself was cut.
    private static bool EndsMidEntry(string? description)
    {
        if (description is null)
        {
            return false;
        }

        if (description.Length == 0)
        {
            return true;
        }

        if (description.EndsWith("…", StringComparison.Ordinal) || description.EndsWith("...", StringComparison.Ordinal))
        {
            return false;
        }

        int ticks = 0, parens = 0, brackets = 0;
        foreach (var c in description)
        {
            ticks += c == '`' ? 1 : 0;
            parens += c == '(' ? 1 : c == ')' && parens > 0 ? -1 : 0;
            brackets += c == '[' ? 1 : c == ']' && brackets > 0 ? -1 : 0;
        }

        return ticks % 2 == 1 || parens > 0 || brackets > 0 || ",:;(-–—/\\&".IndexOf(description[description.Length - 1]) >= 0;
    }

    private static (string Group, string Slug) Locate(string url)
    {
        var path = url;
        var scheme = path.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            var host = path.IndexOf('/', scheme + 3);
            path = host >= 0 ? path.Substring(host) : string.Empty;
        }

        var cut = path.IndexOfAny(new[] { '?', '#' });
        path = cut >= 0 ? path.Substring(0, cut) : path;
        var segments = path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return (string.Empty, string.Empty);
        }

        var last = segments[segments.Length - 1];
        foreach (var extension in new[] { ".mdx", ".md" })
        {
            if (last.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                last = last.Substring(0, last.Length - extension.Length);
                break;
            }
        }

        var reference = Array.IndexOf(segments, "api-reference");
        var group = reference >= 0 && segments.Length - reference >= 3 ? segments[reference + 1] : string.Empty;
        return (group, last);
    }
}
