using System.Collections.Generic;
using SpecForge.Core.Modeling;

namespace SpecForge.Core.Emitting.Planning;

/// <summary>
/// The types some artifact reads or writes through the codec, gathered from the model in a fixed order: every list and
/// map (and the lists and maps inside them), and the scalars handed over as whole bodies.
/// </summary>
public sealed class JsonUses
{
    private readonly HashSet<string> _seen = new(System.StringComparer.Ordinal);
    private readonly List<TypeRef> _composites = new();
    private readonly List<TypeRef> _rootScalars = new();

    /// <summary>Lists and maps, not nullable, in the order met.</summary>
    public IReadOnlyList<TypeRef> Composites => _composites;

    /// <summary>Scalars used as whole bodies, not nullable, one per kind, in the order met.</summary>
    public IReadOnlyList<TypeRef> RootScalars => _rootScalars;

    /// <summary>Whether nothing was met.</summary>
    public bool IsEmpty => _composites.Count == 0 && _rootScalars.Count == 0;

    /// <summary>What identifies a composite: its declaration, nullability of the whole left out.</summary>
    public static string Key(TypeRef type) => type.AsNonNullable().Display;

    /// <summary>A value read or written inside a record, union, list or map (what <c>JsonCode.Read</c>/<c>Write</c> take).</summary>
    public JsonUses Value(TypeRef type)
    {
        if (type.Kind is not (TypeKind.List or TypeKind.Map))
        {
            return this;
        }

        var composite = type.AsNonNullable();
        if (_seen.Add(Key(composite)))
        {
            _composites.Add(composite);
            Value(composite.Element!);
        }

        return this;
    }

    /// <summary>A whole body, passed as a reader or writer delegate (what <c>JsonCode.ReadFunction</c>/<c>WriteFunction</c> take).</summary>
    public JsonUses Root(TypeRef type)
    {
        switch (type.Kind)
        {
            case TypeKind.List or TypeKind.Map:
                return Value(type);
            case TypeKind.Record or TypeKind.Enum or TypeKind.Union:
                return this;
            default:
                AddScalar(type.AsNonNullable());
                return this;
        }
    }

    /// <summary>Adds what <paramref name="other"/> met, after what this one met.</summary>
    public JsonUses Add(JsonUses other)
    {
        foreach (var composite in other._composites)
        {
            Value(composite);
        }

        foreach (var scalar in other._rootScalars)
        {
            AddScalar(scalar);
        }

        return this;
    }

    // One codec method per kind, so the first type met of a kind stands for all of them.
    private void AddScalar(TypeRef type)
    {
        if (!_rootScalars.Exists(s => s.Kind == type.Kind))
        {
            _rootScalars.Add(type);
        }
    }
}
