using System.Collections.Generic;

namespace SpecForge.Core.Emitting.TemplateModels;

/// <summary>
/// What <c>Client.Method.sbncs</c> and <c>Client.Signatures.sbncs</c> render for one operation: a private sender, the
/// public method, its <c>WithResponse</c> variant and, for lists that page, its <c>All</c> variant.
/// </summary>
public sealed partial class OperationTemplateModel
{
    /// <summary>The method name without Async.</summary>
    public string MethodBase { get; init; } = string.Empty;

    /// <summary>The client class name.</summary>
    public string ClientName { get; init; } = string.Empty;

    /// <summary>The runtime's wire helpers (parameters, bodies, headers, pages), fully qualified.</summary>
    public string Http { get; init; } = string.Empty;

    /// <summary>The client instance as seen from the method: <c>this</c> on the client, <c>_client</c> in a group.</summary>
    public string Self { get; init; } = "this";

    /// <summary>The client's transport as seen from the method (<c>this.Transport</c>, <c>_client.Transport</c>).</summary>
    public string Transport { get; init; } = "this.Transport";

    /// <summary>The runtime's transport type, fully qualified, for its static members.</summary>
    public string TransportType { get; init; } = string.Empty;

    /// <summary>The runtime's namespace, <c>global::</c>-qualified, for the types callers meet (<c>ApiResponse</c>, ...).</summary>
    public string Runtime { get; init; } = string.Empty;

    /// <summary>The class holding the security alternatives (<see cref="SecuritySet"/>): the client.</summary>
    public string Security { get; init; } = string.Empty;

    /// <summary>Doc comment lines of the plain method.</summary>
    public IReadOnlyList<string> Doc { get; init; } = new string[0];

    /// <summary>Doc comment lines of the WithResponse variant.</summary>
    public IReadOnlyList<string> WithResponseDoc { get; init; } = new string[0];

    /// <summary>Doc comment lines of the All variant.</summary>
    public IReadOnlyList<string> AllDoc { get; init; } = new string[0];

    /// <summary>Whether the operation is deprecated.</summary>
    public bool IsDeprecated { get; init; }

    /// <summary>The plain method's return type.</summary>
    public string ReturnType { get; init; } = string.Empty;

    /// <summary>The WithResponse variant's return type.</summary>
    public string WithResponseType { get; init; } = string.Empty;

    /// <summary>Whether a WithResponse variant exists (not for streams of items).</summary>
    public bool HasWithResponse => !IsItemStream;

    /// <summary>The public parameters, each followed by <c>, </c>, optional ones with <c>= null</c>.</summary>
    public string Parameters { get; init; } = string.Empty;

    /// <summary>The sender's parameters: the same, without defaults.</summary>
    public string SendParameters { get; init; } = string.Empty;

    /// <summary>The parameters passed on, each followed by <c>, </c>.</summary>
    public string Arguments { get; init; } = string.Empty;

    /// <summary>An expression of type HttpMethod.</summary>
    public string HttpMethodExpression { get; init; } = string.Empty;

    /// <summary>A string expression for the path, each variable formatted and escaped.</summary>
    public string PathExpression { get; init; } = string.Empty;

    /// <summary>The operation's own server as a C# string literal, or empty when it uses the client's base URL.</summary>
    public string ServerLiteral { get; init; } = string.Empty;

    /// <summary>Whether the operation is served from its own server.</summary>
    public bool HasOwnServer => ServerLiteral.Length > 0;

    /// <summary>Query parameters.</summary>
    public IReadOnlyList<ArgumentTemplateModel> QueryParameters { get; init; } = new ArgumentTemplateModel[0];

    /// <summary>Whether there are query parameters.</summary>
    public bool HasQuery => QueryParameters.Count > 0;

    /// <summary>Header parameters.</summary>
    public IReadOnlyList<ArgumentTemplateModel> HeaderParameters { get; init; } = new ArgumentTemplateModel[0];

    /// <summary>Cookie parameters.</summary>
    public IReadOnlyList<ArgumentTemplateModel> CookieParameters { get; init; } = new ArgumentTemplateModel[0];

    /// <summary>Whether there are cookie parameters.</summary>
    public bool HasCookies => CookieParameters.Count > 0;

    /// <summary>The static field with the operation's security alternatives.</summary>
    public string SecuritySet { get; init; } = string.Empty;

    /// <summary>Whether the request has a body.</summary>
    public bool HasBody { get; init; }

    /// <summary>The body parameter's name.</summary>
    public string BodyArgument { get; init; } = string.Empty;

    /// <summary>The body argument known not to be null (<c>.Value</c> for a nullable value type).</summary>
    public string BodyValue { get; init; } = string.Empty;

    /// <summary>For JSON and form bodies: the codec function that writes the body.</summary>
    public string BodyWriter { get; init; } = string.Empty;

    /// <summary>Whether the body parameter may be null (an optional body).</summary>
    public bool BodyIsOptional { get; init; }

    /// <summary>A JSON body with one media type.</summary>
    public bool BodyIsJson { get; init; }

    /// <summary>A form body with one media type.</summary>
    public bool BodyIsForm { get; init; }

    /// <summary>A body the caller sends as JSON or as a form, by <c>contentType</c>.</summary>
    public bool BodyIsJsonOrForm { get; init; }

    /// <summary>The media types the caller may pick from, as literals.</summary>
    public string MediaTypeLiterals { get; init; } = string.Empty;

    /// <summary>Form fields whose lists are indexed (<c>a[0]=x</c>), as literals.</summary>
    public string DeepFieldLiterals { get; init; } = string.Empty;

    /// <summary>Whether the body is a string sent as text.</summary>
    public bool BodyIsText { get; init; }

    /// <summary>Whether the body is an HttpContent the caller built.</summary>
    public bool BodyIsContent { get; init; }

    /// <summary>Whether the body is a Stream of raw bytes.</summary>
    public bool BodyIsStream { get; init; }

    /// <summary>Whether the body is multipart, one parameter per part.</summary>
    public bool BodyIsMultipart { get; init; }

    /// <summary>The parts of a multipart body.</summary>
    public IReadOnlyList<MultipartFieldTemplateModel> MultipartFields { get; init; } = new MultipartFieldTemplateModel[0];

    /// <summary>The Content-Type for a Stream body as a literal (a concrete type where the spec names a range).</summary>
    public string StreamMediaTypeLiteral { get; init; } = string.Empty;

    /// <summary>The request media type as a C# string literal.</summary>
    public string BodyMediaTypeLiteral { get; init; } = "\"application/json\"";

    /// <summary>Whether the success response has a body.</summary>
    public bool HasResult { get; init; }

    /// <summary>The result type (without Task), or the item type of a stream of items.</summary>
    public string ResultTypeName { get; init; } = string.Empty;

    /// <summary>For JSON results and items: the codec function that reads one.</summary>
    public string ResultReader { get; init; } = string.Empty;

    /// <summary>Whether the result is read as JSON.</summary>
    public bool ResultIsJson { get; init; }

    /// <summary>Whether the result is read as a string.</summary>
    public bool ResultIsText { get; init; }

    /// <summary>Whether the result is a Stream that owns the response.</summary>
    public bool ResultIsStream { get; init; }

    /// <summary>Whether the result is a stream of server-sent events.</summary>
    public bool ResultIsEvents { get; init; }

    /// <summary>Whether the method returns IAsyncEnumerable of items read as they arrive.</summary>
    public bool IsItemStream { get; init; }

    /// <summary>Server-sent events: turns one event's data into an item.</summary>
    public string ItemParser { get; init; } = string.Empty;

    /// <summary><c>true</c> when a JSON null is an acceptable result.</summary>
    public string ResultAllowsNull { get; init; } = "false";

    /// <summary>The Accept header value as a C# string literal, or empty when none is sent.</summary>
    public string AcceptLiteral { get; init; } = string.Empty;

    /// <summary>Whether an Accept header is sent.</summary>
    public bool HasAccept => AcceptLiteral.Length > 0;

    /// <summary>Documented non-2xx responses, most specific first.</summary>
    public IReadOnlyList<ErrorTemplateModel> Errors { get; init; } = new ErrorTemplateModel[0];

    /// <summary>Whether a <c>default</c> response catches every other status.</summary>
    public bool HasDefaultError { get; init; }

    /// <summary>Whether an All variant enumerates every page.</summary>
    public bool HasPaging { get; init; }

    /// <summary>The item type of the All variant.</summary>
    public string PagingItemType { get; init; } = string.Empty;

    /// <summary>The codec function that reads one item.</summary>
    public string PagingItemReader { get; init; } = string.Empty;

    /// <summary>The parameter whose value the first request sends.</summary>
    public string PagingStart { get; init; } = string.Empty;

    /// <summary>Page and offset: the next value of the parameter, from <c>nextValue</c> and <c>pageCount</c>.</summary>
    public string PagingAdvance { get; init; } = string.Empty;

    /// <summary>The arguments passed on, with the paging parameter replaced by <c>next</c>.</summary>
    public string PagingArguments { get; init; } = string.Empty;

    /// <summary>Cursor pagination.</summary>
    public bool PagingIsCursor { get; init; }

    /// <summary>Last-item pagination (starting_after).</summary>
    public bool PagingIsLastItem { get; init; }

    /// <summary>Page-number pagination.</summary>
    public bool PagingIsPage { get; init; }

    /// <summary>Offset pagination.</summary>
    public bool PagingIsOffset { get; init; }

    /// <summary>Where the items are, as a literal, or <c>null</c> to find them at run time.</summary>
    public string ItemsPointerLiteral { get; init; } = "null";

    /// <summary>Where the next cursor is, as a literal, or <c>null</c> to find it at run time.</summary>
    public string NextCursorPointerLiteral { get; init; } = "null";

    /// <summary>Where has_more is, as a literal, or empty.</summary>
    public string HasMorePointerLiteral { get; init; } = string.Empty;

    /// <summary>Where the total is, as a literal, or empty.</summary>
    public string TotalPointerLiteral { get; init; } = string.Empty;

    /// <summary>The pointer to the item's identifier within an item, as a literal.</summary>
    public string ItemIdPointerLiteral { get; init; } = "\"/id\"";
}
