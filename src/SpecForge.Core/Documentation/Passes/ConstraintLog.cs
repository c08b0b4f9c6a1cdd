using System.Collections.Generic;

namespace SpecForge.Core.Documentation.Passes;

/// <summary>
/// What the constraint rules read in one description: how many phrases they recognised, and the phrases that could
/// mean more than one thing (reported as SF2014 at their offset in the description instead of being guessed).
/// </summary>
internal sealed class ConstraintLog
{
    public int PhrasesFound { get; private set; }

    public List<(int Offset, string Message)> Ambiguous { get; } = new();

    public void Found(int count = 1) => PhrasesFound += count;

    public void Skip(int offset, string message) => Ambiguous.Add((offset, message));
}
