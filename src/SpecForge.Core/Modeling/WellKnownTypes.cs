namespace SpecForge.Core.Modeling;

/// <summary>The framework types generated code uses, written fully qualified so no spec name can shadow them.</summary>
internal static class WellKnownTypes
{
    public static readonly TypeRef String = Reference("string", TypeKind.String);
    public static readonly TypeRef Boolean = Value("bool", TypeKind.Boolean);
    public static readonly TypeRef Int32 = Value("int", TypeKind.Int32);
    public static readonly TypeRef Int64 = Value("long", TypeKind.Int64);
    public static readonly TypeRef Single = Value("float", TypeKind.Single);
    public static readonly TypeRef Double = Value("double", TypeKind.Double);
    public static readonly TypeRef Decimal = Value("decimal", TypeKind.Decimal);
    public static readonly TypeRef DateTimeOffset = Value("global::System.DateTimeOffset", TypeKind.DateTimeOffset);
    public static readonly TypeRef DateOnly = Value("global::System.DateOnly", TypeKind.DateOnly);
    public static readonly TypeRef TimeOnly = Value("global::System.TimeOnly", TypeKind.TimeOnly);

    /// <summary>A date on a target without <c>System.DateOnly</c> (before .NET 6): the date part of a DateTime, still written as yyyy-MM-dd.</summary>
    public static readonly TypeRef DateAsDateTime = Value("global::System.DateTime", TypeKind.DateOnly);
    public static readonly TypeRef TimeSpan = Value("global::System.TimeSpan", TypeKind.TimeSpan);
    public static readonly TypeRef Guid = Value("global::System.Guid", TypeKind.Guid);
    public static readonly TypeRef Uri = Reference("global::System.Uri", TypeKind.Uri);
    public static readonly TypeRef Bytes = Reference("byte[]", TypeKind.Bytes);
    public static readonly TypeRef Stream = Reference("global::System.IO.Stream", TypeKind.Stream);
    public static readonly TypeRef JsonElement = Value("global::System.Text.Json.JsonElement", TypeKind.JsonElement);
    public static readonly TypeRef HttpContent = Reference("global::System.Net.Http.HttpContent", TypeKind.HttpContent);

    /// <summary>A file in a multipart body: its stream, file name and content type; one of the runtime's types.</summary>
    public static TypeRef FilePart(string runtimeNamespace) => Reference("global::" + runtimeNamespace + ".FilePart", TypeKind.File);

    public static TypeRef ListOf(TypeRef item) =>
        Reference("global::System.Collections.Generic.IReadOnlyList<" + item.Display + ">", TypeKind.List) with { Element = item };

    public static TypeRef DictionaryOf(TypeRef value) =>
        Reference("global::System.Collections.Generic.IReadOnlyDictionary<string, " + value.Display + ">", TypeKind.Map) with { Element = value };

    public static TypeRef Generated(string typeName) => Reference(typeName, TypeKind.Record);

    public static TypeRef GeneratedEnum(string typeName) => Value(typeName, TypeKind.Enum);

    public static TypeRef GeneratedUnion(string typeName) => Reference(typeName, TypeKind.Union);

    private static TypeRef Value(string name, TypeKind kind) => new(name, IsNullable: false, IsValueType: true) { Kind = kind };

    private static TypeRef Reference(string name, TypeKind kind) => new(name, IsNullable: false, IsValueType: false) { Kind = kind };
}
