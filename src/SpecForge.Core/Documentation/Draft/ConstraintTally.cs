namespace SpecForge.Core.Documentation.Draft;

/// <summary>Totals over every description of an API, for the normalize summary (phrases found, keywords set, phrases skipped).</summary>
public sealed class ConstraintTally
{
    /// <summary>Constraint phrases a rule recognised.</summary>
    public int PhrasesFound { get; internal set; }

    /// <summary>Schema keywords the phrases set (a phrase may set several: a range sets two).</summary>
    public int KeywordsSet { get; internal set; }

    /// <summary>Phrases left out as ambiguous, each reported as SF2014.</summary>
    public int PhrasesAmbiguous { get; internal set; }
}
