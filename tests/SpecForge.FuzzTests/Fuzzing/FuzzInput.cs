namespace SpecForge.FuzzTests.Fuzzing;

/// <summary>Which command's engine a fuzz input goes through.</summary>
internal enum FuzzTarget
{
    /// <summary><c>specforge generate</c> and the source generator: read, model, emit.</summary>
    Generate,

    /// <summary><c>specforge normalize</c>: documentation files to one OpenAPI 3.1 document.</summary>
    Normalize,

    /// <summary><c>specforge diff</c> with the mutant as the new side (the seed is the old one).</summary>
    DiffNew,

    /// <summary><c>specforge diff</c> with the mutant as the old side.</summary>
    DiffOld,
}

/// <summary>
/// One fuzz case: a mutated file and what to run it through. <see cref="Original"/> is the unmutated seed, the other
/// side of a diff. <see cref="Id"/> says how to make it again: <c>seed:index</c>.
/// </summary>
internal sealed record FuzzInput(string Id, FuzzTarget Target, string Path, string Text, string Original, string SeedName, string Mutation)
{
    public override string ToString() => $"#{Id} {Target} {SeedName} [{Mutation}]";

    /// <summary>The case without its texts, for keeping after it ran: a mutant of a corpus spec is megabytes.</summary>
    public FuzzInput WithoutTexts() => this with { Text = string.Empty, Original = string.Empty };
}
