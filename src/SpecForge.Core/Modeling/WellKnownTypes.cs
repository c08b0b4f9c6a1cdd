namespace SpecForge.Core.Modeling;

/// <summary>The framework types generated code uses, written fully qualified so no spec name can shadow them.</summary>
internal static class WellKnownTypes
{
    public static readonly TypeRef String = Reference("string");
    public static readonly TypeRef Boolean = Value("bool");
    public static readonly TypeRef Int32 = Value("int");
    public static readonly TypeRef Int64 = Value("long");
    public static readonly TypeRef Single = Value("float");
    public static readonly TypeRef Double = Value("double");
    public static readonly TypeRef Decimal = Value("decimal");
    public static readonly TypeRef DateTimeOffset = Value("global::System.DateTimeOffset");
    public static readonly TypeRef DateOnly = Value("global::System.DateOnly");
    public static readonly TypeRef TimeOnly = Value("global::System.TimeOnly");
    public static readonly TypeRef Guid = Value("global::System.Guid");
    public static readonly TypeRef Uri = Reference("global::System.Uri");
    public static readonly TypeRef Bytes = Reference("byte[]");
    public static readonly TypeRef JsonElement = Value("global::System.Text.Json.JsonElement");
    public static readonly TypeRef HttpContent = Reference("global::System.Net.Http.HttpContent");

    public static TypeRef ListOf(TypeRef item) =>
        Reference("global::System.Collections.Generic.IReadOnlyList<" + item.Display + ">");

    public static TypeRef DictionaryOf(TypeRef value) =>
        Reference("global::System.Collections.Generic.IReadOnlyDictionary<string, " + value.Display + ">");

    public static TypeRef Generated(string typeName) => Reference(typeName);

    public static TypeRef GeneratedValue(string typeName) => Value(typeName);

    private static TypeRef Value(string name) => new(name, IsNullable: false, IsValueType: true);

    private static TypeRef Reference(string name) => new(name, IsNullable: false, IsValueType: false);
}
