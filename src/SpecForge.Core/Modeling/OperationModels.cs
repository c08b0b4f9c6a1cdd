using SpecForge.Core.Collections;

namespace SpecForge.Core.Modeling;

/// <summary>Where a parameter travels in the request.</summary>
public enum ParameterLocation
{
    /// <summary>A <c>{name}</c> segment of the path.</summary>
    Path,

    /// <summary>The query string.</summary>
    Query,

    /// <summary>A request header.</summary>
    Header,

    /// <summary>The Cookie header.</summary>
    Cookie,
}

/// <summary>How an array or object parameter is serialized, as OpenAPI's <c>style</c> names it.</summary>
public enum ParameterStyle
{
    /// <summary><c>name=a&amp;name=b</c> exploded, <c>name=a,b</c> not: the query and cookie default.</summary>
    Form,

    /// <summary><c>a,b</c>: the path and header default.</summary>
    Simple,

    /// <summary><c>.a.b</c> (exploded) or <c>.a,b</c> in the path.</summary>
    Label,

    /// <summary><c>;name=a;name=b</c> (exploded) or <c>;name=a,b</c> in the path.</summary>
    Matrix,

    /// <summary><c>name=a%20b</c> in the query.</summary>
    SpaceDelimited,

    /// <summary><c>name=a|b</c> in the query.</summary>
    PipeDelimited,

    /// <summary><c>name[key]=value</c> in the query, nested as deep as the object.</summary>
    DeepObject,
}

/// <summary>One operation: a method of the generated client or of one of its groups.</summary>
public sealed record OperationModel(
    string MethodName,
    string HttpMethod,
    string PathTemplate,
    string? OperationId,
    string? Summary,
    string? Description,
    bool IsDeprecated,
    EquatableArray<string> Tags,
    EquatableArray<ParameterModel> Parameters,
    RequestBodyModel? RequestBody,
    ResponseModel? SuccessResponse)
{
    /// <summary>The operation's own server when the spec gives it one (another host or base path); null for the API's.</summary>
    public string? ServerUrl { get; init; }

    /// <summary>The <see cref="OperationGroupModel.PropertyName"/> of the group the method belongs to; null when it is on the client itself.</summary>
    public string? Group { get; init; }

    /// <summary>Documented responses outside 2xx (exact codes, ranges such as <c>4XX</c>, and <c>default</c>), most specific first.</summary>
    public EquatableArray<ResponseModel> ErrorResponses { get; init; } = EquatableArray<ResponseModel>.Empty;

    /// <summary>
    /// The alternatives that authorize the operation, any one of which suffices; each names the schemes it needs together.
    /// Empty when the operation needs no credentials.
    /// </summary>
    public EquatableArray<SecurityRequirementModel> Security { get; init; } = EquatableArray<SecurityRequirementModel>.Empty;

    /// <summary>Set when the operation pages through a list, so the client can also enumerate every item.</summary>
    public PaginationModel? Pagination { get; init; }

    /// <summary>The C# name of the methods' per-call options parameter, unique among the operation's parameters.</summary>
    public string RequestOptionsName { get; init; } = "requestOptions";
}

/// <summary>
/// A path, query, header or cookie parameter of an operation. <see cref="Name"/> is the C# parameter name,
/// unique within the method; <see cref="WireName"/> is the name on the wire.
/// </summary>
public sealed record ParameterModel(
    string Name,
    string WireName,
    ParameterLocation Location,
    TypeRef Type,
    bool IsRequired,
    string? Description,
    bool IsDeprecated)
{
    /// <summary>How arrays and objects are written; the location's default when the spec says nothing.</summary>
    public ParameterStyle Style { get; init; }

    /// <summary>Whether arrays and objects are exploded into one name-value pair per item.</summary>
    public bool Explode { get; init; }

    /// <summary>Query only: reserved characters (<c>:/?#[]@!$&amp;'()*+,;=</c>) are sent as they are.</summary>
    public bool AllowReserved { get; init; }

    /// <summary>The validation keywords of the parameter's schema, or null when it has none.</summary>
    public ConstraintsModel? Constraints { get; init; }
}

/// <summary>A group of operations, one per tag: a property of the client whose type holds the tag's methods.</summary>
/// <param name="PropertyName">The client property, e.g. <c>Contacts</c>.</param>
/// <param name="TypeName">The class, e.g. <c>ContactsClient</c>.</param>
/// <param name="InterfaceName">The interface users mock, e.g. <c>IContactsClient</c>.</param>
/// <param name="Tag">The tag as written in the spec.</param>
/// <param name="Description">The tag's description.</param>
public sealed record OperationGroupModel(string PropertyName, string TypeName, string InterfaceName, string Tag, string? Description);

/// <summary>How a body is written or read.</summary>
public enum BodyKind
{
    /// <summary>JSON, written and read by the generated converters.</summary>
    Json,

    /// <summary>Text, as a string.</summary>
    Text,

    /// <summary>Raw bytes: a Stream (a download, or an upload of octet-stream, images and the like).</summary>
    Binary,

    /// <summary>application/x-www-form-urlencoded, written from the body's JSON form with nested keys in brackets.</summary>
    Form,

    /// <summary>multipart/form-data: one part per property, files as <c>FilePart</c>.</summary>
    Multipart,

    /// <summary>text/event-stream: each event's data is one item.</summary>
    ServerSentEvents,

    /// <summary>Newline-delimited JSON (application/x-ndjson, application/jsonl): each line is one item.</summary>
    JsonLines,
}

/// <summary>The request body of an operation.</summary>
/// <param name="ParameterName">The C# parameter (unused for multipart, whose fields are parameters of their own).</param>
/// <param name="MediaType">The media type sent unless the caller picks another of <see cref="MediaTypes"/>.</param>
/// <param name="Kind">How the body is written.</param>
/// <param name="Type">The body's type.</param>
/// <param name="IsRequired">Whether the body must be sent.</param>
/// <param name="Description">The body's description.</param>
public sealed record RequestBodyModel(string ParameterName, string MediaType, BodyKind Kind, TypeRef Type, bool IsRequired, string? Description)
{
    /// <summary>
    /// Every media type the operation offers that this body's type can be written as (JSON and form encodings of the
    /// same schema), <see cref="MediaType"/> first. With more than one, the method takes a <c>contentType</c> argument.
    /// </summary>
    public EquatableArray<string> MediaTypes { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Multipart: the parts, each a method parameter. Forms: the properties with an explicit encoding.</summary>
    public EquatableArray<FormFieldModel> Fields { get; init; } = EquatableArray<FormFieldModel>.Empty;

    /// <summary>The validation keywords of the body's own schema (a list body's minItems, say), or null.</summary>
    public ConstraintsModel? Constraints { get; init; }
}

/// <summary>One field of a form or multipart body.</summary>
/// <param name="ParameterName">The C# parameter (multipart).</param>
/// <param name="WireName">The field name on the wire.</param>
/// <param name="Type">The field's type; <c>FilePart</c> (or a list of them) for files.</param>
/// <param name="IsRequired">Whether the field must be sent.</param>
/// <param name="Description">The field's description.</param>
public sealed record FormFieldModel(string ParameterName, string WireName, TypeRef Type, bool IsRequired, string? Description)
{
    /// <summary>Forms: how arrays are written (<see cref="ParameterStyle.Form"/> repeats the key, DeepObject indexes it).</summary>
    public ParameterStyle Style { get; init; }

    /// <summary>Multipart: the part's Content-Type from the spec's <c>encoding</c>, or null for the default.</summary>
    public string? ContentType { get; init; }
}

/// <summary>A documented response; <see cref="Type"/> is null when it has no body.</summary>
/// <param name="StatusCode">The status as the spec writes it: <c>200</c>, <c>4XX</c> or <c>default</c>.</param>
/// <param name="MediaType">The media type read, or null without a body.</param>
/// <param name="Kind">How the body is read.</param>
/// <param name="Type">The body's type (the item type for event streams and JSON lines).</param>
/// <param name="Description">The response's description.</param>
public sealed record ResponseModel(string StatusCode, string? MediaType, BodyKind Kind, TypeRef? Type, string? Description)
{
    /// <summary>Headers the spec documents for the response, by wire name.</summary>
    public EquatableArray<string> Headers { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The validation keywords of a JSON body's own schema, or null.</summary>
    public ConstraintsModel? Constraints { get; init; }
}

/// <summary>How a security scheme puts credentials on a request.</summary>
public enum SecuritySchemeKind
{
    /// <summary><c>Authorization: Bearer</c>, from a static token or a provider (http bearer, OAuth2, OpenID Connect).</summary>
    Bearer,

    /// <summary><c>Authorization: Basic</c> from a user name and password.</summary>
    Basic,

    /// <summary>A key in a header, the query or a cookie.</summary>
    ApiKey,
}

/// <summary>A security scheme and the credentials the client options take for it.</summary>
/// <param name="Key">The scheme's name in <c>components/securitySchemes</c>.</param>
/// <param name="Name">The PascalCase prefix of its option properties (<c>BearerAuth</c> → <c>BearerAuthToken</c>).</param>
/// <param name="Kind">How credentials are sent.</param>
/// <param name="ParameterName">API keys: the header, query parameter or cookie name.</param>
/// <param name="Location">API keys: where the key goes.</param>
/// <param name="Description">The scheme's description.</param>
public sealed record SecuritySchemeModel(string Key, string Name, SecuritySchemeKind Kind, string? ParameterName, ParameterLocation Location, string? Description);

/// <summary>One alternative of an operation's security: the schemes that must all be applied, with their scopes.</summary>
public sealed record SecurityRequirementModel(EquatableArray<string> SchemeKeys, EquatableArray<string> Scopes);

/// <summary>How an operation pages.</summary>
public enum PaginationKind
{
    /// <summary>The response names the next page's cursor; the request sends it back.</summary>
    Cursor,

    /// <summary>The next request sends the last item's identifier (Stripe's <c>starting_after</c>) while the response says there is more.</summary>
    LastItem,

    /// <summary>A page number that counts up from the first page asked for.</summary>
    Page,

    /// <summary>An item offset that grows by the number of items read.</summary>
    Offset,
}

/// <summary>
/// How to walk every page of a list operation. Pointers are JSON pointers into the response body; a null pointer means
/// the generated code looks for the value at run time (untyped responses), by the rules in docs/pagination.md.
/// </summary>
/// <param name="Kind">How the next page is asked for.</param>
/// <param name="ParameterName">The C# name of the parameter the loop sets (cursor, page or offset).</param>
/// <param name="ItemType">The type of each item.</param>
public sealed record PaginationModel(PaginationKind Kind, string ParameterName, TypeRef ItemType)
{
    /// <summary>Where the items are: <c>""</c> when the body is the array, null to find them at run time.</summary>
    public string? ItemsPointer { get; init; }

    /// <summary>Cursor: where the next cursor is; null to find it at run time.</summary>
    public string? NextCursorPointer { get; init; }

    /// <summary>Where a boolean says whether more pages follow (<c>/has_more</c>), or null.</summary>
    public string? HasMorePointer { get; init; }

    /// <summary>LastItem: the item member whose value the next request sends (<c>id</c>).</summary>
    public string? ItemIdMember { get; init; }

    /// <summary>Page and offset: where the total number of items is, or null.</summary>
    public string? TotalPointer { get; init; }
}
