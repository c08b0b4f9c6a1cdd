using System;
using System.Collections.Generic;
using System.Linq;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Documentation.Draft;

namespace SpecForge.Core.Documentation.Readers;

/// <summary>
/// Reads an endpoint page as a docs site exports it in markdown: <c># Title</c>, a <c>&gt; description</c> blockquote
/// and a <c>````yaml &lt;spec URL&gt; &lt;method&gt; &lt;path&gt;</c> fence holding the slice of the OpenAPI document
/// that the page renders. The slice is kept whole in <see cref="DraftApi.EmbeddedOpenApi"/>; the page contributes one
/// operation carrying its own title and description.
/// </summary>
public static class EndpointPageReader
{
    // The site puts this blockquote on every page it exports; it points at llms.txt and says nothing about the endpoint.
    private const string IndexBoilerplate = "Documentation Index";

    /// <summary>Reads <paramref name="text"/>, the content of <paramref name="filePath"/>; never throws.</summary>
    public static DraftApi Read(string filePath, string text)
    {
        var lines = new SourceLines(text ?? string.Empty);
        var api = new DraftApi();
        string? title = null, description = null;
        SourcePosition? titleAt = null;
        var fences = new List<MarkdownFence>();

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines.Trimmed(i);
            if (line.Length == 0)
            {
                continue;
            }

            if (MarkdownFence.At(lines, i) is { } fence)
            {
                fences.Add(fence);
                i = fence.BodyEnd;
                continue;
            }

            if (line.StartsWith(">", StringComparison.Ordinal))
            {
                var start = i;
                var quote = new List<string>();
                for (; i < lines.Count && lines.Trimmed(i).StartsWith(">", StringComparison.Ordinal); i++)
                {
                    var quoted = lines.Trimmed(i).Substring(1);
                    quote.Add(quoted.StartsWith(" ", StringComparison.Ordinal) ? quoted.Substring(1) : quoted);
                }

                i--;
                var joined = string.Join("\n", quote).Trim();
                if (title is not null && description is null)
                {
                    description = joined;
                }
                else if (joined.IndexOf(IndexBoilerplate, StringComparison.Ordinal) < 0)
                {
                    Skipped(api, filePath, lines, start, "blockquote");
                }

                continue;
            }

            if (line.StartsWith("#", StringComparison.Ordinal))
            {
                // "## OpenAPI" and other section headings only introduce what follows; the page title is the first "# ".
                if (title is null && line.StartsWith("# ", StringComparison.Ordinal))
                {
                    title = line.Substring(2).Trim();
                    titleAt = lines.PositionOfLine(i);
                }

                continue;
            }

            var paragraph = i;
            while (i + 1 < lines.Count && !lines.IsBlank(i + 1) && !StartsBlock(lines, i + 1))
            {
                i++;
            }

            Skipped(api, filePath, lines, paragraph, "paragraph");
        }

        // A page may show JSON or YAML examples too; the OpenAPI fence is the one holding a document, or else the first YAML one.
        var openApiFence = fences.FirstOrDefault(f => f.HoldsOpenApi(lines)) ?? fences.FirstOrDefault(f => f.Language is "yaml" or "yml");
        if (openApiFence is null)
        {
            api.Diagnostics.Add(SpecDiagnostic.Create(
                DiagnosticCatalog.EmbeddedOpenApiUnreadable,
                "The page has no ```yaml fence with an embedded OpenAPI document, so it documents no operation.",
                filePath,
                titleAt?.Line ?? 1,
                titleAt?.Column ?? 1));
            return api;
        }

        EmbeddedOpenApiFence.Read(api, filePath, lines, openApiFence);
        var operation = EmbeddedOpenApiFence.Operation(api, filePath, lines, openApiFence);
        if (operation is not null)
        {
            var source = titleAt ?? lines.PositionOfLine(openApiFence.OpeningLine);
            operation.Summary = title;
            operation.Description = description;
            operation.Source = new SourceRef(filePath, source.Line, source.Column);
            foreach (var sample in fences.Where(f => f != openApiFence))
            {
                var at = lines.PositionOfLine(sample.OpeningLine);
                operation.Samples.Add(new DraftCodeSample(sample.Language, sample.Body(lines), new SourceRef(filePath, at.Line, at.Column)));
            }

            api.Operations.Add(operation);
        }

        return api;
    }

    private static bool StartsBlock(SourceLines lines, int index) =>
        lines.Trimmed(index)[0] is '#' or '>' || MarkdownFence.At(lines, index) is not null;

    private static void Skipped(DraftApi api, string filePath, SourceLines lines, int index, string what)
    {
        var at = lines.PositionOfLine(index);
        api.Diagnostics.Add(SpecDiagnostic.At(
            DiagnosticCatalog.MarkdownSkipped,
            $"This {what} is neither the page's title, its description nor its OpenAPI fence; it is skipped.",
            filePath,
            at));
    }
}
