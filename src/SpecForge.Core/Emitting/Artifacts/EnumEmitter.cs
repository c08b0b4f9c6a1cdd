using System.Linq;
using SpecForge.Core.Emitting.Json;
using SpecForge.Core.Emitting.Planning;
using SpecForge.Core.Emitting.TemplateModels;
using SpecForge.Core.Modeling;

namespace SpecForge.Core.Emitting.Artifacts;

/// <summary>Emits one file per open enum: <c>&lt;ClientName&gt;.Enum.&lt;TypeName&gt;.g.cs</c>.</summary>
public static class EnumEmitter
{
    /// <summary>Renders <paramref name="item"/> through <c>Enum.sbncs</c>.</summary>
    public static void Emit(ApiModel model, EnumModel item, TemplateSet templates, JsonCode code, AddSource addSource) =>
        addSource(ArtifactFiles.Types(model.ClientName, item.Name), templates.Render("Enum", ToTemplateModel(model.Namespace, item, code, model.Visibility)));

    /// <summary>The template model for one enum.</summary>
    public static EnumTemplateModel ToTemplateModel(string @namespace, EnumModel item, JsonCode code, string visibility = "public") => new()
    {
        Namespace = @namespace,
        Visibility = visibility,
        TypeName = item.Name,
        ValueType = item.IsInteger ? "long" : "string",
        EnumInterface = code.Runtime + (item.IsInteger ? ".IIntegerEnum<" : ".IStringEnum<") + item.Name + ">",
        ConverterBase = code.Runtime + (item.IsInteger ? ".IntegerEnumConverter<" : ".StringEnumConverter<") + item.Name + ">",
        Doc = new DocComment().Summary(item.Description).Lines,
        IsInteger = item.IsInteger,
        Members = item.Members.Select(m => new EnumMemberTemplateModel
        {
            Name = m.Name,
            Literal = item.IsInteger ? m.Value + "L" : CSharpText.StringLiteral(m.Value),
            Display = "<c>" + CSharpText.XmlEscape(m.Value) + "</c>",
        }).ToList(),
    };
}
