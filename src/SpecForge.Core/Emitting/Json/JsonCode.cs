using System.Collections.Generic;
using System.Linq;
using System.Text;
using SpecForge.Core.Emitting.Planning;
using SpecForge.Core.Modeling;
using SpecForge.Core.Reading;

namespace SpecForge.Core.Emitting.Json;

/// <summary>
/// The C# fragments that read and write one value of a <see cref="TypeRef"/> with Utf8JsonReader/Utf8JsonWriter.
/// Templates lay out the converters; these fragments are the per-type calls inside them, so that every template
/// reads a list of records, say, the same way. Generated types are named fully qualified because a member of the
/// type being converted may share a generated type's name.
/// </summary>
public sealed class JsonCode
{
    private readonly string _namespace;
    private readonly JsonPlan _plan;
    private readonly Dictionary<string, string> _compositeMethods = new(System.StringComparer.Ordinal);

    /// <summary>
    /// Creates the fragments for the types of one spec, generated into <paramref name="namespace"/>, naming the codec's
    /// methods as <paramref name="plan"/> does.
    /// </summary>
    public JsonCode(string @namespace, string clientName, string runtimeNamespace, JsonPlan plan)
    {
        _namespace = @namespace;
        _plan = plan;
        foreach (var composite in plan.Composites)
        {
            _compositeMethods[JsonUses.Key(composite.Type)] = composite.MethodName;
        }

        Codec = "global::" + @namespace + "." + clientName + "JsonCodec";
        RuntimeCodec = "global::" + runtimeNamespace + ".Client.JsonCodec";
        Payload = "global::" + runtimeNamespace + ".JsonPayload";
        Runtime = "global::" + runtimeNamespace;
    }

    /// <summary>Creates the fragments for the types of <paramref name="model"/>, with the codec methods of <paramref name="plan"/>.</summary>
    public JsonCode(ApiModel model, JsonPlan plan)
        : this(model.Namespace, model.ClientName, model.RuntimeNamespace, plan)
    {
    }

    /// <summary>The per-spec class holding the list, map and root-scalar methods, fully qualified.</summary>
    public string Codec { get; }

    /// <summary>The runtime's reading and writing helpers every spec shares, fully qualified.</summary>
    public string RuntimeCodec { get; }

    /// <summary>The runtime's payload enum, fully qualified.</summary>
    public string Payload { get; }

    /// <summary>The runtime's namespace, fully qualified: where its surface types are.</summary>
    public string Runtime { get; }

    /// <summary>The runtime's base of the converter nested in the record or union <paramref name="typeName"/>.</summary>
    public string ObjectConverter(string typeName) => Runtime + ".ObjectConverter<" + typeName + ">";

    /// <summary>The lists and maps of the plan, each read and written by a codec method of its own.</summary>
    public IEnumerable<TypeRef> Composites => _plan.Composites.Select(c => c.Type);

    /// <summary>A generated type, fully qualified.</summary>
    public string Qualified(TypeRef type) => IsGenerated(type) ? QualifiedGenerated(type.Name) : type.Name;

    /// <summary>The type generated as <paramref name="typeName"/>, fully qualified.</summary>
    public string QualifiedGenerated(string typeName) => "global::" + _namespace + "." + typeName;

    /// <summary>The type as declared, with generated types fully qualified (list items too).</summary>
    public string Declared(TypeRef type)
    {
        var name = type.Kind switch
        {
            TypeKind.List => "global::System.Collections.Generic.IReadOnlyList<" + Declared(type.Element!) + ">",
            TypeKind.Map => "global::System.Collections.Generic.IReadOnlyDictionary<string, " + Declared(type.Element!) + ">",
            _ => Qualified(type),
        };
        return type.IsNullable ? name + "?" : name;
    }

    /// <summary>An expression reading a non-null value of <paramref name="type"/> at the reader's current token.</summary>
    public string Read(TypeRef type) => type.Kind switch
    {
        TypeKind.String => "reader.GetString()!",
        TypeKind.Boolean => "reader.GetBoolean()",
        TypeKind.Int32 => "reader.GetInt32()",
        TypeKind.Int64 => "reader.GetInt64()",
        TypeKind.Single => "reader.GetSingle()",
        TypeKind.Double => "reader.GetDouble()",
        TypeKind.Decimal => "reader.GetDecimal()",
        TypeKind.DateTimeOffset => "reader.GetDateTimeOffset()",
        TypeKind.Guid => "reader.GetGuid()",
        TypeKind.Bytes => "reader.GetBytesFromBase64()",
        TypeKind.DateOnly => RuntimeCodec + ".ReadDate(ref reader)",
        TypeKind.TimeOnly => RuntimeCodec + ".ReadTime(ref reader)",
        TypeKind.TimeSpan => RuntimeCodec + ".ReadDuration(ref reader)",
        TypeKind.Uri => RuntimeCodec + ".ReadUri(ref reader)",
        TypeKind.Record or TypeKind.Enum or TypeKind.Union => Qualified(type) + ".JsonConverter.ReadValue(ref reader)",
        TypeKind.List or TypeKind.Map => Codec + ".Read" + CompositeMethod(type) + "(ref reader)",
        _ => "global::System.Text.Json.JsonElement.ParseValue(ref reader)",
    };

    /// <summary>A read that turns a JSON null into null when the type allows it.</summary>
    public string ReadMaybeNull(TypeRef type) => type.IsNullable
        ? "reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? default(" + Declared(type) + ") : " + Read(type.AsNonNullable())
        : Read(type);

    /// <summary>A statement writing <paramref name="value"/>, an expression of <paramref name="type"/> known not to be null.</summary>
    public string Write(TypeRef type, string value) => type.Kind switch
    {
        TypeKind.String or TypeKind.DateTimeOffset or TypeKind.Guid => "writer.WriteStringValue(" + value + ");",
        TypeKind.Boolean => "writer.WriteBooleanValue(" + value + ");",
        TypeKind.Int32 or TypeKind.Int64 or TypeKind.Single or TypeKind.Double or TypeKind.Decimal => "writer.WriteNumberValue(" + value + ");",
        TypeKind.Bytes => "writer.WriteBase64StringValue(" + value + ");",
        TypeKind.DateOnly => RuntimeCodec + ".WriteDate(writer, " + value + ");",
        TypeKind.TimeOnly => RuntimeCodec + ".WriteTime(writer, " + value + ");",
        TypeKind.TimeSpan => RuntimeCodec + ".WriteDuration(writer, " + value + ");",
        TypeKind.Uri => "writer.WriteStringValue(" + value + ".OriginalString);",
        TypeKind.Record or TypeKind.Enum or TypeKind.Union => Qualified(type) + ".JsonConverter.WriteValue(writer, " + value + ", payload);",
        TypeKind.List or TypeKind.Map => Codec + ".Write" + CompositeMethod(type) + "(writer, " + value + ", payload);",
        _ => value + ".WriteTo(writer);",
    };

    /// <summary>
    /// A statement writing the member <paramref name="name"/> (a pre-encoded JsonEncodedText field) with the non-null
    /// <paramref name="value"/>: one writer call for the types Utf8JsonWriter can write with their name, which saves
    /// the writer a second round of separator and depth checks per member.
    /// </summary>
    public string WriteMember(TypeRef type, string name, string value) => type.Kind switch
    {
        TypeKind.String or TypeKind.DateTimeOffset or TypeKind.Guid => "writer.WriteString(" + name + ", " + value + ");",
        TypeKind.Boolean => "writer.WriteBoolean(" + name + ", " + value + ");",
        TypeKind.Int32 or TypeKind.Int64 or TypeKind.Single or TypeKind.Double or TypeKind.Decimal => "writer.WriteNumber(" + name + ", " + value + ");",
        _ => "writer.WritePropertyName(" + name + "); " + Write(type, value),
    };

    /// <summary>Like <see cref="WriteMember"/>, writing null when <paramref name="value"/> is null.</summary>
    public string WriteMemberMaybeNull(TypeRef type, string name, string value)
    {
        if (!type.IsNullable && type.IsValueType)
        {
            return WriteMember(type, name, value);
        }

        var nonNull = type.IsValueType ? value + ".Value" : value;
        return "if (" + value + " is null) { writer.WriteNull(" + name + "); } else { " + WriteMember(type.AsNonNullable(), name, nonNull) + " }";
    }

    /// <summary>
    /// A statement writing <paramref name="value"/> of <paramref name="type"/>, null included: a nullable value or a
    /// reference the caller left null is written as JSON null rather than failing.
    /// </summary>
    public string WriteMaybeNull(TypeRef type, string value)
    {
        if (!type.IsNullable && type.IsValueType)
        {
            return Write(type, value);
        }

        var nonNull = type.IsValueType ? value + ".Value" : value;
        return "if (" + value + " is null) { writer.WriteNullValue(); } else { " + Write(type.AsNonNullable(), nonNull) + " }";
    }

    /// <summary>A method group (or lambda) of the codec's ReadFunc delegate for a whole body of <paramref name="type"/>.</summary>
    public string ReadFunction(TypeRef type)
    {
        var nonNull = type.AsNonNullable();
        var method = IsGenerated(nonNull) ? Qualified(nonNull) + ".JsonConverter.ReadValue" : Codec + ".Read" + RootMethod(nonNull);
        return type.IsNullable && type.IsValueType
            ? "static (ref global::System.Text.Json.Utf8JsonReader reader) => (" + Declared(type) + ")" + method + "(ref reader)"
            : method;
    }

    /// <summary>A method group of the codec's WriteFunc delegate for a whole body of <paramref name="type"/>, not null.</summary>
    public string WriteFunction(TypeRef type)
    {
        var nonNull = type.AsNonNullable();
        return IsGenerated(nonNull) ? Qualified(nonNull) + ".JsonConverter.WriteValue" : Codec + ".Write" + RootMethod(nonNull);
    }

    /// <summary>Scalars used as whole bodies, which need a codec method to be passed as a delegate.</summary>
    public IEnumerable<TypeRef> RootScalars => _plan.RootScalars;

    private string RootMethod(TypeRef type)
    {
        if (type.Kind is TypeKind.List or TypeKind.Map)
        {
            return CompositeMethod(type);
        }

        // The plan decides what the codec declares; a call to a method it lacks would not compile.
        if (!_plan.RootScalars.Any(s => s.Kind == type.Kind))
        {
            throw new System.InvalidOperationException($"The JSON plan has no root method for {type.Kind}: the planner and the emitters disagree.");
        }

        return type.Kind.ToString();
    }

    /// <summary>The codec method suffix of a list or map, as the plan named it.</summary>
    public string CompositeMethod(TypeRef type)
    {
        if (_compositeMethods.TryGetValue(JsonUses.Key(type), out var name))
        {
            return name;
        }

        throw new System.InvalidOperationException($"The JSON plan has no method for {JsonUses.Key(type)}: the planner and the emitters disagree.");
    }

    /// <summary>UTF-8 bytes of a JSON name: a <c>u8</c> literal where the language has them, a byte array before C# 11.</summary>
    public static string Utf8(string text, bool useLiterals)
    {
        // A lone surrogate has no UTF-8 form, so no u8 literal; the array form keeps what Encoding.UTF8 makes of it.
        if (useLiterals && !UnicodeText.HasLoneSurrogate(text))
        {
            return CSharpText.StringLiteral(text) + "u8";
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        return "new byte[] { " + string.Join(", ", bytes.Select(b => b.ToString(System.Globalization.CultureInfo.InvariantCulture))) + " }";
    }

    private static bool IsGenerated(TypeRef type) => type.Kind is TypeKind.Record or TypeKind.Enum or TypeKind.Union;
}
