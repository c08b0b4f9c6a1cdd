using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SpecForge.Benchmarks;

/// <summary>A spec handed to the generator as MSBuild would: an additional file with its text already loaded.</summary>
internal sealed class SpecAdditionalText : AdditionalText
{
    private readonly SourceText text;

    public SpecAdditionalText(string path, string text)
    {
        Path = path;
        this.text = SourceText.From(text);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}
