using System.Collections.Generic;
using System.Linq;
using SpecForge.Core.Emitting.Json;
using SpecForge.Core.Emitting.TemplateModels;
using SpecForge.Core.Modeling;

namespace SpecForge.Core.Emitting.Artifacts;

/// <summary>
/// Emits the per-spec JSON file, <c>&lt;ClientName&gt;.Json.g.cs</c>: the resolver and the class with the list and map
/// methods the other files asked <see cref="JsonCode"/> for. Runs last for that reason.
/// </summary>
public static class JsonCodecEmitter
{
    /// <summary>The top-level types <c>JsonCodec</c> declares.</summary>
    public static IEnumerable<string> DeclaredTypeNames(string clientName) => new[] { clientName + "JsonResolver", clientName + "JsonCodec" };

    /// <summary>Renders <c>JsonCodec.sbncs</c>.</summary>
    public static void Emit(ApiModel model, TemplateSet templates, JsonCode code, AddSource addSource) =>
        addSource($"{model.ClientName}.Json.g.cs", templates.Render("JsonCodec", ToTemplateModel(model, code)));

    /// <summary>The template model; registers the resolver's lists and maps with <paramref name="code"/> first.</summary>
    public static JsonCodecTemplateModel ToTemplateModel(ApiModel model, JsonCode code)
    {
        var entries = ResolverEntries(model, code);

        // Reading a composite may register the composites inside it, so the list is walked by index as it grows.
        var composites = new List<JsonCompositeTemplateModel>();
        for (var i = 0; i < code.Composites.Count; i++)
        {
            composites.Add(Composite(code.Composites[i], code));
        }

        return new JsonCodecTemplateModel
        {
            Namespace = model.Namespace,
            ClientName = model.ClientName,
            PayloadType = code.Payload,
            RuntimeCodec = code.RuntimeCodec,
            Composites = composites,
            Scalars = code.RootScalars.Select(s => new JsonCompositeTemplateModel
            {
                MethodName = s.Kind.ToString(),
                TypeName = code.Declared(s),
                ReadExpression = code.Read(s),
                WriteStatement = code.Write(s, "value"),
            }).ToList(),
            ResolverEntries = entries,
        };
    }

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
    private static List<JsonResolverEntryTemplateModel> ResolverEntries(ApiModel model, JsonCode code)
    {
        var entries = new List<JsonResolverEntryTemplateModel>();
        foreach (var dto in model.Dtos)
        {
            entries.Add(Converted(code.QualifiedGenerated(dto.Name)));
        }

        foreach (var union in model.Unions)
        {
            entries.Add(Converted(code.QualifiedGenerated(union.Name)));
        }

        foreach (var item in model.Enums)
        {
            var name = code.QualifiedGenerated(item.Name);
            entries.Add(Converted(name));
            entries.Add(new JsonResolverEntryTemplateModel
            {
                TypeName = name + "?",
                ConverterExpression = "new global::" + model.RuntimeNamespace + ".Client.NullableConverter<" + name + ">(new " + name + ".JsonConverter(_payload))",
            });
        }

        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var type in BodyTypes(model).Where(t => t.Kind is TypeKind.List or TypeKind.Map).Select(t => t.AsNonNullable()))
        {
            var declared = code.Declared(type);
            if (seen.Add(declared))
            {
                var method = code.CompositeMethod(type);
                entries.Add(new JsonResolverEntryTemplateModel
                {
                    TypeName = declared,
                    ConverterExpression = "new global::" + model.RuntimeNamespace + ".Client.DelegateConverter<" + declared + ">(" + code.Codec + ".Read" + method + ", " + code.Codec + ".Write" + method + ", _payload)",
                });
            }
        }

        return entries;
    }

    private static JsonResolverEntryTemplateModel Converted(string qualifiedName) => new()
    {
        TypeName = qualifiedName,
        ConverterExpression = "new " + qualifiedName + ".JsonConverter(_payload)",
    };

    private static IEnumerable<TypeRef> BodyTypes(ApiModel model)
    {
        foreach (var operation in model.Operations)
        {
            if (operation.RequestBody is { Kind: BodyKind.Json or BodyKind.Form } body)
            {
                yield return body.Type;
            }

            if (operation.SuccessResponse is { Kind: BodyKind.Json or BodyKind.JsonLines or BodyKind.ServerSentEvents, Type: { } result })
            {
                yield return result;
            }

            foreach (var error in operation.ErrorResponses)
            {
                if (error is { Kind: BodyKind.Json, Type: { } errorType })
                {
                    yield return errorType;
                }
            }

            if (operation.Pagination is { } paging)
            {
                yield return paging.ItemType;
            }
        }
    }
}
