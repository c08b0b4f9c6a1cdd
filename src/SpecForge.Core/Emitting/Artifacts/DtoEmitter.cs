using System.Linq;
using SpecForge.Core.Emitting.TemplateModels;
using SpecForge.Core.Modeling;

namespace SpecForge.Core.Emitting.Artifacts;

/// <summary>Emits one file per record: <c>&lt;ClientName&gt;.Dto.&lt;TypeName&gt;.g.cs</c>.</summary>
public static class DtoEmitter
{
    /// <summary>Renders every DTO of <paramref name="model"/> through <c>Dto.hbs</c>.</summary>
    public static void Emit(ApiModel model, TemplateSet templates, EmitOptions options, AddSource addSource)
    {
        foreach (var dto in model.Dtos)
        {
            var templateModel = ToTemplateModel(model.Namespace, dto, options);
            addSource($"{model.ClientName}.Dto.{dto.Name.TrimStart('@')}.g.cs", templates.Render("Dto", templateModel));
        }
    }

    /// <summary>The template model for one record.</summary>
    public static DtoTemplateModel ToTemplateModel(string @namespace, DtoModel dto, EmitOptions options) => new()
    {
        Namespace = @namespace,
        TypeName = dto.Name,
        Doc = new DocComment().Summary(dto.Description).Lines,
        IsDeprecated = dto.IsDeprecated,
        Properties = dto.Properties.Select((p, i) => ToTemplateModel(p, options, i == dto.Properties.Count - 1)).ToList(),
    };

    private static PropertyTemplateModel ToTemplateModel(PropertyModel property, EmitOptions options, bool isLast)
    {
        var needsInitialization = property.IsRequired && !property.Type.IsNullable;

        // C# forbids [Obsolete] on a required member (CS9042); a deprecated one is initialized instead.
        var isRequiredMember = property.IsRequired && options.UseRequiredMembers && !property.IsDeprecated;
        return new PropertyTemplateModel
        {
            Name = property.Name,
            JsonNameLiteral = CSharpText.StringLiteral(property.JsonName),
            TypeName = property.Type.Display,
            Doc = new DocComment().Summary(property.Description).Lines,
            IsDeprecated = property.IsDeprecated,
            IsRequiredMember = isRequiredMember,
            NeedsDefaultInitializer = needsInitialization && !isRequiredMember && !property.Type.IsValueType,
            OmitWhenNull = !property.IsRequired,
            IsLast = isLast,
        };
    }
}
