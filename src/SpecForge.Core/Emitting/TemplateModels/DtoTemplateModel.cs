using System.Collections.Generic;

namespace SpecForge.Core.Emitting.TemplateModels;

/// <summary>What <c>Dto.sbncs</c> renders: one record type. Every string is already valid, escaped C#.</summary>
public sealed class DtoTemplateModel
{
    /// <summary>The namespace of the generated types.</summary>
    public string Namespace { get; init; } = string.Empty;

    /// <summary>The accessibility of the generated types: <c>public</c>, or <c>internal</c> with <c>Visibility="internal"</c>.</summary>
    public string Visibility { get; init; } = "public";

    /// <summary>The record's name.</summary>
    public string TypeName { get; init; } = string.Empty;

    /// <summary>Complete doc comment lines.</summary>
    public IReadOnlyList<string> Doc { get; init; } = new string[0];

    /// <summary>Whether the schema is deprecated.</summary>
    public bool IsDeprecated { get; init; }

    /// <summary>Whether the record is an abstract base whose cases a discriminator names.</summary>
    public bool IsAbstract { get; init; }

    /// <summary>The base record, or empty.</summary>
    public string BaseTypeName { get; init; } = string.Empty;

    /// <summary>
    /// The runtime's interface of values that check themselves, fully qualified, when the record has a validator and no
    /// base (a derived record inherits it); empty otherwise.
    /// </summary>
    public string Validatable { get; init; } = string.Empty;

    /// <summary>Whether <see cref="BaseTypeName"/> is set.</summary>
    public bool HasBase { get; init; }

    /// <summary>Whether the record keeps unlisted members in a bag it declares.</summary>
    public bool HasBag { get; init; }

    /// <summary>The bag's property name.</summary>
    public string BagName { get; init; } = string.Empty;

    /// <summary>The bag's type as declared.</summary>
    public string BagTypeName { get; init; } = string.Empty;

    /// <summary>The record's own properties in schema order (inherited ones are declared by the base).</summary>
    public IReadOnlyList<PropertyTemplateModel> Properties { get; init; } = new PropertyTemplateModel[0];

    /// <summary>Whether there is at least one property.</summary>
    public bool HasProperties => Properties.Count > 0;
}

/// <summary>One property of a <see cref="DtoTemplateModel"/>.</summary>
public sealed class PropertyTemplateModel
{
    /// <summary>The C# property name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The JSON member name as a C# string literal, quotes included.</summary>
    public string JsonNameLiteral { get; init; } = string.Empty;

    /// <summary>The property type as written in the declaration.</summary>
    public string TypeName { get; init; } = string.Empty;

    /// <summary>Complete doc comment lines.</summary>
    public IReadOnlyList<string> Doc { get; init; } = new string[0];

    /// <summary>Whether the property is deprecated.</summary>
    public bool IsDeprecated { get; init; }

    /// <summary>Whether to write the C# 11 <c>required</c> modifier (required in the schema and the language allows it).</summary>
    public bool IsRequiredMember { get; init; }

    /// <summary>Whether a non-nullable reference needs <c>= default!</c> to compile without <c>required</c>.</summary>
    public bool NeedsDefaultInitializer { get; init; }

    /// <summary>The initializer for a schema default, e.g. <c>20</c>; empty when there is none.</summary>
    public string DefaultValue { get; init; } = string.Empty;

    /// <summary>Whether <see cref="DefaultValue"/> is set.</summary>
    public bool HasDefaultValue { get; init; }

    /// <summary>Whether this is the last property, for separators.</summary>
    public bool IsLast { get; init; }

    /// <summary>
    /// Whether a blank line follows: between two properties when either has a doc comment or an attribute (or the user
    /// replaced <c>Dto.Property</c> or its attributes); one-line properties sit together.
    /// </summary>
    public bool BlankLineAfter { get; init; }
}
