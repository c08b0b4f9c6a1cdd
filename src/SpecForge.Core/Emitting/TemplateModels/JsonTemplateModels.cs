using System.Collections.Generic;

namespace SpecForge.Core.Emitting.TemplateModels;

/// <summary>What <c>JsonConverter.sbncs</c> renders: the converter nested in one record. Every string is valid, escaped C#.</summary>
public sealed partial class JsonConverterTemplateModel
{
    /// <summary>The namespace of the generated types.</summary>
    public string Namespace { get; init; } = string.Empty;

    /// <summary>The accessibility of the generated types: <c>public</c>, or <c>internal</c> with <c>Visibility="internal"</c>.</summary>
    public string Visibility { get; init; } = "public";

    /// <summary>The record's name as declared.</summary>
    public string TypeName { get; init; } = string.Empty;

    /// <summary>The record's name as a string literal, for error messages.</summary>
    public string TypeNameLiteral { get; init; } = string.Empty;

    /// <summary>The per-spec helper class, fully qualified.</summary>
    public string Codec { get; init; } = string.Empty;

    /// <summary>The per-spec payload enum, fully qualified.</summary>
    public string PayloadType { get; init; } = string.Empty;

    /// <summary>
    /// The runtime's base of the nested converter, fully qualified (<c>ObjectConverter&lt;TypeName&gt;</c>): it hands
    /// System.Text.Json's reads and writes to <c>ReadValue</c> and <c>WriteValue</c>.
    /// </summary>
    public string ConverterBase { get; init; } = string.Empty;

    /// <summary>Whether the record is an abstract base that dispatches on its discriminator.</summary>
    public bool IsAbstract { get; init; }

    /// <summary>Whether the record derives from another, whose nested converter this one hides.</summary>
    public bool HasBase { get; init; }

    /// <summary>The discriminator's JSON name as UTF-8 bytes, when the record is a base or a case of one.</summary>
    public string DiscriminatorNameUtf8 { get; init; } = string.Empty;

    /// <summary>The discriminator's JSON name as a string literal.</summary>
    public string DiscriminatorNameLiteral { get; init; } = string.Empty;

    /// <summary>For a case of a discriminated base: the value it writes, as a string literal; empty otherwise.</summary>
    public string DiscriminatorValueLiteral { get; init; } = string.Empty;

    /// <summary>Whether <see cref="DiscriminatorValueLiteral"/> is set.</summary>
    public bool HasDiscriminatorValue { get; init; }

    /// <summary>For an abstract base: its cases, most derived first.</summary>
    public IReadOnlyList<JsonCaseTemplateModel> Cases { get; init; } = new JsonCaseTemplateModel[0];

    /// <summary>The known values of the discriminator, for the error about an unknown one.</summary>
    public string KnownValuesLiteral { get; init; } = string.Empty;

    /// <summary>Members in schema order, inherited ones first.</summary>
    public IReadOnlyList<JsonPropertyTemplateModel> Properties { get; init; } = new JsonPropertyTemplateModel[0];

    /// <summary>The static array holding every member's name, encoded once for writing, in member order.</summary>
    public string EncodedNamesField { get; init; } = string.Empty;

    /// <summary>
    /// Whether the reading constructor sets C# <c>required</c> members, so it carries <c>[SetsRequiredMembers]</c>
    /// (it checks that the JSON had them instead).
    /// </summary>
    public bool SetsRequiredMembers { get; init; }

    /// <summary>The bit sets recording which required members were read, one per 64 of them.</summary>
    public IReadOnlyList<JsonRequiredSetTemplateModel> RequiredSets { get; init; } = new JsonRequiredSetTemplateModel[0];

    /// <summary>Whether unlisted members are kept in a bag.</summary>
    public bool HasBag { get; init; }

    /// <summary>The bag's property name.</summary>
    public string BagName { get; init; } = string.Empty;

    /// <summary>The type of each bag value as declared.</summary>
    public string BagValueType { get; init; } = string.Empty;

    /// <summary>The bag's dictionary type as a local.</summary>
    public string BagLocalType { get; init; } = string.Empty;

    /// <summary>Reads one bag value at the current token.</summary>
    public string BagReadExpression { get; init; } = string.Empty;

    /// <summary>Writes one bag value, <c>pair.Value</c>.</summary>
    public string BagWriteStatement { get; init; } = string.Empty;
}

/// <summary>One case of a discriminated base: the value and how to read and write the derived type.</summary>
public sealed class JsonCaseTemplateModel
{
    /// <summary>The discriminator value as a string literal.</summary>
    public string ValueLiteral { get; init; } = string.Empty;

    /// <summary>The derived type, fully qualified.</summary>
    public string TypeName { get; init; } = string.Empty;

    /// <summary>A local name for the pattern variable.</summary>
    public string Local { get; init; } = string.Empty;
}

/// <summary>Up to 64 required members of a record, tracked as the bits of one <c>ulong</c> while reading.</summary>
public sealed class JsonRequiredSetTemplateModel
{
    /// <summary>The local holding the bits.</summary>
    public string Local { get; init; } = string.Empty;

    /// <summary>The value of <see cref="Local"/> once every member of the set was read, as a literal.</summary>
    public string AllSeen { get; init; } = string.Empty;

    /// <summary>The members' JSON names as string literals, comma-separated, in bit order.</summary>
    public string NameLiterals { get; init; } = string.Empty;
}

/// <summary>One member in a converter.</summary>
public sealed class JsonPropertyTemplateModel
{
    /// <summary>The C# property name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The JSON name as UTF-8 bytes (a u8 literal or a byte array).</summary>
    public string Utf8Name { get; init; } = string.Empty;

    /// <summary>The JSON name as a string literal.</summary>
    public string JsonNameLiteral { get; init; } = string.Empty;

    /// <summary>The member's name encoded once for writing: an element of the converter's <c>EncodedNamesField</c>.</summary>
    public string EncodedNameField { get; init; } = string.Empty;

    /// <summary>For a required member: the <c>ulong</c> local whose bits record which required members were present.</summary>
    public string SeenLocal { get; init; } = string.Empty;

    /// <summary>For a required member: its bit in <see cref="SeenLocal"/>, as a literal.</summary>
    public string SeenBit { get; init; } = string.Empty;

    /// <summary>Whether the member must be present.</summary>
    public bool IsRequired { get; init; }

    /// <summary>Whether a JSON null is an error for this member.</summary>
    public bool RejectsNull { get; init; }

    /// <summary>Reads the value at the current token.</summary>
    public string ReadExpression { get; init; } = string.Empty;

    /// <summary>When to write the member (payload direction, omitted when null); empty for always.</summary>
    public string WriteCondition { get; init; } = string.Empty;

    /// <summary>Whether <see cref="WriteCondition"/> is set.</summary>
    public bool HasWriteCondition { get; init; }

    /// <summary>Writes the member, name and value.</summary>
    public string WriteStatement { get; init; } = string.Empty;
}

/// <summary>What <c>Union.sbncs</c> renders: one union type with its converter.</summary>
public sealed class UnionTemplateModel
{
    /// <summary>The namespace of the generated types.</summary>
    public string Namespace { get; init; } = string.Empty;

    /// <summary>The accessibility of the generated types: <c>public</c>, or <c>internal</c> with <c>Visibility="internal"</c>.</summary>
    public string Visibility { get; init; } = "public";

    /// <summary>The union's name.</summary>
    public string TypeName { get; init; } = string.Empty;

    /// <summary>The runtime's interface of values that check themselves, fully qualified, when the union has a validator; empty otherwise.</summary>
    public string Validatable { get; init; } = string.Empty;

    /// <summary>The union's name as a string literal.</summary>
    public string TypeNameLiteral { get; init; } = string.Empty;

    /// <summary>Complete doc comment lines.</summary>
    public IReadOnlyList<string> Doc { get; init; } = new string[0];

    /// <summary>The per-spec helper class, fully qualified.</summary>
    public string Codec { get; init; } = string.Empty;

    /// <summary>The per-spec payload enum, fully qualified.</summary>
    public string PayloadType { get; init; } = string.Empty;

    /// <summary>The runtime's base of the nested converter, fully qualified (<c>ObjectConverter&lt;TypeName&gt;</c>).</summary>
    public string ConverterBase { get; init; } = string.Empty;

    /// <summary>The branches in spec order.</summary>
    public IReadOnlyList<UnionBranchTemplateModel> Branches { get; init; } = new UnionBranchTemplateModel[0];

    /// <summary>Branches recognised by their members when the JSON is an object, best match wins.</summary>
    public IReadOnlyList<UnionBranchTemplateModel> ObjectBranches { get; init; } = new UnionBranchTemplateModel[0];

    /// <summary>Whether there is at least one object branch.</summary>
    public bool HasObjectBranches => ObjectBranches.Count > 0;

    /// <summary>The branch for a JSON string, if any.</summary>
    public UnionBranchTemplateModel? StringBranch { get; init; }

    /// <summary>
    /// When <see cref="StringBranch"/> is a string enum and another branch takes any string (a string or a nested
    /// union): that branch, which reads the strings the enum does not list.
    /// </summary>
    public UnionBranchTemplateModel? StringFallback { get; init; }

    /// <summary>The branch for an integer, if any.</summary>
    public UnionBranchTemplateModel? IntegerBranch { get; init; }

    /// <summary>The branch for any other number, if any.</summary>
    public UnionBranchTemplateModel? NumberBranch { get; init; }

    /// <summary>The branch for true/false, if any.</summary>
    public UnionBranchTemplateModel? BooleanBranch { get; init; }

    /// <summary>The branch for an array, if any.</summary>
    public UnionBranchTemplateModel? ArrayBranch { get; init; }

    /// <summary>Further list branches, tried in order when <see cref="ArrayBranch"/> cannot read the items.</summary>
    public IReadOnlyList<UnionBranchTemplateModel> ArrayFallbacks { get; init; } = new UnionBranchTemplateModel[0];

    /// <summary>Whether there are <see cref="ArrayFallbacks"/>.</summary>
    public bool HasArrayFallbacks => ArrayFallbacks.Count > 0;

    /// <summary>Whether the JSON's kind and members choose the branch: no discriminator, or one an object may leave out.</summary>
    public bool ReadsByToken => !HasDiscriminator || HasObjectBranches;

    /// <summary>The branch that takes any JSON (a JsonElement or nested union), tried last.</summary>
    public UnionBranchTemplateModel? AnyBranch { get; init; }

    /// <summary>Whether any branch is recognised by the kind of JSON token rather than taken as a last resort.</summary>
    public bool HasTokenCases => HasObjectBranches || StringBranch is not null || IntegerBranch is not null || NumberBranch is not null
        || BooleanBranch is not null || ArrayBranch is not null;

    /// <summary>Whether a discriminator decides the branch.</summary>
    public bool HasDiscriminator { get; init; }

    /// <summary>The discriminator's JSON name as UTF-8 bytes.</summary>
    public string DiscriminatorNameUtf8 { get; init; } = string.Empty;

    /// <summary>The discriminator's JSON name as a string literal.</summary>
    public string DiscriminatorNameLiteral { get; init; } = string.Empty;

    /// <summary>Discriminator values with the branch each names.</summary>
    public IReadOnlyList<UnionCaseTemplateModel> Cases { get; init; } = new UnionCaseTemplateModel[0];

    /// <summary>The known values of the discriminator, for the error about an unknown one.</summary>
    public string KnownValuesLiteral { get; init; } = string.Empty;
}

/// <summary>One branch of a union.</summary>
public sealed class UnionBranchTemplateModel
{
    /// <summary>The branch's name: its accessor and its Kind member.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The branch's position, for generated locals.</summary>
    public int Index { get; init; }

    /// <summary>The branch's type, fully qualified, not nullable.</summary>
    public string TypeName { get; init; } = string.Empty;

    /// <summary>The branch's type escaped for a doc comment.</summary>
    public string DocTypeName { get; init; } = string.Empty;

    /// <summary>Whether the branch's type is a value type.</summary>
    public bool IsValueType { get; init; }

    /// <summary>Whether the union converts implicitly from the branch (not possible from interfaces).</summary>
    public bool HasImplicitConversion { get; init; }

    /// <summary>Reads the branch's value at the current token.</summary>
    public string ReadExpression { get; init; } = string.Empty;

    /// <summary>Writes the branch's value, <c>value.Value</c> cast to the branch's type.</summary>
    public string WriteStatement { get; init; } = string.Empty;

    /// <summary>Required members as a C# array of string literals.</summary>
    public string RequiredLiteral { get; init; } = string.Empty;

    /// <summary>Listed members as a C# array of string literals.</summary>
    public string KnownLiteral { get; init; } = string.Empty;

    /// <summary>C# array literal of the members that allow one string only (see <c>UnionBranchModel.TagJsonNames</c>).</summary>
    public string TagNamesLiteral { get; init; } = string.Empty;

    /// <summary>C# array literal of the one value each tag member allows.</summary>
    public string TagValuesLiteral { get; init; } = string.Empty;

    /// <summary>Whether the branch is a map, matched by any object but only when no record matches.</summary>
    public bool IsMap { get; init; }
}

/// <summary>One discriminator value of a union.</summary>
public sealed class UnionCaseTemplateModel
{
    /// <summary>The value as a string literal.</summary>
    public string ValueLiteral { get; init; } = string.Empty;

    /// <summary>The branch it names.</summary>
    public string BranchName { get; init; } = string.Empty;

    /// <summary>Reads that branch.</summary>
    public string ReadExpression { get; init; } = string.Empty;
}

/// <summary>What <c>JsonCodec.sbncs</c> renders: the per-spec resolver and the class of its lists, maps and scalars.</summary>
public sealed class JsonCodecTemplateModel
{
    /// <summary>The namespace of the generated types.</summary>
    public string Namespace { get; init; } = string.Empty;

    /// <summary>The accessibility of the generated types: <c>public</c>, or <c>internal</c> with <c>Visibility="internal"</c>.</summary>
    public string Visibility { get; init; } = "public";

    /// <summary>The client's name, the prefix of the per-spec types.</summary>
    public string ClientName { get; init; } = string.Empty;

    /// <summary>The runtime's payload enum, fully qualified.</summary>
    public string PayloadType { get; init; } = string.Empty;

    /// <summary>The runtime's reading and writing helpers, fully qualified.</summary>
    public string RuntimeCodec { get; init; } = string.Empty;

    /// <summary>Lists and maps, each with a read and a write method.</summary>
    public IReadOnlyList<JsonCompositeTemplateModel> Composites { get; init; } = new JsonCompositeTemplateModel[0];

    /// <summary>Scalars read or written as whole bodies.</summary>
    public IReadOnlyList<JsonCompositeTemplateModel> Scalars { get; init; } = new JsonCompositeTemplateModel[0];

    /// <summary>The types the resolver serves, each with the converter it uses.</summary>
    public IReadOnlyList<JsonResolverEntryTemplateModel> ResolverEntries { get; init; } = new JsonResolverEntryTemplateModel[0];
}

/// <summary>A list, map or scalar the codec reads and writes with methods of its own.</summary>
public sealed class JsonCompositeTemplateModel
{
    /// <summary>The method suffix (ReadX/WriteX).</summary>
    public string MethodName { get; init; } = string.Empty;

    /// <summary>The type as declared.</summary>
    public string TypeName { get; init; } = string.Empty;

    /// <summary>Whether it is a list (otherwise a map, or a scalar when neither).</summary>
    public bool IsList { get; init; }

    /// <summary>Whether it is a map.</summary>
    public bool IsMap { get; init; }

    /// <summary>The element type as declared.</summary>
    public string ElementTypeName { get; init; } = string.Empty;

    /// <summary>Whether a JSON null element is an error.</summary>
    public bool ElementRejectsNull { get; init; }

    /// <summary>Reads one element (or the scalar) at the current token.</summary>
    public string ReadExpression { get; init; } = string.Empty;

    /// <summary>Writes one element, the local <c>item</c> (or the scalar, <c>value</c>).</summary>
    public string WriteStatement { get; init; } = string.Empty;
}

/// <summary>One type the resolver serves.</summary>
public sealed class JsonResolverEntryTemplateModel
{
    /// <summary>The type as declared.</summary>
    public string TypeName { get; init; } = string.Empty;

    /// <summary>An expression creating its converter, with <c>_payload</c> in scope.</summary>
    public string ConverterExpression { get; init; } = string.Empty;
}
