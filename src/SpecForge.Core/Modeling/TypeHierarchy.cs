using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;

namespace SpecForge.Core.Modeling;

/// <summary>
/// Which component records derive from which, decided before any record is built so that a base is always known
/// when its derived types are. Two patterns make a hierarchy:
/// <list type="bullet">
/// <item><c>allOf: [ $ref Base, { properties } ]</c>: the derived record inherits Base; a discriminator on Base
/// (3.x object or Swagger 2.0 string) makes Base abstract and names each derived type.</item>
/// <item><c>oneOf: [ $ref A, $ref B ]</c> with a discriminator on a component: that component becomes an abstract
/// record and A, B derive from it, unless one of them already has another base (C# has single inheritance);
/// then the component stays a union that still dispatches on the discriminator.</item>
/// </list>
/// </summary>
internal sealed class TypeHierarchy
{
    private readonly Dictionary<string, string> _baseOf = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, DiscriminatorPlan> _discriminated = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> _holders = new(System.StringComparer.Ordinal);

    /// <summary>The base component of <paramref name="key"/>, or null.</summary>
    public string? BaseOf(string key) => _baseOf.TryGetValue(key, out var baseKey) ? baseKey : null;

    /// <summary>The discriminator of base <paramref name="key"/> with its derived components, or null.</summary>
    public DiscriminatorPlan? DiscriminatorOf(string key) => _discriminated.TryGetValue(key, out var plan) ? plan : null;

    /// <summary>True for a oneOf component that became an abstract base record.</summary>
    public bool IsHolder(string key) => _holders.Contains(key);

    /// <summary>The discriminator of the nearest discriminated base above <paramref name="key"/>, or null.</summary>
    public DiscriminatorPlan? DiscriminatorAbove(string key)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal) { key };
        for (var current = BaseOf(key); current is not null && seen.Add(current); current = BaseOf(current))
        {
            if (DiscriminatorOf(current) is { } plan)
            {
                return plan;
            }
        }

        return null;
    }

    /// <summary>The value a discriminated base writes for derived component <paramref name="key"/>, or null.</summary>
    public string? DiscriminatorValueOf(string key) =>
        DiscriminatorAbove(key)?.Derived.FirstOrDefault(d => d.Key == key).Value;

    public static TypeHierarchy Plan(IDictionary<string, IOpenApiSchema> components)
    {
        var hierarchy = new TypeHierarchy();
        foreach (var component in components)
        {
            if (InheritedComponent(component.Key, component.Value, components) is { } baseKey && !hierarchy.Reaches(baseKey, component.Key))
            {
                hierarchy._baseOf[component.Key] = baseKey;
            }
        }

        foreach (var component in components)
        {
            if (component.Value.Discriminator is not { PropertyName: { Length: > 0 } propertyName } discriminator)
            {
                continue;
            }

            var mapping = MappedComponents(discriminator);
            if (Branches(component.Value) is { } branches)
            {
                hierarchy.PlanHolder(component.Key, propertyName, branches, mapping, components);
            }
            else if (SchemaShapes.IsRecord(component.Value))
            {
                hierarchy.PlanBase(component.Key, propertyName, mapping, components);
            }
        }

        return hierarchy;
    }

    // oneOf/anyOf of component records, all of which can take this component as their base.
    private void PlanHolder(string key, string propertyName, List<string> branches, Dictionary<string, string> mapping, IDictionary<string, IOpenApiSchema> components)
    {
        if (branches.Any(b => b == key || !components.TryGetValue(b, out var schema) || !SchemaShapes.IsRecord(schema) || BaseOf(b) is { } other && other != key))
        {
            return;
        }

        foreach (var branch in branches)
        {
            _baseOf[branch] = key;
        }

        _holders.Add(key);
        _discriminated[key] = new DiscriminatorPlan(propertyName, Distinct(branches.Select(b => (b, ValueFor(b, branches, propertyName, mapping, components)))));
    }

    // A record with a discriminator: every component deriving from it, directly or not, is a case.
    private void PlanBase(string key, string propertyName, Dictionary<string, string> mapping, IDictionary<string, IOpenApiSchema> components)
    {
        var derived = _baseOf.Keys.Where(k => k != key && Reaches(k, key)).OrderBy(k => k, System.StringComparer.Ordinal).ToList();
        if (derived.Count > 0)
        {
            _discriminated[key] = new DiscriminatorPlan(propertyName, Distinct(derived.Select(d => (d, ValueFor(d, derived, propertyName, mapping, components)))));
        }
    }

    // Whether following bases from `from` arrives at `to`.
    private bool Reaches(string from, string to)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        for (var current = BaseOf(from); current is not null && seen.Add(current); current = BaseOf(current))
        {
            if (current == to)
            {
                return true;
            }
        }

        return from == to;
    }

    /// <summary>The value that names component <paramref name="key"/>: its mapping entry, else AutoRest's
    /// <c>x-ms-discriminator-value</c> on the component (Swagger 2.0 has no mapping; Azure specs say it this way), else
    /// the one value the component's own discriminator property allows (OpenAI's <c>type: {enum: [exit]}</c>: data
    /// carries that, whatever the default says), else (OpenAPI 3.x, "Discriminator Object") the component name itself.</summary>
    /// <remarks>The allowed value counts only when no other of <paramref name="siblings"/> allows the same one: two
    /// kinds of "message" cannot be told apart by it.</remarks>
    public static string ValueFor(string key, IEnumerable<string> siblings, string propertyName, Dictionary<string, string> mapping, IDictionary<string, IOpenApiSchema> components) =>
        mapping.FirstOrDefault(m => m.Value == key).Key ?? ExtensionValue(key, components) ?? UniqueAllowedValue(key, siblings, propertyName, components) ?? key;

    /// <summary>
    /// Each value once, so every value reads as one type: a repeated value is dropped when its component already has
    /// another, else it becomes the component's name (made unique), so every component keeps a value.
    /// </summary>
    public static List<(string Key, string Value)> Distinct(IEnumerable<(string Key, string Value)> values)
    {
        var used = new HashSet<string>(System.StringComparer.Ordinal);
        var result = new List<(string Key, string Value)>();
        foreach (var value in values)
        {
            if (used.Add(value.Value))
            {
                result.Add(value);
            }
            else if (!result.Any(r => r.Key == value.Key))
            {
                var name = value.Key;
                while (!used.Add(name))
                {
                    name += "_";
                }

                result.Add((value.Key, name));
            }
        }

        return result;
    }

    private static string? UniqueAllowedValue(string key, IEnumerable<string> siblings, string propertyName, IDictionary<string, IOpenApiSchema> components) =>
        SingleAllowedValue(key, propertyName, components) is { } value
        && !siblings.Any(s => s != key && SingleAllowedValue(s, propertyName, components) == value)
            ? value
            : null;

    /// <summary>
    /// For a union (never a base class, whose subtypes each write one value): every string the branch's own
    /// discriminator property allows, when it is neither mapped nor named by AutoRest and no sibling allows any of
    /// them (OpenAI's ComparisonFilter is read for <c>type</c> eq, ne, gt, ...); null otherwise.
    /// </summary>
    public static List<string>? OwnValues(string key, IEnumerable<string> siblings, string propertyName, Dictionary<string, string> mapping, IDictionary<string, IOpenApiSchema> components)
    {
        if (mapping.ContainsValue(key) || ExtensionValue(key, components) is not null || AllowedValues(key, propertyName, components) is not { Count: > 1 } values)
        {
            return null;
        }

        return siblings.Any(s => s != key && AllowedValues(s, propertyName, components)?.Intersect(values).Any() == true) ? null : values;
    }

    private static string? SingleAllowedValue(string key, string propertyName, IDictionary<string, IOpenApiSchema> components) =>
        AllowedValues(key, propertyName, components) is { Count: 1 } values ? values[0] : null;

    private static List<string>? AllowedValues(string key, string propertyName, IDictionary<string, IOpenApiSchema> components)
    {
        if (!components.TryGetValue(key, out var schema))
        {
            return null;
        }

        var parts = new[] { schema }.Concat(schema.AllOf?.Where(p => p is not OpenApiSchemaReference) ?? Enumerable.Empty<IOpenApiSchema>());
        foreach (var part in parts)
        {
            if (part.Properties is { } properties && properties.TryGetValue(propertyName, out var property))
            {
                var target = property is OpenApiSchemaReference reference ? reference.Target : property;
                var listed = target?.Enum?.Where(v => v is not null).ToList();
                return listed is { Count: > 0 } && listed.All(v => v!.GetValueKind() == System.Text.Json.JsonValueKind.String)
                    ? listed.Select(v => v!.GetValue<string>()).Distinct(System.StringComparer.Ordinal).ToList()
                    : null;
            }
        }

        return null;
    }

    private static string? ExtensionValue(string key, IDictionary<string, IOpenApiSchema> components) =>
        components.TryGetValue(key, out var schema)
            && schema.Extensions is { } extensions
            && extensions.TryGetValue("x-ms-discriminator-value", out var extension)
            && extension is JsonNodeExtension { Node: System.Text.Json.Nodes.JsonValue value }
            && value.GetValueKind() == System.Text.Json.JsonValueKind.String
            ? value.GetValue<string>()
            : null;

    // allOf with exactly one $ref to a component record and the rest inline: that record is the base.
    private static string? InheritedComponent(string key, IOpenApiSchema schema, IDictionary<string, IOpenApiSchema> components)
    {
        if (schema.AllOf is not { Count: > 0 } allOf || SchemaShapes.IsAllOfAlias(schema) && (schema.Properties?.Count ?? 0) == 0)
        {
            return null;
        }

        var references = allOf.OfType<OpenApiSchemaReference>().ToList();
        if (references.Count != 1 || references[0].Reference.Id is not { } baseKey || baseKey == key)
        {
            return null;
        }

        return components.TryGetValue(baseKey, out var target) && (SchemaShapes.IsRecord(target) || target.Discriminator is not null) ? baseKey : null;
    }

    private static List<string>? Branches(IOpenApiSchema schema)
    {
        if (SchemaShapes.Alternatives(schema)?.Branches is not { } branches)
        {
            return null;
        }

        var keys = branches.Select(b => (b as OpenApiSchemaReference)?.Reference.Id).ToList();
        return keys.All(k => k is not null) ? keys.Select(k => k!).Distinct(System.StringComparer.Ordinal).ToList() : null;
    }

    /// <summary>Discriminator value → component name. Mapping values may be "#/components/schemas/Cat" or a bare
    /// "Cat"; both name the component Cat.</summary>
    public static Dictionary<string, string> MappedComponents(OpenApiDiscriminator discriminator)
    {
        var mapping = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var pair in discriminator.Mapping ?? new Dictionary<string, OpenApiSchemaReference>())
        {
            if (pair.Value?.Reference.Id is { } id)
            {
                mapping[pair.Key] = id.Substring(id.LastIndexOf('/') + 1);
            }
        }

        return mapping;
    }
}

/// <summary>A discriminator property and the derived components it names, each with its value.</summary>
internal sealed record DiscriminatorPlan(string PropertyName, List<(string Key, string Value)> Derived);
