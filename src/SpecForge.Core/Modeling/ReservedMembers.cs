using System.Linq;

namespace SpecForge.Core.Modeling;

/// <summary>
/// Member names a spec may not take, because the generated type already has a member of that name: a property named
/// like one hides it (CS0108, CS0114, fatal under warnings-as-errors) or clashes with it (CS0102).
/// </summary>
internal static class ReservedMembers
{
    /// <summary>What every class and struct inherits from <see cref="object"/>.</summary>
    public static readonly string[] Object = { "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "ReferenceEquals", "Finalize" };

    /// <summary>
    /// What a generated record declares itself: the compiler's members of every record, and what SpecForge's templates
    /// add (the nested converter, the validator's methods). A type cannot be named like one of its members (CS0542).
    /// </summary>
    public static readonly string[] RecordDeclares = { "Equals", "GetHashCode", "ToString", "EqualityContract", "PrintMembers", "JsonConverter", "Validate", "CollectViolations" };

    /// <summary>What <c>Enum.sbncs</c> declares on an open enum besides the listed values.</summary>
    public static readonly string[] EnumDeclares = { "Equals", "GetHashCode", "ToString", "Value", "IsKnown", "KnownValues", "Known", "JsonConverter" };

    /// <summary>What <c>Union.sbncs</c> and <c>Validator.sbncs</c> declare on a union besides the branch accessors.</summary>
    public static readonly string[] UnionDeclares = { "Equals", "GetHashCode", "ToString", "Kind", "Value", "Branch", "JsonConverter", "Validate", "CollectViolations" };

    /// <summary>
    /// Every name a record's own property cannot take (a record with positional members would add Deconstruct, and no
    /// record member may be named Clone: CS8859).
    /// </summary>
    public static readonly string[] Record = With(With(Object, RecordDeclares), "Deconstruct", "Clone");

    /// <summary>Every name a listed value of an open enum cannot take.</summary>
    public static readonly string[] Enum = With(Object, EnumDeclares);

    /// <summary>Every name a union's branch cannot take.</summary>
    public static readonly string[] Union = With(Object, UnionDeclares);

    /// <summary>
    /// What <c>Client.sbncs</c> and <c>Client.Auth.sbncs</c> declare on the client, which a group
    /// property must not be named like. (An operation's methods end in Async and take other arguments than the helpers,
    /// so a method that shares a helper's name is an overload, not a clash.)
    /// </summary>
    public static readonly string[] Client = With(
        Object,
        "BaseUrl", "DefaultBaseUrl", "ServerUrls", "Options", "Transport", "Shared",
        "BuildUri", "WriterOptions", "ReaderOptions", "JsonContent", "ToElement", "IsReadFailure", "ReadElement", "ReadItem",
        "ParseEvent", "HasCredentials", "SendAsync", "ReadJsonAsync", "ReadDocumentAsync", "ErrorAsync", "ReadStreamAsync",
        "ReadEventsAsync", "ReadLinesAsync", "AuthorizeAsync", "ApplyAsync");

    /// <summary>What <c>ClientOptions.sbncs</c> declares besides the credentials' properties.</summary>
    public static readonly string[] Options = With(Object, "BaseUrl", "DefaultHeaders", "JsonSerializerOptions", "ValidateRequests", "ValidateResponses", "ServerUrl");

    /// <summary><paramref name="names"/> followed by <paramref name="more"/>.</summary>
    public static string[] With(string[] names, params string[] more) => names.Concat(more).Distinct(System.StringComparer.Ordinal).ToArray();
}
