using SpecForge.Core.Collections;

namespace SpecForge.Core.Modeling;

/// <summary>
/// The validation keywords of one schema, as the generated validators check them. Numbers stay invariant text, as the
/// spec wrote them, so the model keeps value equality and the emitter decides how each C# type compares. Null members
/// (and false flags) mean the keyword is absent. A schema without any keyword has no model at all (null), never an
/// empty one, so equality and "nothing to check" stay the same question.
/// </summary>
public sealed record ConstraintsModel
{
    /// <summary>minLength, in code points.</summary>
    public int? MinLength { get; init; }

    /// <summary>maxLength, in code points.</summary>
    public int? MaxLength { get; init; }

    /// <summary>pattern, as the spec's ECMA-262 text (already checked to translate).</summary>
    public string? Pattern { get; init; }

    /// <summary>The lower bound as invariant text; see <see cref="ExclusiveMinimum"/>.</summary>
    public string? Minimum { get; init; }

    /// <summary>Whether <see cref="Minimum"/> itself is excluded (3.0 boolean and 3.1 number forms alike).</summary>
    public bool ExclusiveMinimum { get; init; }

    /// <summary>The upper bound as invariant text; see <see cref="ExclusiveMaximum"/>.</summary>
    public string? Maximum { get; init; }

    /// <summary>Whether <see cref="Maximum"/> itself is excluded.</summary>
    public bool ExclusiveMaximum { get; init; }

    /// <summary>multipleOf as invariant text.</summary>
    public string? MultipleOf { get; init; }

    /// <summary>minItems.</summary>
    public int? MinItems { get; init; }

    /// <summary>maxItems.</summary>
    public int? MaxItems { get; init; }

    /// <summary>uniqueItems.</summary>
    public bool UniqueItems { get; init; }

    /// <summary>minProperties.</summary>
    public int? MinProperties { get; init; }

    /// <summary>maxProperties.</summary>
    public int? MaxProperties { get; init; }

    /// <summary><c>format</c>, or the markdown normalizer's <c>x-format</c> (<c>e164</c>) when there is neither a format nor a pattern.</summary>
    public string? Format { get; init; }

    /// <summary>const as compact JSON.</summary>
    public string? ConstJson { get; init; }

    /// <summary>The listed values as compact JSON, for values that are not a generated enum (which checks itself).</summary>
    public EquatableArray<string> EnumJson { get; init; } = EquatableArray<string>.Empty;

    /// <summary>A list's item constraints.</summary>
    public ConstraintsModel? Items { get; init; }

    /// <summary>A map's value constraints.</summary>
    public ConstraintsModel? Values { get; init; }
}
