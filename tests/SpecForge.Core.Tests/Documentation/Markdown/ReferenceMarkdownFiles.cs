using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using SpecForge.Core.Documentation.Draft;
using SpecForge.Core.Documentation.Readers;
using SpecForge.Tests.Shared;

namespace SpecForge.Core.Tests.Documentation.Markdown;

/// <summary>The inputs of the reference markdown reader's tests, and a way to compare drafts read from different layouts.</summary>
internal static class ReferenceMarkdownFiles
{
    public const string FixturePath = "acme-reference.md";

    public const string SeedPath = "trustpager-full-reference.md";

    private static readonly Regex WhiteSpace = new(@"\s+");

    /// <summary>The hand-written, line-broken fixture covering every construct of the grammar.</summary>
    public static string Fixture { get; } = File.ReadAllText(
        RepoPaths.InRepo("tests", "SpecForge.Core.Tests", "Fixtures", "Markdown", "Reference", FixturePath));

    /// <summary>The repository's copy of the TrustPager seed, whose newlines were mostly collapsed into spaces.</summary>
    public static string Seed { get; } = File.ReadAllText(RepoPaths.InRepo("specs", "trustpager", SeedPath));

    /// <summary>The seed read once; the whole-file tests only look at it.</summary>
    public static DraftApi SeedDraft { get; } = ReferenceMarkdownReader.Read(SeedPath, Seed);

    /// <summary>What a published copy does to the file: every line end becomes one space.</summary>
    public static string Collapse(string text) => text.Replace("\r\n", " ").Replace('\n', ' ');

    public static DraftApi ReadFixture(bool collapsed) =>
        ReferenceMarkdownReader.Read(FixturePath, collapsed ? Collapse(Fixture) : Fixture);

    /// <summary>Whitespace runs folded to one space: how text read from the two layouts is compared.</summary>
    public static string? Fold(string? text) => text is null ? null : WhiteSpace.Replace(text, " ").Trim();

    /// <summary>
    /// Everything the reader recorded except positions, which necessarily differ between layouts, with text folded.
    /// Two drafts of the same document must describe identically whatever its line breaks.
    /// </summary>
    public static string Describe(DraftApi draft)
    {
        var builder = new StringBuilder();
        builder.AppendLine($"title {Fold(draft.Title)} | {Fold(draft.Description)} | {string.Join(", ", draft.Servers)} | {Fold(draft.AuthenticationText)}");
        foreach (var tag in draft.Tags)
        {
            builder.AppendLine($"tag {tag.Name} | {Fold(tag.Description)}");
        }

        foreach (var operation in draft.Operations)
        {
            builder.AppendLine(
                $"op {operation.Method} {operation.RawPath} | {operation.Tag} | {Fold(operation.Summary)} | {Fold(operation.Description)} | " +
                $"deprecated={operation.Deprecated} | aliases={string.Join(", ", operation.LegacyAliases)} | " +
                $"scopes={string.Join(", ", operation.Scopes)} | write={operation.IsWrite}");
            foreach (var parameter in operation.Parameters)
            {
                builder.AppendLine($"  param {parameter.Name} ({parameter.Location}, {parameter.TypeText}, {parameter.Required}): {Fold(parameter.Description)}");
            }

            foreach (var sample in operation.Samples)
            {
                builder.AppendLine($"  sample {sample.Language} {sample.IsResponse}: {Fold(sample.Text)}");
            }
        }

        builder.AppendLine("diagnostics " + string.Join("; ", draft.Diagnostics.Select(d => d.Id + " " + d.Message)));
        return builder.ToString();
    }
}
