using System;
using System.Collections.Generic;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Documentation.Draft;

namespace SpecForge.Core.Documentation.Readers;

/// <summary>
/// Reads a "full reference" markdown file (the llms-full style TrustPager publishes): a <c># Title</c>, "Base URL:",
/// "Authentication:", <c>---</c> separators, <c>## Section</c>s and under them <c>### METHOD /path</c> operations with
/// <c>**Scopes:**</c>, a <c>Parameters:</c> list of <c>- `name` (location, type[, required]): description</c> items and
/// code fences. Text is recorded as written; interpreting it is the normalizer's job.
/// </summary>
/// <remarks>
/// Published copies of these files often have every newline collapsed into a space, so the reader keys on markers
/// ("###", "**Scopes:**", "- `name` (", fences) found at the start of a whitespace-separated token rather than on
/// line ends. Line ends are used only where they resolve something the markers cannot: where a heading stops.
/// </remarks>
public sealed partial class ReferenceMarkdownReader
{
    private readonly string _file;
    private readonly string _text;
    private readonly DraftApi _draft = new();
    private readonly SourceLines _lines;

    // The section operations are filed under, and the operation whose parts are being read.
    private DraftTag? _tag;
    private DraftOperation? _operation;
    private OperationPhase _phase;

    // After a heading that is not "### METHOD /path", its scopes, parameters and fences belong to nothing.
    private bool _skippingOperation;

    // Between "## Section" and its first operation, where loose text still describes the section.
    private bool _inSectionIntro;

    private ReferenceMarkdownReader(string file, string text)
    {
        _file = file;

        // SourceLines drops a byte order mark, so positions stay aligned with what editors show.
        _lines = new SourceLines(text);
        _text = _lines.Text;
    }

    private enum OperationPhase
    {
        Description,
        Body,
        Parameters,
    }

    /// <summary>
    /// Reads <paramref name="text"/>, the content of <paramref name="filePath"/>. Never throws: whatever does not follow
    /// the grammar is reported in <see cref="DraftApi.Diagnostics"/> with its line and column, and skipped.
    /// </summary>
    public static DraftApi Read(string filePath, string text)
    {
        var reader = new ReferenceMarkdownReader(filePath ?? string.Empty, text ?? string.Empty);
        try
        {
            reader.Run();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug here must cost the user this file's operations, never the build.
            reader._draft.Diagnostics.Add(SpecDiagnostic.Create(
                DiagnosticCatalog.InternalError,
                $"The reference markdown reader failed: {ex.GetType().Name}: {ex.Message}",
                reader._file));
        }

        return reader._draft;
    }

    private void Run()
    {
        var blocks = ScanBlocks();
        var first = 0;
        if (blocks.Count > 0 && blocks[0].Kind == BlockKind.Title)
        {
            ReadPreamble(blocks[0].BodyStart, EndOfTrailingText(blocks, 0), hasTitle: true);
            first = 1;
        }
        else
        {
            ReadPreamble(0, blocks.Count > 0 ? blocks[0].Start : _text.Length, hasTitle: false);
        }

        for (var index = first; index < blocks.Count; index++)
        {
            var block = blocks[index];
            var end = EndOfTrailingText(blocks, index);
            switch (block.Kind)
            {
                case BlockKind.Section:
                    ReadSection(block, end);
                    break;
                case BlockKind.Operation:
                    ReadOperation(block, end);
                    break;
                case BlockKind.Fence:
                    ReadFence(block, end);
                    break;
                case BlockKind.Separator:
                    _operation = null;
                    _skippingOperation = false;
                    _inSectionIntro = false;
                    ReportIfText(block.End, end, "Text after a '---' separator");
                    break;
                default:
                    // A second "# Title" is not a grammar block: ScanBlocks only yields Title first.
                    break;
            }
        }

        if (_draft.Tags.Count == 0 && _draft.Operations.Count == 0)
        {
            Report(
                DiagnosticCatalog.MarkdownSkipped,
                "No '## Section' or '### METHOD /path' heading was found: the file is empty or not a full reference markdown file.",
                0);
        }
    }

    // Each block owns the text up to the next one: a heading's title and description, a fence's trailing text.
    private int EndOfTrailingText(List<Block> blocks, int index) =>
        index + 1 < blocks.Count ? blocks[index + 1].Start : _text.Length;
}
