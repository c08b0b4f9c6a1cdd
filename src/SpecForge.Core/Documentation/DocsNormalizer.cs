using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Documentation.Draft;
using SpecForge.Core.Documentation.Passes;
using SpecForge.Core.Documentation.Readers;
using SpecForge.Core.Documentation.Writing;
using SpecForge.Core.Reading;
using SpecForge.Core.Reading.Structure;

namespace SpecForge.Core.Documentation;

/// <summary>One documentation file to normalize: its path as it should appear in <c>x-specforge-source</c>, and its text.</summary>
public sealed record DocumentInput(string Path, string Text);

/// <summary>Counts for the CLI's summary table and for tests.</summary>
/// <param name="Operations">Operations in the normalized spec.</param>
/// <param name="Parameters">Path, query, header and cookie parameters, plus body fields.</param>
/// <param name="IndexedEndpoints">Endpoints the docs indexes list.</param>
/// <param name="MissingFromSpec">Indexed endpoints the spec lacks.</param>
/// <param name="ConstraintPhrases">Constraint phrases in descriptions that a rule read ("(1-100, default 25)", "a, b, or c").</param>
/// <param name="ConstraintKeywords">Schema keywords those phrases set.</param>
/// <param name="ConstraintsAmbiguous">Phrases left out as ambiguous, each an SF2014.</param>
public sealed record NormalizationSummary(int Operations, int Parameters, int IndexedEndpoints, int MissingFromSpec, int ConstraintPhrases = 0, int ConstraintKeywords = 0, int ConstraintsAmbiguous = 0);

/// <summary>What <see cref="DocsNormalizer.Normalize"/> produces.</summary>
public sealed class NormalizationResult
{
    internal NormalizationResult(JsonObject? document, IReadOnlyList<SpecDiagnostic> diagnostics, NormalizationSummary summary, IReadOnlyList<DocsIndexEntry> missing)
    {
        Document = document;
        Json = document is null ? null : CanonicalJsonWriter.Write(document);
        Diagnostics = diagnostics;
        Summary = summary;
        MissingFromSpec = missing;
    }

    /// <summary>The normalized OpenAPI 3.1 document, or null when no input described an API.</summary>
    public JsonObject? Document { get; }

    /// <summary>The document's canonical text: byte-identical on every run.</summary>
    public string? Json { get; }

    /// <summary>Everything found along the way, located in the documentation files.</summary>
    public IReadOnlyList<SpecDiagnostic> Diagnostics { get; }

    /// <summary>Counts.</summary>
    public NormalizationSummary Summary { get; }

    /// <summary>Entries of the docs indexes that name no operation of the spec (the coverage report).</summary>
    public IReadOnlyList<DocsIndexEntry> MissingFromSpec { get; }
}

/// <summary>
/// Documentation files in, one normalized OpenAPI 3.1 document out: each file is read by the reader for its kind,
/// the drafts of all files are merged, the passes run in order, and the document is written canonically.
/// Docs indexes contribute no operations; they fill in missing descriptions and give the coverage report.
/// </summary>
public static class DocsNormalizer
{
    /// <summary>
    /// Normalizes <paramref name="inputs"/> (several files about one API) into one document. Never throws: an
    /// unexpected exception becomes SF9999 at the file being read.
    /// </summary>
    public static NormalizationResult Normalize(IReadOnlyList<DocumentInput> inputs, string? title = null)
    {
        var diagnostics = new List<SpecDiagnostic>();
        var current = inputs.Count > 0 ? inputs[0].Path : string.Empty;
        try
        {
            return NormalizeAll(inputs, title, diagnostics, path => current = path);
        }
        catch (Exception ex) when (ProcessingSite.IsUnexpected(ex, out var site))
        {
            diagnostics.Add(SpecPipeline.InternalError(ex, current, site));
            return new NormalizationResult(null, diagnostics, new NormalizationSummary(0, 0, 0, 0), Array.Empty<DocsIndexEntry>());
        }
    }

    private static NormalizationResult NormalizeAll(IReadOnlyList<DocumentInput> inputs, string? title, List<SpecDiagnostic> diagnostics, Action<string> reading)
    {
        var drafts = new List<DraftApi>();
        var indexes = new List<DocsIndex>();
        var indexPaths = new List<string>();
        foreach (var original in inputs)
        {
            // A file read from disk cannot hold a lone surrogate; text handed over in memory can, and no writer takes it.
            var input = original with { Text = UnicodeText.ReplaceLoneSurrogates(original.Text) };
            reading(input.Path);
            if (ReadingLimits.CheckDocumentSize(input.Path, input.Text) is { } tooLarge)
            {
                diagnostics.Add(tooLarge);
                continue;
            }

            switch (DocumentKinds.Detect(input.Path, input.Text))
            {
                case DocumentKind.ReferenceMarkdown:
                    drafts.Add(ReferenceMarkdownReader.Read(input.Path, input.Text));
                    break;
                case DocumentKind.EndpointPage:
                    drafts.Add(EndpointPageReader.Read(input.Path, input.Text));
                    break;
                case DocumentKind.RenderedPage:
                    drafts.Add(RenderedPageReader.Read(input.Path, input.Text));
                    break;
                case DocumentKind.DocsIndex:
                    var index = DocsIndexReader.Read(input.Path, input.Text);
                    diagnostics.AddRange(index.Diagnostics);
                    indexes.Add(index);
                    indexPaths.Add(input.Path);
                    break;
                case DocumentKind.OpenApi:
                    drafts.Add(FromOpenApi(input, diagnostics));
                    break;
                default:
                    diagnostics.Add(DocumentKinds.UnknownKindDiagnostic(input.Path));
                    break;
            }
        }

        if (drafts.Count == 0)
        {
            // A docs index lists pages but describes no operation; saying so is the difference between "nothing
            // written" and a silent failure.
            if (indexes.Count > 0 && !diagnostics.Any(d => d.Severity == SpecSeverity.Error))
            {
                diagnostics.Add(SpecDiagnostic.Create(
                    DiagnosticCatalog.NothingToNormalize,
                    "A docs index lists pages but describes no operation, so there is no API to write; add the reference or endpoint pages it lists as inputs beside it.",
                    indexPaths[0],
                    1,
                    1));
            }

            return new NormalizationResult(null, diagnostics, new NormalizationSummary(0, 0, indexes.Sum(i => i.Entries.Count), 0), Array.Empty<DocsIndexEntry>());
        }

        reading(inputs[0].Path);
        var api = DraftMerger.Merge(drafts);
        foreach (var pass in NormalizationPasses.All)
        {
            pass.Run(api);
        }

        var missing = ApplyIndexes(api, indexes);
        diagnostics.InsertRange(0, api.Diagnostics);
        var summary = new NormalizationSummary(
            api.Operations.Count,
            api.Operations.Sum(o => o.Parameters.Count),
            indexes.Sum(i => i.Entries.Count),
            missing.Count,
            api.Constraints.PhrasesFound,
            api.Constraints.KeywordsSet,
            api.Constraints.PhrasesAmbiguous);
        return new NormalizationResult(OpenApiDocumentWriter.Write(api, title), diagnostics, summary, missing);
    }

    // An OpenAPI file among the inputs contributes its paths and components as an embedded slice would.
    private static DraftApi FromOpenApi(DocumentInput input, List<SpecDiagnostic> diagnostics)
    {
        var tree = SpecFormats.Parse(input.Path, input.Text);
        diagnostics.AddRange(tree.Diagnostics);
        if (tree.Root is JsonObject root)
        {
            StructureCheck.Run(root, input.Path, tree.Locator, diagnostics);
        }

        return new DraftApi { EmbeddedOpenApi = tree.Root as JsonObject };
    }

    private static IReadOnlyList<DocsIndexEntry> ApplyIndexes(DraftApi api, List<DocsIndex> indexes)
    {
        var missing = new List<DocsIndexEntry>();
        foreach (var index in indexes)
        {
            var operations = api.Operations.Select(o => (Tag: o.Tag ?? string.Empty, Summary: o.Summary ?? string.Empty)).ToList();
            foreach (var entry in index.Entries)
            {
                var operation = api.Operations.FirstOrDefault(o => Slug.From(o.Summary ?? string.Empty) == entry.Slug);
                if (operation is not null && string.IsNullOrWhiteSpace(operation.Description) && !string.IsNullOrWhiteSpace(entry.Description))
                {
                    operation.Description = entry.Description;
                }
            }

            missing.AddRange(DocsIndexCoverage.Missing(index, operations));
        }

        if (missing.Count > 0)
        {
            var first = missing[0].Source;
            api.Diagnostics.Add(SpecDiagnostic.Create(
                DiagnosticCatalog.IndexEntryNotCovered,
                $"{missing.Count} endpoints listed in the docs index are not in the spec (first: '{missing[0].Title}').",
                first.File,
                first.Line,
                first.Column));
        }

        return missing;
    }
}
