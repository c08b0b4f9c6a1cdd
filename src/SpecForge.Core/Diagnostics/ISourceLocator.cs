namespace SpecForge.Core.Diagnostics;

/// <summary>
/// Maps a JSON pointer back to the line and column it came from. Microsoft.OpenApi reports only pointers,
/// and sometimes imprecise ones, so a locator answers with the nearest ancestor it can find.
/// </summary>
public interface ISourceLocator
{
    /// <summary>The position of the member or item named by <paramref name="jsonPointer"/>, or of its nearest located ancestor.</summary>
    SourcePosition Locate(string jsonPointer);
}
