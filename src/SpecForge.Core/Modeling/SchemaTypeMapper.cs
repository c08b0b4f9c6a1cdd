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

    public SchemaTypeMapper(ModelBuildContext context) => _context = context;

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

        var type = MapInline(schema, pointer, nameHint);
        return SchemaShapes.IsNullable(schema) ? type.AsNullable() : type;
    }

    /// <summary>Builds the record for <paramref name="schema"/> under the already reserved <paramref name="name"/>.</summary>
    public void BuildRecord(string name, IOpenApiSchema schema, string pointer)
    {
        var properties = new List<PropertyModel>();
        var memberNames = new NameScope(name);
        var required = new HashSet<string>(System.StringComparer.Ordinal);
        var collected = CollectProperties(schema, pointer, new HashSet<IOpenApiSchema>(), required, cyclePointer =>
            _context.Report(DiagnosticCatalog.AllOfCycle, $"'{name}' includes itself through allOf; the cycle is cut here.", cyclePointer)).ToList();
        foreach (var (property, propertyPointer) in collected)
        {
            var isRequired = required.Contains(property.Key);
            if (properties.Any(p => p.JsonName == property.Key))
            {
                continue;
            }

            var propertyName = memberNames.Allocate(Naming.ToPascalCase(property.Key));
            var type = Map(property.Value, propertyPointer, name + Naming.ToPascalCase(property.Key));
            if (!isRequired)
            {
                type = type.AsNullable();
            }

            properties.Add(new PropertyModel(
                propertyName,
                property.Key,
                type,
                isRequired,
                Describe(property.Value),
                property.Value.Deprecated));
        }

        _context.Dtos.Add(new DtoModel(name, pointer, Describe(schema), schema.Deprecated, properties.ToEquatableArray()));
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
        if (_context.TryGetComponentRecord(reference, out var dtoName))
        {
            var target = reference.Target;
            var dto = WellKnownTypes.Generated(dtoName);
            return target is not null && SchemaShapes.IsNullable(target) ? dto.AsNullable() : dto;
        }

        if (id is not null && _context.ComponentEnumNames.TryGetValue(id, out var enumName))
        {
            var enumType = WellKnownTypes.GeneratedValue(enumName);
            return reference.Target is not null && SchemaShapes.IsNullable(reference.Target) ? enumType.AsNullable() : enumType;
        }

        // The reader has already reported a missing target (SF1006) at this place.
        if (reference.Target is null || id is null)
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
            return Map(reference.Target, componentPointer, Naming.ToPascalCase(id));
        }
        finally
        {
            _aliasesInProgress.Remove(id);
        }
    }

    private TypeRef MapInline(IOpenApiSchema schema, string pointer, string nameHint)
    {
        if (SchemaShapes.IsAllOfAlias(schema))
        {
            return Map(schema.AllOf![0], pointer + "/allOf/0", nameHint);
        }

        if (SchemaShapes.IsRecord(schema))
        {
            var name = _context.TypeNames.Allocate(nameHint);
            BuildRecord(name, schema, pointer);
            return WellKnownTypes.Generated(name);
        }

        if (EnumMapper.Values(schema) is { } listed)
        {
            var name = _context.TypeNames.Allocate(nameHint);
            _context.Enums.Add(EnumMapper.Build(name, pointer, schema, listed.IsInteger, listed.Values));
            return WellKnownTypes.GeneratedValue(name);
        }

        if (SchemaShapes.SingleNonNullBranch(schema) is { } branch)
        {
            return Map(branch, pointer, nameHint).AsNullable();
        }

        switch (SchemaShapes.SingleType(schema))
        {
            case JsonSchemaType.String:
                return MapString(schema.Format);
            case JsonSchemaType.Integer:
                return schema.Format == "int32" ? WellKnownTypes.Int32 : WellKnownTypes.Int64;
            case JsonSchemaType.Number:
                return schema.Format switch
                {
                    "float" => WellKnownTypes.Single,
                    "decimal" => WellKnownTypes.Decimal,
                    "int32" => WellKnownTypes.Int32,
                    "int64" => WellKnownTypes.Int64,
                    _ => WellKnownTypes.Double,
                };
            case JsonSchemaType.Boolean:
                return WellKnownTypes.Boolean;
            case JsonSchemaType.Array:
                return WellKnownTypes.ListOf(Map(schema.Items, pointer + "/items", nameHint + "Item"));
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

        // oneOf/anyOf unions, multi-type schemas and schemas without a type: any JSON value.
        return WellKnownTypes.JsonElement;
    }

    private TypeRef MapMap(IOpenApiSchema schema, string pointer, string nameHint)
    {
        var values = schema.AdditionalProperties is { } valueSchema
            ? Map(valueSchema, pointer + "/additionalProperties", nameHint + "Value")
            : WellKnownTypes.JsonElement;
        return WellKnownTypes.DictionaryOf(values);
    }

    private static TypeRef MapString(string? format) => format switch
    {
        "date-time" => WellKnownTypes.DateTimeOffset,
        "date" => WellKnownTypes.DateOnly,
        "time" => WellKnownTypes.TimeOnly,
        "uuid" => WellKnownTypes.Guid,
        "uri" => WellKnownTypes.Uri,
        "byte" => WellKnownTypes.Bytes,
        "binary" => WellKnownTypes.Bytes,
        _ => WellKnownTypes.String,
    };

    // allOf branches contribute their properties in order; a "required" list in any branch applies to all of them.
    private static IEnumerable<(KeyValuePair<string, IOpenApiSchema> Property, string Pointer)> CollectProperties(
        IOpenApiSchema schema, string pointer, HashSet<IOpenApiSchema> visited, HashSet<string> required, System.Action<string> onCycle)
    {
        var target = schema is OpenApiSchemaReference reference ? reference.Target : schema;
        if (target is null)
        {
            yield break;
        }

        if (!visited.Add(target))
        {
            onCycle(pointer);
            yield break;
        }

        var ownPointer = schema is OpenApiSchemaReference { Reference.Id: { } id } ? JsonPointers.Append("/components/schemas", id) : pointer;
        var allOf = target.AllOf ?? new List<IOpenApiSchema>();
        for (var i = 0; i < allOf.Count; i++)
        {
            foreach (var inherited in CollectProperties(allOf[i], ownPointer + "/allOf/" + i, visited, required, onCycle))
            {
                yield return inherited;
            }
        }

        foreach (var name in target.Required ?? new HashSet<string>())
        {
            required.Add(name);
        }

        foreach (var property in target.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            yield return (property, JsonPointers.Append(ownPointer + "/properties", property.Key));
        }
    }
}
