using SpecForge.Core.Diagnostics;

namespace SpecForge.Core.Reading;

/// <summary>A locator that answers one position for every pointer: for text that could not be parsed, or has no source of its own.</summary>
internal sealed class FixedSourceLocator : ISourceLocator
{
    public FixedSourceLocator(SourcePosition position) => Position = position;

    public SourcePosition Position { get; }

    public SourcePosition Locate(string jsonPointer) => Position;
}
