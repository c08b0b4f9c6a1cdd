using SpecForge.Core.Diagnostics;

namespace SpecForge.Core.Reading;

/// <summary>
/// Bounds on what a spec may ask of the reader, so no input can exhaust memory or the stack. Each is far beyond any
/// real spec: the largest of the test corpus (Stripe, GitHub, OpenAI, Azure, Twilio: up to 4.2 MB, 23 levels,
/// strings of 27,136 characters, no YAML aliases) stays well inside every one. Passing one is a located error.
/// </summary>
public static class ReadingLimits
{
    /// <summary>Characters in one input file (64 Mi; the largest corpus spec has 4.2 M).</summary>
    public const int MaxDocumentChars = 64 * 1024 * 1024;

    /// <summary>Nesting of objects and arrays (the corpus nests 23 deep); deeper could overflow the stack downstream.</summary>
    public const int MaxDepth = 256;

    /// <summary>Characters in one string value or key (the corpus's longest is 27,136).</summary>
    public const int MaxStringChars = 1_000_000;

    /// <summary>
    /// Nodes that YAML aliases add when expanded. A few aliases of a few nodes are all real specs use (the corpus has
    /// none); nested aliases grow exponentially ("billion laughs"), which this stops before memory goes.
    /// </summary>
    public const int MaxAliasExpansion = 100_000;

    /// <summary>SF1012 when <paramref name="text"/> is longer than <see cref="MaxDocumentChars"/>, else null.</summary>
    public static SpecDiagnostic? CheckDocumentSize(string filePath, string text) =>
        text.Length <= MaxDocumentChars
            ? null
            : SpecDiagnostic.Create(
                DiagnosticCatalog.InputTooLarge,
                $"The file has {text.Length:N0} characters; SpecForge reads at most {MaxDocumentChars:N0} per file. Split it into several files.",
                filePath,
                1,
                1);
}
