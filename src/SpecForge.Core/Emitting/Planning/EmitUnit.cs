using SpecForge.Core.Collections;
using SpecForge.Core.Modeling;

namespace SpecForge.Core.Emitting.Planning;

/// <summary>
/// One piece of a spec's output that is rendered on its own: the types of one letter's file, the client's files,
/// or the JSON codec. Each holds only the part of the model its files are made from (its slice), so the
/// generator, which renders one unit per pipeline item, renders again only the units an edit changed.
/// </summary>
/// <param name="Model">The unit's slice of the model.</param>
public abstract record EmitUnit(ApiModel Model)
{
    /// <summary>What the unit renders, unique within its spec: for reading pipeline traces and test failures.</summary>
    public abstract string Key { get; }
}

/// <summary>
/// The file of the types whose names start with one letter (<see cref="ArtifactFiles.Types"/>): each type's unit
/// rendered in turn into it, so an edit to one schema renders that letter's types again and no others.
/// </summary>
/// <param name="Model">What every type's slice shares: names, namespaces and switches.</param>
/// <param name="Letter">The letter, as <see cref="ArtifactFiles.Letter"/> gives it.</param>
/// <param name="Types">The record, union and enum units, in model order.</param>
public sealed record TypesUnit(ApiModel Model, string Letter, EquatableArray<EmitUnit> Types) : EmitUnit(Model)
{
    /// <inheritdoc/>
    public override string Key => "Models." + Letter;
}

/// <summary>A record's part of its letter's file: its declaration, its converter and (when validators are on) its validator.</summary>
/// <param name="Model">The slice: the record, its bases, the records its discriminator names with theirs, and the enums its members use.</param>
/// <param name="Dto">The record.</param>
/// <param name="IsDerivedFrom">Whether another record derives from it, which makes its validator virtual.</param>
/// <param name="Json">The codec methods its converter calls.</param>
public sealed record RecordUnit(ApiModel Model, DtoModel Dto, bool IsDerivedFrom, JsonPlan Json) : EmitUnit(Model)
{
    /// <inheritdoc/>
    public override string Key => "Dto." + Dto.Name;
}

/// <summary>A union's part of its letter's file: the type, its converter and (when validators are on) its validator.</summary>
/// <param name="Model">The slice: the union and the enums its branches use.</param>
/// <param name="Union">The union.</param>
/// <param name="Json">The codec methods its converter calls.</param>
public sealed record UnionUnit(ApiModel Model, UnionModel Union, JsonPlan Json) : EmitUnit(Model)
{
    /// <inheritdoc/>
    public override string Key => "Union." + Union.Name;
}

/// <summary>An enum's part of its letter's file.</summary>
/// <param name="Model">The slice: the enum alone.</param>
/// <param name="Enum">The enum.</param>
public sealed record EnumUnit(ApiModel Model, EnumModel Enum) : EmitUnit(Model)
{
    /// <inheritdoc/>
    public override string Key => "Enum." + Enum.Name;
}

/// <summary>The client's files: the client and its interface, one file per group, the options and the DI registration.</summary>
/// <param name="Model">The slice: operations, groups, security and servers, and the enums operations use; no records or unions.</param>
/// <param name="Json">The codec methods the operations call.</param>
public sealed record ClientUnit(ApiModel Model, JsonPlan Json) : EmitUnit(Model)
{
    /// <inheritdoc/>
    public override string Key => "Client";
}

/// <summary>The JSON file: the resolver over every generated type and the codec's list, map and scalar methods.</summary>
/// <param name="Model">The slice: names and namespaces only.</param>
/// <param name="RecordNames">Every record, in model order.</param>
/// <param name="UnionNames">Every union, in model order.</param>
/// <param name="EnumNames">Every enum, in model order.</param>
/// <param name="BodyComposites">The lists and maps used as whole bodies, which the resolver serves to JsonSerializer.</param>
/// <param name="Json">The whole plan: the codec declares every method in it.</param>
public sealed record CodecUnit(
    ApiModel Model,
    EquatableArray<string> RecordNames,
    EquatableArray<string> UnionNames,
    EquatableArray<string> EnumNames,
    EquatableArray<TypeRef> BodyComposites,
    JsonPlan Json) : EmitUnit(Model)
{
    /// <inheritdoc/>
    public override string Key => "Json";
}
