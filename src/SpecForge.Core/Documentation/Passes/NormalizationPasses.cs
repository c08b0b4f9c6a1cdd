using System.Collections.Generic;

namespace SpecForge.Core.Documentation.Passes;

/// <summary>The passes in the order they run. The order matters: each pass relies on the ones before it.</summary>
public static class NormalizationPasses
{
    /// <summary>
    /// Paths first (everything keys on them), then merging and aliases (so later passes see each operation once) and one
    /// spelling per path template,
    /// types before constraints (a phrase's meaning depends on the type), bodies after both, then the rest.
    /// </summary>
    public static IReadOnlyList<INormalizationPass> All { get; } = new INormalizationPass[]
    {
        new PathNormalizationPass(),
        new DuplicateOperationPass(),
        new LegacyAliasPass(),
        new PathTemplatePass(),
        new TypeTokenPass(),
        new ConstraintPhrasePass(),
        new RequestBodyPass(),
        new ResponsePass(),
        new SecurityPass(),
        new SummaryPass(),
        new OperationIdPass(),
    };
}
