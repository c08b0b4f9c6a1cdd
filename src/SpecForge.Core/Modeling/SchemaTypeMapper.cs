using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using SpecForge.Core.Collections;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Reading;

namespace SpecForge.Core.Modeling;

/// <summary>
/// Maps schemas to C# types. Object schemas become records (named after their component, or after the place
/// they are declared when inline); other components are aliases and map to what they describe.
/// </summary>
internal sealed class SchemaTypeMapper
{
    private readonly ModelBuildContext _context;

    // Components being mapped right now, so an alias that refers to itself ends instead of recursing forever.
    private readonly HashSet<string> _aliasesInProgress = new(System.StringComparer.Ordinal);

    public SchemaTypeMapper(ModelBuildContext context)
    {
        _context = context;
        Records = new RecordBuilder(context, this);
        Unions = new UnionBuilder(context, this);
        Constraints = new ConstraintReader(context);
    }

    /// <summary>Reads the validation keywords that travel with each mapped type.</summary>
    public ConstraintReader Constraints { get; }

    public RecordBuilder Records { get; }

    public UnionBuilder Unions { get; }

    private readonly System.Collections.Generic.Dictionary<IOpenApiSchema, TypeRef> _inlineTypes = new(ModelBuildContext.ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The C# type for <paramref name="schema"/> found at <paramref name="pointer"/>. An inline record is named
    /// <paramref name="nameHint"/>. Nullable when the schema allows null; callers add nullability for optional members.
    /// </summary>
    public TypeRef Map(IOpenApiSchema? schema, string pointer, string nameHint)
    {
        if (schema is null)
        {
            return WellKnownTypes.JsonElement;
        }

        if (schema is OpenApiSchemaReference reference)
        {
            return MapReference(reference, pointer);
        }

        // A schema met again (pagination looks at a response's items after the response was mapped) keeps its type,
        // so an inline record is never generated twice.
        if (_inlineTypes.TryGetValue(schema, out var known))
        {
            return known;
        }

        var type = MapInline(schema, pointer, nameHint);
        type = SchemaShapes.IsNullable(schema) ? type.AsNullable() : type;
        _inlineTypes[schema] = type;
        return type;
    }

    /// <summary>
    /// Description, falling back to title: both are what a reader of the docs would see. For a $ref only a description
    /// written on the reference itself counts; the target's describes the type, which documents itself.
    /// </summary>
    public static string? Describe(IOpenApiSchema schema)
    {
        if (schema is OpenApiSchemaReference reference)
        {
            return string.IsNullOrWhiteSpace(reference.Reference.Description) ? null : reference.Reference.Description;
        }

        return string.IsNullOrWhiteSpace(schema.Description) ? (string.IsNullOrWhiteSpace(schema.Title) ? null : schema.Title) : schema.Description;
    }

    private TypeRef MapReference(OpenApiSchemaReference reference, string pointer)
    {
        var id = reference.Reference.Id;

        // Each read of Target resolves the reference again, so it is read once.
        var target = reference.Target;
        if (_context.TryGetComponentRecord(reference, out var dtoName))
        {
            var dto = WellKnownTypes.Generated(dtoName);
            return target is not null && SchemaShapes.IsNullable(target) ? dto.AsNullable() : dto;
        }

        if (id is not null && _context.ComponentEnumNames.TryGetValue(id, out var enumName))
        {
            var enumType = WellKnownTypes.GeneratedEnum(enumName);
            return target is not null && SchemaShapes.IsNullable(target) ? enumType.AsNullable() : enumType;
        }

        if (id is not null && _context.ComponentUnionNames.TryGetValue(id, out var unionName))
        {
            var unionType = WellKnownTypes.GeneratedUnion(unionName);
            return target is not null && (SchemaShapes.IsNullable(target) || UnionBuilder.AllowsNull(target)) ? unionType.AsNullable() : unionType;
        }

        // The reader has already reported a missing target (SF1006) at this place.
        if (target is null || id is null)
        {
            return WellKnownTypes.JsonElement;
        }

        if (!_aliasesInProgress.Add(id))
        {
            return WellKnownTypes.JsonElement;
        }

        try
        {
            var componentPointer = JsonPointers.Append("/components/schemas", id);
            return Map(target, componentPointer, Naming.ToPascalCase(id));
        }
        finally
        {
            _aliasesInProgress.Remove(id);
        }
    }

    // Identical inline records share the first one's type. Members' types are compared by name, and the records nested
    // in this one were shared before it was built, so two copies of a nested shape compare equal. The name allocated
    // for a shared record stays reserved, so the names of later types do not depend on sharing.
    private string ShareInlineRecord(string name) =>
        ShareLast(_context.Dtos, _context.InlineDtoNames, name, dto => dto.Name, dto => dto.Description, dto => dto with { Name = string.Empty, SchemaPath = string.Empty, Description = null }, dto => dto with { Description = null });

    // Identical inline unions (Stripe's `anyOf: [string, $ref X]` for every expandable field) share the first one's type.
    private string ShareInlineUnion(string name) =>
        ShareLast(_context.Unions, _context.InlineUnionNames, name, union => union.Name, union => union.Description, union => union with { Name = string.Empty, SchemaPath = string.Empty, Description = null }, union => union with { Description = null });

    // The type just built (the last of built, named name) is dropped for an earlier one equal to it but for name, place
    // and description. An inline schema's description is its property's (Stripe's "An icon for the account" and "A
    // logo for the account" on two `anyOf: [string, $ref file]`), and each property keeps its own doc comment; the
    // shared type keeps a description only while every schema it stands for has the same one.
    private static string ShareLast<T>(
        List<T> built,
        Dictionary<T, string> shared,
        string name,
        System.Func<T, string> nameOf,
        System.Func<T, string?> descriptionOf,
        System.Func<T, T> blank,
        System.Func<T, T> withoutDescription)
        where T : notnull
    {
        if (built.Count == 0)
        {
            return name;
        }

        var last = built[built.Count - 1];
        var identity = blank(last);
        if (shared.TryGetValue(identity, out var existing))
        {
            built.RemoveAt(built.Count - 1);
            var kept = built.FindIndex(type => nameOf(type) == existing);
            if (kept >= 0 && descriptionOf(built[kept]) != descriptionOf(last))
            {
                built[kept] = withoutDescription(built[kept]);
            }

            return existing;
        }

        shared.Add(identity, name);
        return name;
    }

    private TypeRef MapInline(IOpenApiSchema schema, string pointer, string nameHint)
    {
        if (SchemaShapes.IsAllOfAlias(schema))
        {
            return Map(schema.AllOf![0], pointer + "/allOf/0", nameHint);
        }

        if (SchemaShapes.IsRecord(schema))
        {
            var name = _context.TypeNames.Allocate(nameHint, pointer, ReservedMembers.RecordDeclares);

            // A member whose allOf names the component it belongs to copies that component's members, itself among
            // them: met again while its record is built, it is that record (a recursive type), not a new one each time.
            _inlineTypes[schema] = SchemaShapes.IsNullable(schema) ? WellKnownTypes.Generated(name).AsNullable() : WellKnownTypes.Generated(name);
            Records.BuildInline(name, schema, pointer);

            // A body or parameter's own record is named after its operation and stays that operation's: shared, one
            // operation's signature would name another's type.
            return WellKnownTypes.Generated(pointer.EndsWith("/schema", System.StringComparison.Ordinal) ? name : ShareInlineRecord(name));
        }

        if (EnumMapper.Values(schema) is { } listed)
        {
            var name = _context.TypeNames.Allocate(nameHint, pointer, ReservedMembers.EnumDeclares);
            var model = EnumMapper.Build(_context, name, pointer, schema, listed.IsInteger, listed.Values);

            // Equal values and member names make one type, as for records (ShareLast); the name allocated above stays
            // reserved, so the names of later types do not depend on sharing.
            _context.Enums.Add(model);
            return WellKnownTypes.GeneratedEnum(ShareLast(_context.Enums, _context.InlineEnumNames, name, e => e.Name, e => e.Description, e => e with { Name = string.Empty, SchemaPath = string.Empty, Description = null }, e => e with { Description = null }));
        }

        if (SchemaShapes.SingleNonNullBranch(schema) is { } branch)
        {
            return Map(branch, pointer, nameHint).AsNullable();
        }

        if (SchemaShapes.SoleBranch(schema) is { } sole)
        {
            var type = Map(sole, pointer, nameHint);
            return SchemaShapes.IsNullable(schema) ? type.AsNullable() : type;
        }

        if (UnionBuilder.Branches(schema) is { } branches)
        {
            var name = _context.TypeNames.Allocate(nameHint, pointer, ReservedMembers.UnionDeclares);
            Unions.Build(name, schema, pointer, branches);
            name = ShareInlineUnion(name);
            var union = WellKnownTypes.GeneratedUnion(name);
            return UnionBuilder.AllowsNull(schema) ? union.AsNullable() : union;
        }

        if (SchemaShapes.ScalarTypeBranches(schema) is { } scalarBranches)
        {
            var name = _context.TypeNames.Allocate(nameHint, pointer, ReservedMembers.UnionDeclares);
            Unions.Build(name, schema, pointer, scalarBranches);
            name = ShareInlineUnion(name);
            var union = WellKnownTypes.GeneratedUnion(name);
            return (schema.Type & JsonSchemaType.Null) != 0 ? union.AsNullable() : union;
        }

        // `type: [integer, number]` is a number: every integer is one.
        var single = SchemaShapes.SingleType(schema)
            ?? ((schema.Type & ~JsonSchemaType.Null) == (JsonSchemaType.Integer | JsonSchemaType.Number) ? JsonSchemaType.Number : null);
        switch (single)
        {
            case JsonSchemaType.String or JsonSchemaType.Integer or JsonSchemaType.Number:
                return ScalarType(single.Value, SchemaShapes.AssertedFormat(schema), _context.DatesAsDateTime)!;
            case JsonSchemaType.Boolean:
                return WellKnownTypes.Boolean;
            case JsonSchemaType.Array:
                return schema.Items is null && Tuples.CommonItemType(schema) is { } tupleItem
                    ? WellKnownTypes.ListOf(tupleItem)
                    : WellKnownTypes.ListOf(Map(schema.Items, pointer + "/items", nameHint + "Item"));
            case JsonSchemaType.Object:
                return MapMap(schema, pointer, nameHint);
        }

        if (schema.Type is null && schema.Items is not null)
        {
            return WellKnownTypes.ListOf(Map(schema.Items, pointer + "/items", nameHint + "Item"));
        }

        if (schema.Type is null && schema.AdditionalProperties is not null)
        {
            return MapMap(schema, pointer, nameHint);
        }

        // const without a type still says what kind of value it is.
        if (schema.Const is not null && schema.Type is null)
        {
            return WellKnownTypes.String;
        }

        // Multi-type schemas, `not`, and schemas without a type: any JSON value.
        return WellKnownTypes.JsonElement;
    }

    private TypeRef MapMap(IOpenApiSchema schema, string pointer, string nameHint)
    {
        var values = schema.AdditionalProperties is { } valueSchema
            ? Map(valueSchema, pointer + "/additionalProperties", nameHint + "Value")
            : WellKnownTypes.JsonElement;
        return WellKnownTypes.DictionaryOf(values);
    }

    /// <summary>
    /// The C# type of a string, integer or number with <paramref name="format"/>, or null for any other type. Also what
    /// <c>specforge diff</c> asks to tell a format change that changes the generated type from one that does not.
    /// </summary>
    internal static TypeRef? ScalarType(JsonSchemaType type, string? format, bool datesAsDateTime = false) => type switch
    {
        JsonSchemaType.String => MapString(format, datesAsDateTime),
        JsonSchemaType.Integer => format == "int32" ? WellKnownTypes.Int32 : WellKnownTypes.Int64,
        JsonSchemaType.Number => format switch
        {
            "float" => WellKnownTypes.Single,
            "decimal" => WellKnownTypes.Decimal,
            "int32" => WellKnownTypes.Int32,
            "int64" => WellKnownTypes.Int64,
            _ => WellKnownTypes.Double,
        },
        _ => null,
    };

    // Before .NET 6 there is no DateOnly or TimeOnly: a date is a DateTime's date part, and a time stays the text it is
    // (a TimeSpan would be written as the ISO duration "duration" means).
    private static TypeRef MapString(string? format, bool datesAsDateTime) => format switch
    {
        "date-time" => WellKnownTypes.DateTimeOffset,
        "date" => datesAsDateTime ? WellKnownTypes.DateAsDateTime : WellKnownTypes.DateOnly,
        "time" => datesAsDateTime ? WellKnownTypes.String : WellKnownTypes.TimeOnly,
        "duration" => WellKnownTypes.TimeSpan,
        "uuid" => WellKnownTypes.Guid,
        "uri" => WellKnownTypes.Uri,
        "byte" => WellKnownTypes.Bytes,
        "binary" => WellKnownTypes.Bytes,
        _ => WellKnownTypes.String,
    };
}
