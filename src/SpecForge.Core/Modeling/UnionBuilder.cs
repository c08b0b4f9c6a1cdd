using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using SpecForge.Core.Collections;

namespace SpecForge.Core.Modeling;

/// <summary>
/// Builds <see cref="UnionModel"/>s from oneOf/anyOf schemas that did not become a class hierarchy. Each branch keeps
/// what reading needs to recognise it: its JSON kind (from its type) and, for objects, its required and known members.
/// </summary>
internal sealed class UnionBuilder
{
    // Members every union declares; a branch named like one of them gets a suffix.
    private static readonly string[] UnionMembers = { "Kind", "Value", "Branch", "JsonConverter", "Equals", "GetHashCode", "ToString", "GetType" };

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
        if (branches is null || (schema.Properties?.Count ?? 0) > 0)
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
        var (keyword, all) = SchemaShapes.Alternatives(schema)!.Value;
        var scope = new NameScope(new[] { name }.Concat(UnionMembers).ToArray());
        var models = new List<UnionBranchModel>();
        var seenTypes = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var branch in branches)
        {
            var index = all.IndexOf(branch);
            var hint = string.IsNullOrWhiteSpace(branch.Title) ? name + "Variant" + (index + 1) : Naming.ToPascalCase(branch.Title!);
            var type = _types.Map(branch, pointer + "/" + keyword + "/" + index, hint).AsNonNullable();

            // Two branches of one C# type could never be told apart once read; the first one stands for both.
            if (!seenTypes.Add(type.Name))
            {
                continue;
            }

            var required = new HashSet<string>(System.StringComparer.Ordinal);
            var known = RecordBuilder.CollectProperties(branch, pointer, new HashSet<IOpenApiSchema>(), required, null, _ => { })
                .Select(p => p.Property.Key)
                .Distinct(System.StringComparer.Ordinal)
                .ToEquatableArray();
            models.Add(new UnionBranchModel(scope.Allocate(BranchName(type)), type, required.OrderBy(r => r, System.StringComparer.Ordinal).ToEquatableArray(), known));
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
        var mappings = new List<DiscriminatorMappingModel>();
        foreach (var branch in branches.OfType<OpenApiSchemaReference>())
        {
            var key = branch.Reference.Id;
            if (key is null || !_context.ComponentDtoNames.TryGetValue(key, out var typeName) || !models.Any(m => m.Type.Name == typeName))
            {
                continue;
            }

            mappings.Add(new DiscriminatorMappingModel(TypeHierarchy.ValueFor(key, mapping), typeName));
        }

        return mappings.Count == 0 ? null : new DiscriminatorModel(propertyName, mappings.ToEquatableArray());
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
