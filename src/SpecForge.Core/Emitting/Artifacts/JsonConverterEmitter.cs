using System.Collections.Generic;
using System.Linq;
using SpecForge.Core.Emitting.Json;
using SpecForge.Core.Emitting.Planning;
using SpecForge.Core.Emitting.TemplateModels;
using SpecForge.Core.Modeling;

namespace SpecForge.Core.Emitting.Artifacts;

/// <summary>Emits the converter nested in each record, into the record's own file: <c>&lt;ClientName&gt;.Dto.&lt;TypeName&gt;.g.cs</c>.</summary>
public static class JsonConverterEmitter
{
    /// <summary>
    /// The type nested in every DTO, enum and union: no such type may be named like it (a member cannot share its
    /// enclosing type's name).
    /// </summary>
    public static IEnumerable<string> NestedTypeNames { get; } = new[] { "JsonConverter" };

    // Names the converter's methods use; a local named like one of them would shadow it.
    private static readonly string[] ConverterLocals = { "reader", "writer", "value", "payload", "options", "typeToConvert", "bag", "memberName", "pair", "item", "JsonConverter", "ReadValue", "WriteValue", "Read", "Write", "_payload" };

    /// <summary>Renders the converter of <paramref name="dto"/> through <c>JsonConverter.sbncs</c>; <paramref name="model"/> holds its bases and the records its discriminator names.</summary>
    public static void Emit(ApiModel model, DtoModel dto, TemplateSet templates, EmitOptions options, JsonCode code, AddSource addSource) =>
        addSource(ArtifactFiles.Types(model.ClientName, dto.Name), templates.Render("JsonConverter", ToTemplateModel(model, dto, options, code, new RecordAncestry(model))));

    /// <summary>The template model for one record's converter.</summary>
    public static JsonConverterTemplateModel ToTemplateModel(ApiModel model, DtoModel dto, EmitOptions options, JsonCode code, RecordAncestry ancestry)
    {
        var ancestors = ancestry.Ancestors(dto).ToList();
        var discriminatorName = dto.Discriminator?.JsonName ?? ancestors.Select(a => a.Discriminator?.JsonName).FirstOrDefault(n => n is not null);
        var locals = new NameScope(ConverterLocals);
        var bag = dto.AdditionalProperties ?? ancestors.Select(a => a.AdditionalProperties).FirstOrDefault(b => b is not null);
        var namesField = locals.Allocate("Names");
        var required = dto.Properties.Where(p => p.IsRequired).ToList();
        var seenLocals = Enumerable.Range(0, (required.Count + 63) / 64).Select(i => locals.Allocate("seen" + i)).ToList();
        var properties = new List<JsonPropertyTemplateModel>(dto.Properties.Count);
        var requiredIndex = 0;
        for (var i = 0; i < dto.Properties.Count; i++)
        {
            var property = dto.Properties[i];
            var seen = property.IsRequired ? SeenBit(requiredIndex++, seenLocals) : (string.Empty, string.Empty);
            properties.Add(Property(property, options, code, namesField + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", seen));
        }

        return new JsonConverterTemplateModel
        {
            Namespace = model.Namespace,
            Visibility = model.Visibility,
            TypeName = dto.Name,
            TypeNameLiteral = CSharpText.StringLiteral(dto.Name.TrimStart('@')),
            Codec = code.RuntimeCodec,
            PayloadType = code.Payload,
            ConverterBase = code.ObjectConverter(dto.Name),
            IsAbstract = dto.Discriminator is not null,
            HasBase = dto.BaseName is not null,
            DiscriminatorNameUtf8 = discriminatorName is null ? string.Empty : JsonCode.Utf8(discriminatorName, options.UseUtf8Literals),
            DiscriminatorNameLiteral = CSharpText.StringLiteral(discriminatorName ?? string.Empty),
            HasDiscriminatorValue = dto.DiscriminatorValue is not null && discriminatorName is not null,
            DiscriminatorValueLiteral = CSharpText.StringLiteral(dto.DiscriminatorValue ?? string.Empty),
            Cases = Cases(dto, code, ancestry),
            KnownValuesLiteral = CSharpText.StringLiteral(string.Join(", ", dto.Discriminator?.Mappings.Select(m => m.Value) ?? Enumerable.Empty<string>())),
            Properties = properties,
            EncodedNamesField = namesField,
            SetsRequiredMembers = options.UseRequiredMembers && required.Any(p => !p.IsDeprecated),
            RequiredSets = RequiredSets(required, seenLocals),
            HasBag = bag is not null,
            BagName = bag?.Name ?? string.Empty,
            BagValueType = bag is null ? string.Empty : code.Declared(bag.ValueType),
            BagLocalType = bag is null ? string.Empty : "global::System.Collections.Generic.Dictionary<string, " + code.Declared(bag.ValueType) + ">?",
            BagReadExpression = bag is null ? string.Empty : code.ReadMaybeNull(bag.ValueType),
            BagWriteStatement = bag is null ? string.Empty : code.WriteMaybeNull(bag.ValueType, "pair.Value"),
        };
    }

    // The n-th required member is bit n % 64 of the (n / 64)-th set.
    private static (string Local, string Bit) SeenBit(int requiredIndex, IReadOnlyList<string> seenLocals) =>
        (seenLocals[requiredIndex / 64], HexLiteral(1UL << (requiredIndex % 64)));

    private static IReadOnlyList<JsonRequiredSetTemplateModel> RequiredSets(IReadOnlyList<PropertyModel> required, IReadOnlyList<string> seenLocals) =>
        seenLocals.Select((local, set) =>
        {
            var members = required.Skip(set * 64).Take(64).ToList();
            return new JsonRequiredSetTemplateModel
            {
                Local = local,
                AllSeen = HexLiteral(members.Count == 64 ? ulong.MaxValue : (1UL << members.Count) - 1),
                NameLiterals = string.Join(", ", members.Select(m => CSharpText.StringLiteral(m.JsonName))),
            };
        }).ToList();

    private static string HexLiteral(ulong value) => "0x" + value.ToString("X", System.Globalization.CultureInfo.InvariantCulture) + "UL";

    private static JsonPropertyTemplateModel Property(PropertyModel property, EmitOptions options, JsonCode code, string nameField, (string Local, string Bit) seen)
    {
        var type = property.Type;
        var conditions = new List<string>();
        if (property.IsReadOnly)
        {
            conditions.Add("payload != " + code.Payload + ".Request");
        }

        if (property.IsWriteOnly)
        {
            conditions.Add("payload != " + code.Payload + ".Response");
        }

        // Optional members are left out when null; required ones are written even when null.
        if (!property.IsRequired)
        {
            conditions.Add("value." + property.Name + " is not null");
        }

        var nonNullValue = !property.IsRequired && type.IsValueType && type.IsNullable ? "value." + property.Name + ".Value" : "value." + property.Name;
        return new JsonPropertyTemplateModel
        {
            Name = property.Name,
            Utf8Name = JsonCode.Utf8(property.JsonName, options.UseUtf8Literals),
            JsonNameLiteral = CSharpText.StringLiteral(property.JsonName),
            EncodedNameField = nameField,
            SeenLocal = seen.Local,
            SeenBit = seen.Bit,
            IsRequired = property.IsRequired,
            RejectsNull = !type.IsNullable,
            ReadExpression = code.ReadMaybeNull(type),
            WriteCondition = string.Join(" && ", conditions),
            HasWriteCondition = conditions.Count > 0,
            WriteStatement = property.IsRequired
                ? code.WriteMemberMaybeNull(type, nameField, "value." + property.Name)
                : code.WriteMember(type.AsNonNullable(), nameField, nonNullValue),
        };
    }

    // Most derived first, so a switch on the runtime type reaches the closest case.
    private static IReadOnlyList<JsonCaseTemplateModel> Cases(DtoModel dto, JsonCode code, RecordAncestry ancestry)
    {
        if (dto.Discriminator is null)
        {
            return new JsonCaseTemplateModel[0];
        }

        var locals = new NameScope(ConverterLocals);
        return dto.Discriminator.Mappings
            .OrderByDescending(m => ancestry.Depth(m.TypeName))
            .Select(m => new JsonCaseTemplateModel
            {
                ValueLiteral = CSharpText.StringLiteral(m.Value),
                TypeName = code.QualifiedGenerated(m.TypeName),
                Local = locals.Allocate(Naming.EscapeKeyword(Naming.ToCamelCase(m.TypeName.TrimStart('@')))),
            })
            .ToList();
    }
}
