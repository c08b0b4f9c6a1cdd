using System.Collections.Generic;
using System.Linq;
using SpecForge.Core.Collections;
using SpecForge.Core.Modeling;

namespace SpecForge.Core.Emitting.Planning;

/// <summary>One list or map type and the name of the codec methods (<c>Read&lt;Name&gt;</c>, <c>Write&lt;Name&gt;</c>) that handle it.</summary>
/// <param name="Type">The list or map, not nullable.</param>
/// <param name="MethodName">The suffix of its codec methods, unique in the spec.</param>
public sealed record JsonCompositeMethod(TypeRef Type, string MethodName);

/// <summary>
/// What the per-spec JSON codec holds, decided from the model before anything is emitted: every list and map some
/// generated file reads or writes, named once, and the scalars read or written as whole bodies. An emitter looks names
/// up here instead of registering them as it goes, so no emitter depends on which ran before it, and each artifact
/// carries only the entries it uses (its slice, cut by <see cref="EmitPlanner"/>), so a new list elsewhere re-renders
/// only the codec.
/// </summary>
/// <param name="Composites">Lists and maps in the order they were first met, nested ones after the one holding them.</param>
/// <param name="RootScalars">Scalars read or written as a whole body, one per kind, which need a codec method to pass as a delegate.</param>
public sealed record JsonPlan(EquatableArray<JsonCompositeMethod> Composites, EquatableArray<TypeRef> RootScalars)
{
    /// <summary>A plan with nothing in it: for artifacts that read and write no lists, maps or root scalars.</summary>
    public static JsonPlan Empty { get; } = new(EquatableArray<JsonCompositeMethod>.Empty, EquatableArray<TypeRef>.Empty);

    /// <summary>Names every composite and root scalar <paramref name="uses"/> met, in the order met.</summary>
    public static JsonPlan Name(JsonUses uses)
    {
        var names = new NameScope();
        var composites = uses.Composites.Select(type => new JsonCompositeMethod(type, names.Allocate(Describe(type)))).ToEquatableArray();
        return new JsonPlan(composites, uses.RootScalars.ToEquatableArray());
    }

    // What a method name says of its type; NameScope keeps two types that describe alike apart.
    private static string Describe(TypeRef type) => type.Kind switch
    {
        TypeKind.List => "ListOf" + (type.Element!.IsNullable ? "Nullable" : string.Empty) + Describe(type.Element),
        TypeKind.Map => "MapOf" + (type.Element!.IsNullable ? "Nullable" : string.Empty) + Describe(type.Element),
        TypeKind.Record or TypeKind.Enum or TypeKind.Union => type.Name.TrimStart('@'),
        _ => type.Kind.ToString(),
    };
}
