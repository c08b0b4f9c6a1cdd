using System.Collections.Generic;
using System.Linq;
using SpecForge.Core.Emitting.Json;
using SpecForge.Core.Emitting.Planning;
using SpecForge.Core.Emitting.TemplateModels;
using SpecForge.Core.Modeling;

namespace SpecForge.Core.Emitting.Artifacts;

/// <summary>
/// Emits the per-spec JSON file, <c>&lt;ClientName&gt;.Json.g.cs</c>: the resolver and the class with the list, map
/// and root-scalar methods of the spec's <see cref="JsonPlan"/>.
/// </summary>
public static class JsonCodecEmitter
{
    /// <summary>The top-level types <c>JsonCodec</c> declares.</summary>
    public static IEnumerable<string> DeclaredTypeNames(string clientName) => new[] { clientName + "JsonResolver", clientName + "JsonCodec" };

    /// <summary>Renders <c>JsonCodec.sbncs</c>.</summary>
    public static void Emit(CodecUnit unit, TemplateSet templates, JsonCode code, AddSource addSource) =>
        addSource(ArtifactFiles.Json(unit.Model.ClientName), templates.Render("JsonCodec", ToTemplateModel(unit, code)));

    /// <summary>The template model.</summary>
    public static JsonCodecTemplateModel ToTemplateModel(CodecUnit unit, JsonCode code) => new()
    {
        Namespace = unit.Model.Namespace,
        Visibility = unit.Model.Visibility,
        ClientName = unit.Model.ClientName,
        PayloadType = code.Payload,
        RuntimeCodec = code.RuntimeCodec,
        Composites = code.Composites.Select(type => Composite(type, code)).ToList(),
        Scalars = code.RootScalars.Select(s => new JsonCompositeTemplateModel
        {
            MethodName = s.Kind.ToString(),
            TypeName = code.Declared(s),
            ReadExpression = code.Read(s),
            WriteStatement = code.Write(s, "value"),
        }).ToList(),
        ResolverEntries = ResolverEntries(unit, code),
    };

    private static JsonCompositeTemplateModel Composite(TypeRef type, JsonCode code)
    {
        var element = type.Element!;
        return new JsonCompositeTemplateModel
        {
            MethodName = code.CompositeMethod(type),
            TypeName = code.Declared(type),
            IsList = type.Kind == TypeKind.List,
            IsMap = type.Kind == TypeKind.Map,
            ElementTypeName = code.Declared(element),
            ElementRejectsNull = !element.IsNullable,
            ReadExpression = code.ReadMaybeNull(element),
            WriteStatement = code.WriteMaybeNull(element, "item"),
        };
    }

    // Every generated type, and every list or map a body or response uses: what a caller hands to JsonSerializer.
    private static List<JsonResolverEntryTemplateModel> ResolverEntries(CodecUnit unit, JsonCode code)
    {
        var entries = new List<JsonResolverEntryTemplateModel>();
        foreach (var name in unit.RecordNames.Concat(unit.UnionNames))
        {
            entries.Add(Converted(code.QualifiedGenerated(name)));
        }

        foreach (var enumName in unit.EnumNames)
        {
            // An enum is written the same way in every payload, so its converter takes none.
            var name = code.QualifiedGenerated(enumName);
            entries.Add(new JsonResolverEntryTemplateModel { TypeName = name, ConverterExpression = "new " + name + ".JsonConverter()" });
            entries.Add(new JsonResolverEntryTemplateModel
            {
                TypeName = name + "?",
                ConverterExpression = "new global::" + unit.Model.RuntimeNamespace + ".Client.NullableConverter<" + name + ">(new " + name + ".JsonConverter())",
            });
        }

        foreach (var type in unit.BodyComposites)
        {
            var declared = code.Declared(type);
            var method = code.CompositeMethod(type);
            entries.Add(new JsonResolverEntryTemplateModel
            {
                TypeName = declared,
                ConverterExpression = "new global::" + unit.Model.RuntimeNamespace + ".Client.DelegateConverter<" + declared + ">(" + code.Codec + ".Read" + method + ", " + code.Codec + ".Write" + method + ", _payload)",
            });
        }

        return entries;
    }

    private static JsonResolverEntryTemplateModel Converted(string qualifiedName) => new()
    {
        TypeName = qualifiedName,
        ConverterExpression = "new " + qualifiedName + ".JsonConverter().For(_payload)",
    };
}
