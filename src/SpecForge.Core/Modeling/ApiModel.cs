using SpecForge.Core.Collections;

namespace SpecForge.Core.Modeling;

/// <summary>
/// Everything the emitters need to know about one API, as immutable values with structural equality:
/// two reads of texts that differ only in layout yield equal models, so nothing is re-emitted.
/// Names are C# identifiers already; descriptions are raw spec text, escaped only when emitted.
/// </summary>
public sealed record ApiModel(
    string Namespace,
    string ClientName,
    string Title,
    string ApiVersion,
    string? Description,
    string? DefaultBaseUrl,
    EquatableArray<DtoModel> Dtos,
    EquatableArray<OperationModel> Operations)
{
    /// <summary>Open enums: one per enum schema, keeping values the spec did not list.</summary>
    public EquatableArray<EnumModel> Enums { get; init; } = EquatableArray<EnumModel>.Empty;

    /// <summary>Unions: oneOf/anyOf without a discriminator, one type per schema.</summary>
    public EquatableArray<UnionModel> Unions { get; init; } = EquatableArray<UnionModel>.Empty;

    /// <summary>Operation groups, one per tag that an operation names first; untagged operations stay on the client.</summary>
    public EquatableArray<OperationGroupModel> Groups { get; init; } = EquatableArray<OperationGroupModel>.Empty;

    /// <summary>The security schemes the operations use, each with the credentials the client options take.</summary>
    public EquatableArray<SecuritySchemeModel> SecuritySchemes { get; init; } = EquatableArray<SecuritySchemeModel>.Empty;

    /// <summary>Every server the spec lists, variables at their defaults.</summary>
    public EquatableArray<string> ServerUrls { get; init; } = EquatableArray<string>.Empty;

    /// <summary>
    /// The first server's URL as the spec writes it, <c>{name}</c> placeholders and all, when it has variables the client
    /// options set (<see cref="ServerVariables"/>); null otherwise.
    /// </summary>
    public string? ServerTemplate { get; init; }

    /// <summary>The variables of the first server's URL, in the order the URL uses them, each an option of the client.</summary>
    public EquatableArray<ServerVariableModel> ServerVariables { get; init; } = EquatableArray<ServerVariableModel>.Empty;

    /// <summary>
    /// The spec as compact OpenAPI 3.1 JSON, which the generated mock embeds and serves; null unless a mock was asked
    /// for when parsing, since writing it costs time on large specs.
    /// </summary>
    public string? SpecJson { get; init; }

    /// <summary>Whether a mock is emitted for this spec; stays true when the generator moves <see cref="SpecJson"/> into a value of its own.</summary>
    public bool HasMock { get; init; }

    /// <summary>Whether the typed validators are emitted and the client checks requests with them (<c>Validators="false"</c> leaves them out).</summary>
    public bool EmitValidators { get; init; } = true;

    /// <summary>Whether every generated type is <c>internal</c> (<c>Visibility="internal"</c>), to embed the SDK in a library.</summary>
    public bool IsInternal { get; init; }

    /// <summary>The accessibility generated types are declared with: <c>public</c> or <c>internal</c>.</summary>
    public string Visibility => IsInternal ? "internal" : "public";

    /// <summary>Whether the client, its options and its DI registration are emitted (<c>Client="false"</c>: models only).</summary>
    public bool EmitClient { get; init; } = true;

    /// <summary>The spec file the model was read from, as the build named it: where emit-time problems are reported.</summary>
    public string SourcePath { get; init; } = string.Empty;

    /// <summary>The namespace of the runtime the generated code calls (<see cref="SpecInput.RuntimeNamespace"/>).</summary>
    public string RuntimeNamespace { get; init; } = Namespace + ".SpecForge";
}

/// <summary>A variable of the first server's URL (<c>{region}</c>) and the client option that sets it.</summary>
/// <param name="Name">The variable's name in the URL, raw spec text.</param>
/// <param name="PropertyName">The C# property of the client options.</param>
/// <param name="DefaultValue">The value used until the option is set, raw spec text.</param>
/// <param name="Description">The variable's description, raw spec text.</param>
public sealed record ServerVariableModel(string Name, string PropertyName, string DefaultValue, string? Description)
{
    /// <summary>The open enum of the values the spec lists, or null when any string is allowed.</summary>
    public EnumModel? Enum { get; init; }
}

/// <summary>
/// An open enum: a value type with the listed values as static members that still carries any other value it is
/// given, because APIs add values and a client must not break when they do.
/// </summary>
/// <param name="Name">The C# type name.</param>
/// <param name="SchemaPath">Where the schema lives.</param>
/// <param name="Description">Title and description from the schema.</param>
/// <param name="IsInteger">Whether the values are integers rather than strings.</param>
/// <param name="Members">The listed values with their C# names.</param>
public sealed record EnumModel(string Name, string SchemaPath, string? Description, bool IsInteger, EquatableArray<EnumMemberModel> Members);

/// <summary>One listed value of an <see cref="EnumModel"/>: its C# name and its value as written in JSON.</summary>
public sealed record EnumMemberModel(string Name, string Value);

/// <summary>A record type generated from an object schema.</summary>
/// <param name="Name">The C# type name.</param>
/// <param name="SchemaPath">Where the schema lives (a component name or an inline location), for docs and tests.</param>
/// <param name="Description">Title and description from the schema.</param>
/// <param name="IsDeprecated">Whether the schema is marked deprecated.</param>
/// <param name="Properties">Members in schema order.</param>
public sealed record DtoModel(
    string Name,
    string SchemaPath,
    string? Description,
    bool IsDeprecated,
    EquatableArray<PropertyModel> Properties)
{
    /// <summary>The record this one derives from (allOf with one $ref plus properties), or null.</summary>
    public string? BaseName { get; init; }

    /// <summary>Set on a discriminated base: the property that names the concrete type, and the types it names.</summary>
    public DiscriminatorModel? Discriminator { get; init; }

    /// <summary>Set on a type a discriminator names: the value written for it.</summary>
    public string? DiscriminatorValue { get; init; }

    /// <summary>Members the schema does not list, kept in a bag when <c>additionalProperties</c> allows them; null otherwise.</summary>
    public AdditionalPropertiesModel? AdditionalProperties { get; init; }

    /// <summary>The schema's example as compact JSON, for docs.</summary>
    public string? Example { get; init; }
}

/// <summary>
/// The property of a polymorphic base whose value names the concrete type. The property itself is not a member of
/// the records: the type is the value, so a payload can never disagree with it.
/// </summary>
/// <param name="JsonName">The property on the wire.</param>
/// <param name="Mappings">Each value with the record it names, in spec order.</param>
public sealed record DiscriminatorModel(string JsonName, EquatableArray<DiscriminatorMappingModel> Mappings);

/// <summary>One value of a <see cref="DiscriminatorModel"/> and the record it names.</summary>
public sealed record DiscriminatorMappingModel(string Value, string TypeName);

/// <summary>The bag that keeps members a schema does not list.</summary>
/// <param name="Name">The C# property name.</param>
/// <param name="ValueType">The type of each value (JsonElement when any value is allowed).</param>
public sealed record AdditionalPropertiesModel(string Name, TypeRef ValueType)
{
    /// <summary>The validation keywords of each value, or null.</summary>
    public ConstraintsModel? ValueConstraints { get; init; }
}

/// <summary>One member of a <see cref="DtoModel"/>.</summary>
public sealed record PropertyModel(
    string Name,
    string JsonName,
    TypeRef Type,
    bool IsRequired,
    string? Description,
    bool IsDeprecated)
{
    /// <summary>Declared on the base record, so the derived record's declaration leaves it out.</summary>
    public bool IsInherited { get; init; }

    /// <summary>Sent by the server only: a client leaves it out of request bodies.</summary>
    public bool IsReadOnly { get; init; }

    /// <summary>Sent by the client only: a server leaves it out of responses.</summary>
    public bool IsWriteOnly { get; init; }

    /// <summary>The schema's default as compact JSON, or null.</summary>
    public string? DefaultJson { get; init; }

    /// <summary>The schema's example as compact JSON, for docs.</summary>
    public string? Example { get; init; }

    /// <summary>The validation keywords of the member's schema, or null when it has none.</summary>
    public ConstraintsModel? Constraints { get; init; }
}

/// <summary>
/// A oneOf/anyOf without a discriminator: a value that is one of several types. Reading tries the branches against
/// the JSON (its kind, and the required and known members of object branches) and records which one matched.
/// </summary>
public sealed record UnionModel(string Name, string SchemaPath, string? Description, EquatableArray<UnionBranchModel> Branches)
{
    /// <summary>When the schema has a discriminator, its value picks the branch instead of the members.</summary>
    public DiscriminatorModel? Discriminator { get; init; }
}

/// <summary>One branch of a <see cref="UnionModel"/>.</summary>
/// <param name="Name">The branch's name, used for its accessor and its Kind member.</param>
/// <param name="Type">The branch's type, not nullable.</param>
/// <param name="RequiredJsonNames">For object branches: the members that must be present.</param>
/// <param name="KnownJsonNames">For object branches: every member the schema lists.</param>
public sealed record UnionBranchModel(string Name, TypeRef Type, EquatableArray<string> RequiredJsonNames, EquatableArray<string> KnownJsonNames)
{
    /// <summary>The validation keywords of a scalar, list or map branch, or null.</summary>
    public ConstraintsModel? Constraints { get; init; }

    /// <summary>
    /// For object branches: members that allow listed strings only (<c>object: {enum: [card]}</c>) or listed integers
    /// only (<c>type: {enum: [6]}</c>, as decimal text), one entry per allowed value, parallel to
    /// <see cref="TagValues"/>. An object whose such member says something else is most likely another branch.
    /// </summary>
    public EquatableArray<string> TagJsonNames { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The allowed value of the member at the same index of <see cref="TagJsonNames"/>.</summary>
    public EquatableArray<string> TagValues { get; init; } = EquatableArray<string>.Empty;
}

/// <summary>
/// A C# type as it appears in source. <see cref="Name"/> is fully qualified for framework types
/// (<c>global::System.Guid</c>) and bare for generated ones, which share the spec's namespace.
/// </summary>
public sealed record TypeRef(string Name, bool IsNullable, bool IsValueType)
{
    /// <summary>What the type is, which decides how it is read and written as JSON.</summary>
    public TypeKind Kind { get; init; }

    /// <summary>The item type of a list or the value type of a map.</summary>
    public TypeRef? Element { get; init; }

    /// <summary>The type as written in a declaration, with <c>?</c> when nullable.</summary>
    public string Display => IsNullable ? Name + "?" : Name;

    /// <summary>The same type, nullable.</summary>
    public TypeRef AsNullable() => IsNullable ? this : this with { IsNullable = true };

    /// <summary>The same type, not nullable.</summary>
    public TypeRef AsNonNullable() => IsNullable ? this with { IsNullable = false } : this;
}
