using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using SpecForge.Core.Collections;
using SpecForge.Core.Diagnostics;

namespace SpecForge.Core.Modeling;

/// <summary>
/// Builds <see cref="UnionModel"/>s from oneOf/anyOf schemas that did not become a class hierarchy. Each branch keeps
/// what reading needs to recognise it: its JSON kind (from its type) and, for objects, its required and known members.
/// </summary>
internal sealed class UnionBuilder
{
    private readonly ModelBuildContext _context;
    private readonly SchemaTypeMapper _types;

    public UnionBuilder(ModelBuildContext context, SchemaTypeMapper types)
    {
        _context = context;
        _types = types;
    }

    /// <summary>The non-null branches of a oneOf/anyOf when there are at least two; null otherwise.</summary>
    public static IList<IOpenApiSchema>? Branches(IOpenApiSchema schema)
    {
        var branches = SchemaShapes.Alternatives(schema)?.Branches;

        // Branches that are only constants list an enum's values (EnumMapper), not types.
        if (branches is null || (schema.Properties?.Count ?? 0) > 0 || EnumMapper.Values(schema) is not null)
        {
            return null;
        }

        var nonNull = branches.Where(b => b.Type != JsonSchemaType.Null).ToList();
        return nonNull.Count >= 2 ? nonNull : null;
    }

    /// <summary>Whether the oneOf/anyOf lists null among its branches.</summary>
    public static bool AllowsNull(IOpenApiSchema schema) =>
        SchemaShapes.Alternatives(schema)?.Branches.Any(b => b.Type == JsonSchemaType.Null) == true;

    /// <summary>Builds the union under the already reserved <paramref name="name"/>.</summary>
    public void Build(string name, IOpenApiSchema schema, string pointer, IList<IOpenApiSchema> branches)
    {
        // A union of scalar types has no oneOf of its own; its branches stand for the type array's entries.
        var (keyword, all) = SchemaShapes.Alternatives(schema) ?? ("type", branches);
        var scope = _context.MemberScope(ReservedMembers.With(ReservedMembers.Union, name));
        var models = new List<UnionBranchModel>();
        var seenTypes = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var branch in branches)
        {
            var index = all.IndexOf(branch);
            var hint = string.IsNullOrWhiteSpace(branch.Title) ? name + "Variant" + (index + 1) : Naming.ToPascalCase(branch.Title!);
            var branchPointer = pointer + "/" + keyword + "/" + index;
            var type = _types.Map(branch, branchPointer, hint).AsNonNullable();

            // "A is one of A or B" adds nothing A's other branches do not say, and would need a conversion from A to A.
            if (type.Name == name)
            {
                _context.Report(DiagnosticCatalog.AllOfCycle, $"'{keyword}' lists the schema itself among its branches; that branch is left out.", branchPointer);
                continue;
            }

            // Two branches of one C# type could never be told apart once read; the first one stands for both, so its
            // own constraints no longer describe every value it may hold.
            if (!seenTypes.Add(type.Name))
            {
                var kept = models.FindIndex(m => m.Type.Name == type.Name);
                models[kept] = models[kept] with { Constraints = null };
                continue;
            }

            var required = new HashSet<string>(System.StringComparer.Ordinal);
            var properties = RecordBuilder.CollectProperties(branch, pointer, new HashSet<IOpenApiSchema>(), required, null, _ => { }).ToList();
            var known = properties.Select(p => p.Property.Key).Distinct(System.StringComparer.Ordinal).ToEquatableArray();
            var tags = Tags(properties.Select(p => p.Property));
            models.Add(new UnionBranchModel(scope.Allocate(BranchName(type), branchPointer), type, required.OrderBy(r => r, System.StringComparer.Ordinal).ToEquatableArray(), known)
            {
                Constraints = _types.Constraints.Read(branch, branchPointer, type),
                TagJsonNames = tags.Select(t => t.Key).ToEquatableArray(),
                TagValues = tags.Select(t => t.Value).ToEquatableArray(),
            });
        }

        _context.Unions.Add(new UnionModel(name, pointer, SchemaTypeMapper.Describe(schema), models.ToEquatableArray())
        {
            Discriminator = Discriminator(schema, branches, models),
        });
    }

    // A discriminator on a union that could not become a hierarchy still decides the branch, without guessing.
    private DiscriminatorModel? Discriminator(IOpenApiSchema schema, IList<IOpenApiSchema> branches, List<UnionBranchModel> models)
    {
        if (schema.Discriminator is not { PropertyName: { Length: > 0 } propertyName } discriminator)
        {
            return null;
        }

        var mapping = TypeHierarchy.MappedComponents(discriminator);
        var keys = branches.OfType<OpenApiSchemaReference>().Select(b => b.Reference.Id).OfType<string>().ToList();
        var typeNames = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if ((_context.ComponentDtoNames.TryGetValue(key, out var typeName) || _context.ComponentUnionNames.TryGetValue(key, out typeName))
                && models.Any(m => m.Type.Name == typeName))
            {
                typeNames[key] = typeName;
            }
        }

        var values = TypeHierarchy.Distinct(typeNames.Keys.SelectMany(key =>
            TypeHierarchy.OwnValues(key, keys, propertyName, mapping, _context.ComponentSchemas)?.Select(value => (key, value))
            ?? NestedValues(key, propertyName, mapping)
            ?? new[] { (key, TypeHierarchy.ValueFor(key, keys, propertyName, mapping, _context.ComponentSchemas)) }));
        var mappings = values.Select(v => new DiscriminatorMappingModel(v.Value, typeNames[v.Key])).ToList();
        return mappings.Count == 0 ? null : new DiscriminatorModel(propertyName, mappings.ToEquatableArray());
    }

    // Members whose schema lists the strings it allows (Stripe's `object: {enum: [card]}`) or the integers (Discord's
    // `type: {enum: [6]}`, where a role select and a user select have the same members): the surest sign of a branch.
    // An integer is kept as its decimal text, which is what the runtime reads a number member as.
    private static List<KeyValuePair<string, string>> Tags(IEnumerable<KeyValuePair<string, IOpenApiSchema>> properties)
    {
        var tags = new List<KeyValuePair<string, string>>();
        foreach (var property in properties)
        {
            var schema = property.Value is OpenApiSchemaReference reference ? reference.Target : property.Value;
            if (schema is null || tags.Any(t => t.Key == property.Key))
            {
                continue;
            }

            var listed = (schema.Enum ?? new List<System.Text.Json.Nodes.JsonNode>()).OfType<System.Text.Json.Nodes.JsonNode>().ToList();
            var texts = listed.Select(TagText).ToList();
            if (listed.Count > 0 && texts.All(t => t is not null) && listed.All(v => v.GetValueKind() == listed[0].GetValueKind()))
            {
                // Distinct on the texts: KeyValuePair's default hash takes the key only, which is the same for all.
                tags.AddRange(texts.Distinct(System.StringComparer.Ordinal).Select(v => new KeyValuePair<string, string>(property.Key, v!)));
            }
            else if (listed.Count == 0 && ConstTag(schema) is { } constant)
            {
                tags.Add(new KeyValuePair<string, string>(property.Key, constant));
            }
        }

        return tags;
    }

    private static string? TagText(System.Text.Json.Nodes.JsonNode? value) =>
        value is not System.Text.Json.Nodes.JsonValue listed ? null
        : listed.GetValueKind() == System.Text.Json.JsonValueKind.String ? listed.GetValue<string>()
        : listed.GetValueKind() == System.Text.Json.JsonValueKind.Number && listed.TryGetValue<long>(out var integer) ? DecimalText(integer)
        : null;

    // Microsoft.OpenApi keeps a const as text, so its schema's type says whether it is a string or an integer.
    private static string? ConstTag(IOpenApiSchema schema) =>
        schema.Const is not { } constant ? null
        : SchemaShapes.SingleType(schema) == JsonSchemaType.String ? constant
        : SchemaShapes.SingleType(schema) == JsonSchemaType.Integer && long.TryParse(constant, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var integer) ? DecimalText(integer)
        : null;

    private static string DecimalText(long integer) => integer.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // A branch that is itself a oneOf of components (OpenAI's InputItem lists Item) is read for the values of its own
    // branches, which is what data carries, unless the outer mapping names it.
    private IEnumerable<(string Key, string Value)>? NestedValues(string key, string propertyName, Dictionary<string, string> mapping)
    {
        if (mapping.ContainsValue(key) || !_context.ComponentSchemas.TryGetValue(key, out var nested)
            || SchemaShapes.Alternatives(nested)?.Branches is not { } branches || !branches.All(b => b is OpenApiSchemaReference))
        {
            return null;
        }

        var nestedMapping = nested.Discriminator is { } discriminator ? TypeHierarchy.MappedComponents(discriminator) : new Dictionary<string, string>();
        var nestedKeys = branches.Select(b => ((OpenApiSchemaReference)b).Reference.Id).OfType<string>().ToList();
        var values = nestedKeys
            .Select(k => TypeHierarchy.ValueFor(k, nestedKeys, propertyName, nestedMapping, _context.ComponentSchemas))
            .Where(v => !nestedKeys.Contains(v))
            .Distinct(System.StringComparer.Ordinal)
            .Select(v => (key, v))
            .ToList();
        return values.Count == 0 ? null : values;
    }

    // A readable member name for a branch: its own type name, or what the JSON is.
    private static string BranchName(TypeRef type) => type.Kind switch
    {
        TypeKind.Record or TypeKind.Enum or TypeKind.Union => type.Name.TrimStart('@'),
        TypeKind.List => BranchName(type.Element!) + "List",
        TypeKind.Map => BranchName(type.Element!) + "Map",
        TypeKind.JsonElement => "Json",
        _ => type.Kind.ToString(),
    };
}
