using System.Collections.Generic;
using System.Linq;
using SpecForge.Core.Emitting.Json;
using SpecForge.Core.Emitting.Planning;
using SpecForge.Core.Emitting.TemplateModels;
using SpecForge.Core.Modeling;

namespace SpecForge.Core.Emitting.Artifacts;

/// <summary>Emits one file per record: <c>&lt;ClientName&gt;.Dto.&lt;TypeName&gt;.g.cs</c>.</summary>
public static class DtoEmitter
{
    /// <summary>Renders <paramref name="dto"/> through <c>Dto.sbncs</c>.</summary>
    public static void Emit(ApiModel model, DtoModel dto, TemplateSet templates, EmitOptions options, JsonCode code, AddSource addSource) =>
        addSource(ArtifactFiles.Types(model.ClientName, dto.Name), templates.Render("Dto", ToTemplateModel(model, dto, options, code, templates.IsOverridden("Dto.Property") || templates.IsOverridden("Dto.Property.Attributes"))));

    /// <summary>The interface a type with a validator implements, fully qualified.</summary>
    public static string Validatable(ApiModel model) => "global::" + model.RuntimeNamespace + ".Validation.IValidatable";

    /// <summary>
    /// The template model for one record. <paramref name="propertiesOverridden"/>: the user replaced how a property is
    /// written, which may give every one of them more than one line.
    /// </summary>
    public static DtoTemplateModel ToTemplateModel(ApiModel model, DtoModel dto, EmitOptions options, JsonCode code, bool propertiesOverridden = false)
    {
        var own = dto.Properties.Where(p => !p.IsInherited).ToList();
        var docs = own.Select(Doc).ToList();

        // One-line properties sit together; a blank line sets off any with a doc comment or an attribute, which read
        // as blocks. Most members of most specs have neither, and a blank line each was 4% of a large SDK.
        bool IsBlock(int i) => propertiesOverridden || docs[i].Count > 0 || own[i].IsDeprecated;
        return new DtoTemplateModel
        {
            Namespace = model.Namespace,
            Visibility = model.Visibility,
            TypeName = dto.Name,
            Doc = new DocComment().Summary(dto.Description).Example(dto.Example).Lines,
            IsDeprecated = dto.IsDeprecated,
            IsAbstract = dto.Discriminator is not null,
            BaseTypeName = dto.BaseName ?? string.Empty,
            Validatable = model.EmitValidators && dto.BaseName is null ? Validatable(model) : string.Empty,
            HasBase = dto.BaseName is not null,
            HasBag = dto.AdditionalProperties is not null,
            BagName = dto.AdditionalProperties?.Name ?? string.Empty,
            BagTypeName = dto.AdditionalProperties is { } bag ? "global::System.Collections.Generic.IReadOnlyDictionary<string, " + code.Declared(bag.ValueType) + ">?" : string.Empty,
            Properties = own.Select((p, i) => ToTemplateModel(model, p, docs[i], options, code, i == own.Count - 1, i < own.Count - 1 && (IsBlock(i) || IsBlock(i + 1)))).ToList(),
        };
    }

    private static IReadOnlyList<string> Doc(PropertyModel property) => new DocComment().Summary(property.Description).Example(property.Example).Lines;

    private static PropertyTemplateModel ToTemplateModel(ApiModel model, PropertyModel property, IReadOnlyList<string> doc, EmitOptions options, JsonCode code, bool isLast, bool blankLineAfter)
    {
        var needsInitialization = property.IsRequired && !property.Type.IsNullable;
        var defaultValue = DefaultValues.Expression(property, model, code);

        // C# forbids [Obsolete] on a required member (CS9042); a deprecated one is initialized instead.
        var isRequiredMember = property.IsRequired && options.UseRequiredMembers && !property.IsDeprecated;
        return new PropertyTemplateModel
        {
            Name = property.Name,
            JsonNameLiteral = CSharpText.StringLiteral(property.JsonName),
            TypeName = property.Type.Display,
            Doc = doc,
            IsDeprecated = property.IsDeprecated,
            IsRequiredMember = isRequiredMember,
            NeedsDefaultInitializer = needsInitialization && !isRequiredMember && !property.Type.IsValueType && defaultValue is null,
            DefaultValue = defaultValue ?? string.Empty,
            HasDefaultValue = defaultValue is not null,
            IsLast = isLast,
            BlankLineAfter = blankLineAfter,
        };
    }
}
