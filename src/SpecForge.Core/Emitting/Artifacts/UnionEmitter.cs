using System.Collections.Generic;
using System.Linq;
using SpecForge.Core.Emitting.Json;
using SpecForge.Core.Emitting.Planning;
using SpecForge.Core.Emitting.TemplateModels;
using SpecForge.Core.Modeling;

namespace SpecForge.Core.Emitting.Artifacts;

/// <summary>Emits one file per union, type and converter: <c>&lt;ClientName&gt;.Union.&lt;TypeName&gt;.g.cs</c>.</summary>
public static class UnionEmitter
{
    /// <summary>Renders <paramref name="union"/> through <c>Union.sbncs</c>.</summary>
    public static void Emit(ApiModel model, UnionModel union, TemplateSet templates, EmitOptions options, JsonCode code, AddSource addSource) =>
        addSource(ArtifactFiles.Types(model.ClientName, union.Name), templates.Render("Union", ToTemplateModel(model, union, options, code)));

    /// <summary>The template model for one union.</summary>
    public static UnionTemplateModel ToTemplateModel(ApiModel model, UnionModel union, EmitOptions options, JsonCode code)
    {
        var branches = union.Branches.Select((b, i) => Branch(model, b, i, code)).ToList();
        UnionBranchTemplateModel? First(System.Func<UnionBranchModel, bool> accepts) =>
            branches.Where((_, i) => accepts(union.Branches[i])).FirstOrDefault();

        var discriminator = union.Discriminator;
        var stringBranch = First(b => b.Type.Kind is TypeKind.String or TypeKind.DateTimeOffset or TypeKind.DateOnly or TypeKind.TimeOnly
            or TypeKind.TimeSpan or TypeKind.Guid or TypeKind.Uri or TypeKind.Bytes || IsEnum(model, b.Type, integer: false));
        var anyBranch = First(b => b.Type.Kind is TypeKind.JsonElement or TypeKind.Union);
        var stringIsEnum = stringBranch is not null && union.Branches[stringBranch.Index].Type.Kind == TypeKind.Enum;
        return new UnionTemplateModel
        {
            Namespace = model.Namespace,
            Visibility = model.Visibility,
            TypeName = union.Name,
            TypeNameLiteral = CSharpText.StringLiteral(union.Name.TrimStart('@')),
            Validatable = model.EmitValidators ? DtoEmitter.Validatable(model) : string.Empty,
            Doc = new DocComment().Summary(union.Description).Lines,
            Codec = code.RuntimeCodec,
            PayloadType = code.Payload,
            ConverterBase = code.ObjectConverter(union.Name),
            Branches = branches,
            ObjectBranches = branches.Where((_, i) => union.Branches[i].Type.Kind is TypeKind.Record or TypeKind.Map)
                .OrderBy(b => b.IsMap ? 1 : 0)
                .ToList(),
            StringBranch = stringBranch,
            StringFallback = stringIsEnum ? First(b => b.Type.Kind == TypeKind.String) ?? anyBranch : null,
            IntegerBranch = First(b => b.Type.Kind is TypeKind.Int32 or TypeKind.Int64 || IsEnum(model, b.Type, integer: true)),
            NumberBranch = First(b => b.Type.Kind is TypeKind.Double or TypeKind.Single or TypeKind.Decimal),
            BooleanBranch = First(b => b.Type.Kind == TypeKind.Boolean),
            ArrayBranch = First(b => b.Type.Kind == TypeKind.List),
            ArrayFallbacks = branches.Where((_, i) => union.Branches[i].Type.Kind == TypeKind.List).Skip(1).ToList(),
            AnyBranch = anyBranch,
            HasDiscriminator = discriminator is not null,
            DiscriminatorNameUtf8 = discriminator is null ? string.Empty : JsonCode.Utf8(discriminator.JsonName, options.UseUtf8Literals),
            DiscriminatorNameLiteral = CSharpText.StringLiteral(discriminator?.JsonName ?? string.Empty),
            Cases = discriminator?.Mappings.Select(m => Case(union, m, code)).ToList() ?? new List<UnionCaseTemplateModel>(),
            KnownValuesLiteral = CSharpText.StringLiteral(string.Join(", ", discriminator?.Mappings.Select(m => m.Value) ?? Enumerable.Empty<string>())),
        };
    }

    private static UnionCaseTemplateModel Case(UnionModel union, DiscriminatorMappingModel mapping, JsonCode code)
    {
        var branch = union.Branches.First(b => b.Type.Name == mapping.TypeName);
        return new UnionCaseTemplateModel
        {
            ValueLiteral = CSharpText.StringLiteral(mapping.Value),
            BranchName = branch.Name,
            ReadExpression = code.Read(branch.Type),
        };
    }

    private static UnionBranchTemplateModel Branch(ApiModel model, UnionBranchModel branch, int index, JsonCode code) => new()
    {
        Name = branch.Name,
        Index = index,
        TypeName = code.Declared(branch.Type),
        DocTypeName = CSharpText.XmlEscape(code.Declared(branch.Type).Replace("global::", string.Empty)),
        IsValueType = branch.Type.IsValueType,
        // C# allows no user-defined conversion from an interface (CS0552), and lists and maps are interfaces here.
        HasImplicitConversion = branch.Type.Kind is not (TypeKind.List or TypeKind.Map),
        ReadExpression = code.Read(branch.Type),
        WriteStatement = code.Write(branch.Type, "((" + code.Declared(branch.Type) + ")value.Value)"),
        RequiredLiteral = StringArray(branch.RequiredJsonNames),
        KnownLiteral = StringArray(branch.KnownJsonNames),
        TagNamesLiteral = StringArray(branch.TagJsonNames),
        TagValuesLiteral = StringArray(branch.TagValues),
        IsMap = branch.Type.Kind == TypeKind.Map,
    };

    private static bool IsEnum(ApiModel model, TypeRef type, bool integer) =>
        type.Kind == TypeKind.Enum && model.Enums.Any(e => e.Name == type.Name && e.IsInteger == integer);

    private static string StringArray(IEnumerable<string> values)
    {
        var literals = values.Select(CSharpText.StringLiteral).ToList();
        return literals.Count == 0 ? "global::System.Array.Empty<string>()" : "new string[] { " + string.Join(", ", literals) + " }";
    }
}
