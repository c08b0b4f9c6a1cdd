using System.Collections.Generic;

namespace SpecForge.Core.Diffing.OpenApi;

/// <summary>What changed in a schema, before knowing whether it is read in a request or a response.</summary>
internal enum DifferenceKind
{
    PropertyRemoved,
    PropertyAdded,
    BecameRequired,
    BecameOptional,
    TypeChanged,
    BecameNullable,
    EnumValuesRemoved,
    EnumValuesAdded,
    BranchAdded,
    BranchRemoved,
    ConstraintTightened,
    ConstraintRelaxed,
}

/// <summary>Which way a schema's values travel; the same difference hurts in one direction and not the other.</summary>
internal enum SchemaDirection
{
    Request,
    Response,
}

/// <summary>
/// One difference between two schemas. <paramref name="Path"/> names the value inside the schema (<c>owner.name</c>,
/// <c>tags[]</c>, empty for the schema itself); <paramref name="Detail"/> says what happened to it.
/// </summary>
/// <param name="Kind">What happened.</param>
/// <param name="OldPointer">Where in the old document, or null when the thing is new.</param>
/// <param name="NewPointer">Where in the new document, or null when the thing is gone.</param>
/// <param name="Path">The value inside the schema, for messages.</param>
/// <param name="Detail">What happened to it, for messages.</param>
/// <param name="ReadOnly">The value is readOnly on the old side (never sent, so request rules skip it).</param>
/// <param name="WriteOnly">The value is writeOnly on the old side (never received, so response rules skip it).</param>
/// <param name="Required">For an added property: whether it is required.</param>
internal sealed record SchemaDifference(
    DifferenceKind Kind,
    string? OldPointer,
    string? NewPointer,
    string Path,
    string Detail,
    bool ReadOnly,
    bool WriteOnly,
    bool Required = false);

/// <summary>Two component schemas compared as one: the same name, or an old name and the name it was renamed to.</summary>
internal readonly record struct ComponentPair(string OldId, string NewId);

/// <summary>The differences found directly inside two component schemas, and the component pairs they refer to.</summary>
internal sealed record ComponentComparison(IReadOnlyList<SchemaDifference> Differences, IReadOnlyList<ComponentPair> Reached);

/// <summary>Collects what one walk over a pair of schemas finds.</summary>
internal sealed class SchemaWalk
{
    private readonly HashSet<ComponentPair> _reachedSet = new();

    public List<SchemaDifference> Differences { get; } = new();

    /// <summary>Component pairs met on the way, each once, in the order met; they are compared on their own.</summary>
    public List<ComponentPair> Reached { get; } = new();

    public void Reach(ComponentPair pair)
    {
        if (_reachedSet.Add(pair))
        {
            Reached.Add(pair);
        }
    }
}
