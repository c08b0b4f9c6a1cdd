using SpecForge.Core.Documentation.Draft;

namespace SpecForge.Core.Documentation.Passes;

/// <summary>
/// One step of normalization with one concern. Passes run in the fixed order of <see cref="NormalizationPasses.All"/>,
/// each refining the draft the readers produced (Kiota's refiners are the model).
/// </summary>
public interface INormalizationPass
{
    /// <summary>A stable name, used in tests and in the order list.</summary>
    string Name { get; }

    /// <summary>Refines <paramref name="api"/>; problems go to <c>api.Diagnostics</c>.</summary>
    void Run(DraftApi api);
}
