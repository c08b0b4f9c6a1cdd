using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using SpecForge.Core.Collections;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Reading;

namespace SpecForge.Core.Modeling;

/// <summary>
/// Builds <see cref="DtoModel"/>s: members from properties (through allOf), inheritance from the
/// <see cref="TypeHierarchy"/>, discriminators, and the bag for members the schema does not list.
/// </summary>
internal sealed class RecordBuilder
{
    private readonly ModelBuildContext _context;
    private readonly SchemaTypeMapper _types;
    private readonly Dictionary<string, DtoModel> _built = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(System.StringComparer.Ordinal);

    // Record name → the bag it declares or inherits, so a derived record never declares a second one.
    private readonly Dictionary<string, AdditionalPropertiesModel> _bags = new(System.StringComparer.Ordinal);

    public RecordBuilder(ModelBuildContext context, SchemaTypeMapper types)
    {
        _context = context;
        _types = types;
    }

    /// <summary>Builds component <paramref name="key"/> once, its base first; null while it is being built (a cycle).</summary>
    public DtoModel? BuildComponent(string key)
    {
        if (_built.TryGetValue(key, out var done))
        {
            return done;
        }

        // Null too for a base that turned out to be no record (a broken spec's allOf over a scalar, say).
        if (!_context.ComponentDtoNames.ContainsKey(key) || !_inProgress.Add(key))
        {
            return null;
        }

        var pointer = JsonPointers.Append("/components/schemas", key);
        var model = Build(_context.ComponentDtoNames[key], _context.ComponentSchemas[key], pointer, key);
        _inProgress.Remove(key);
        _built[key] = model;
        return model;
    }

    /// <summary>Builds an inline record under the already reserved <paramref name="name"/>.</summary>
    public void BuildInline(string name, IOpenApiSchema schema, string pointer) => Build(name, schema, pointer, componentKey: null);

    private DtoModel Build(string name, IOpenApiSchema schema, string pointer, string? componentKey)
    {
        var baseKey = componentKey is null ? InlineBase(schema) : _context.Hierarchy.BaseOf(componentKey);
        var baseModel = baseKey is null ? null : BuildComponent(baseKey);
        var discriminator = componentKey is null ? null : _context.Hierarchy.DiscriminatorOf(componentKey);
        var discriminatorValue = componentKey is null ? null : _context.Hierarchy.DiscriminatorValueOf(componentKey);
        var hiddenName = discriminator?.PropertyName ?? (componentKey is null ? null : _context.Hierarchy.DiscriminatorAbove(componentKey)?.PropertyName);

        var memberNames = _context.MemberScope(ReservedMembers.With(ReservedMembers.Record, name));
        var properties = new List<PropertyModel>();
        foreach (var inherited in baseModel?.Properties ?? EquatableArray<PropertyModel>.Empty)
        {
            memberNames.Reserve(inherited.Name);
            properties.Add(inherited with { IsInherited = true });
        }

        var inheritedBag = baseModel is not null && _bags.TryGetValue(baseModel.Name, out var bag) ? bag : null;
        if (inheritedBag is not null)
        {
            memberNames.Reserve(inheritedBag.Name);
        }

        var required = new HashSet<string>(System.StringComparer.Ordinal);
        var skipBranch = baseModel is null ? null : schema.AllOf?.FirstOrDefault(b => b is OpenApiSchemaReference r && r.Reference.Id == baseKey);
        var collected = CollectProperties(schema, pointer, new HashSet<IOpenApiSchema>(), required, skipBranch, cyclePointer =>
            _context.Report(DiagnosticCatalog.AllOfCycle, $"'{name}' includes itself through allOf; the cycle is cut here.", cyclePointer)).ToList();
        foreach (var (property, propertyPointer) in collected)
        {
            if (property.Key == hiddenName || properties.Any(p => p.JsonName == property.Key))
            {
                continue;
            }

            // A required readOnly member is required in responses only, a writeOnly one in requests only (OpenAPI 3.0,
            // Schema Object): neither can be required of every payload, so neither is required of the record.
            var isRequired = required.Contains(property.Key) && !property.Value.ReadOnly && !property.Value.WriteOnly;
            properties.Add(BuildProperty(name, property, propertyPointer, isRequired, memberNames));
        }

        var model = new DtoModel(name, pointer, SchemaTypeMapper.Describe(schema), schema.Deprecated, properties.ToEquatableArray())
        {
            BaseName = baseModel?.Name,
            Discriminator = discriminator is null ? null : new DiscriminatorModel(
                discriminator.PropertyName,
                discriminator.Derived.Select(d => new DiscriminatorMappingModel(d.Value, _context.ComponentDtoNames[d.Key])).ToEquatableArray()),
            DiscriminatorValue = discriminatorValue,
            AdditionalProperties = inheritedBag is null ? Bag(schema, pointer, name, memberNames) : null,
            Example = SchemaJson.Example(schema),
        };
        if ((model.AdditionalProperties ?? inheritedBag) is { } kept)
        {
            _bags[name] = kept;
        }

        _context.Dtos.Add(model);
        return model;
    }

    private PropertyModel BuildProperty(string recordName, KeyValuePair<string, IOpenApiSchema> property, string pointer, bool isRequired, NameScope memberNames)
    {
        var schema = property.Value;
        var type = _types.Map(schema, pointer, recordName + Naming.ToPascalCase(property.Key));
        return new PropertyModel(
            memberNames.Allocate(Naming.ToPascalCase(property.Key), pointer),
            property.Key,
            isRequired ? type : type.AsNullable(),
            isRequired,
            SchemaTypeMapper.Describe(schema),
            schema.Deprecated)
        {
            IsReadOnly = schema.ReadOnly,
            IsWriteOnly = schema.WriteOnly,
            DefaultJson = SchemaJson.Compact(schema.Default),
            Example = SchemaJson.Example(schema),
            Constraints = _types.Constraints.Read(schema, pointer, type),
        };
    }

    // Absent additionalProperties means "allowed" in JSON Schema, but a bag on every record of a large spec is noise:
    // only an explicit schema or `true` (read as `{}`, see ExplicitAdditionalProperties) gets one. Unlisted members
    // are otherwise skipped when reading.
    private AdditionalPropertiesModel? Bag(IOpenApiSchema schema, string pointer, string recordName, NameScope memberNames)
    {
        if (schema.AdditionalProperties is not { } valueSchema)
        {
            return null;
        }

        var valueType = _types.Map(valueSchema, pointer + "/additionalProperties", recordName + "Value");
        return new AdditionalPropertiesModel(memberNames.Allocate("AdditionalProperties"), valueType)
        {
            ValueConstraints = _types.Constraints.Read(valueSchema, pointer + "/additionalProperties", valueType),
        };
    }

    // An inline allOf with one $ref to a plain component record inherits it; a discriminated base is left out because
    // its discriminator cannot name a type that has no component.
    private string? InlineBase(IOpenApiSchema schema)
    {
        if (schema.AllOf is not { Count: > 1 } allOf || SchemaShapes.IsAllOfAlias(schema))
        {
            return null;
        }

        var references = allOf.OfType<OpenApiSchemaReference>().ToList();
        return references.Count == 1 && references[0].Reference.Id is { } key && _context.ComponentDtoNames.ContainsKey(key)
            && _context.Hierarchy.DiscriminatorOf(key) is null && !_context.Hierarchy.IsHolder(key)
            ? key
            : null;
    }

    /// <summary>
    /// Properties in declaration order, allOf branches first; a "required" list in any branch applies to all of them.
    /// <paramref name="skipBranch"/> is the base a derived record inherits instead of copying.
    /// </summary>
    public static IEnumerable<(KeyValuePair<string, IOpenApiSchema> Property, string Pointer)> CollectProperties(
        IOpenApiSchema schema, string pointer, HashSet<IOpenApiSchema> visited, HashSet<string> required, IOpenApiSchema? skipBranch, System.Action<string> onCycle)
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
            if (ReferenceEquals(allOf[i], skipBranch))
            {
                continue;
            }

            foreach (var inherited in CollectProperties(allOf[i], ownPointer + "/allOf/" + i, visited, required, null, onCycle))
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
