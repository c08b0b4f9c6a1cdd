using System.Collections.Generic;

namespace SpecForge.Core.Emitting.TemplateModels;

/// <summary>
/// What <c>Client.Method.sbncs</c> and <c>Client.Signatures.sbncs</c> render for one operation: a private request
/// builder (or an async sender when a hook has statements), the public method, its <c>WithResponse</c> variant and,
/// for lists that page, its <c>All</c> variant.
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

    /// <summary>The class holding the security alternatives (<see cref="SecuritySet"/>): the client's nested class <c>Shared</c>.</summary>
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
    public bool HasWithResponse => !Result.IsItemStream;

    /// <summary>The public parameters, each followed by <c>, </c>, optional ones with <c>= null</c>; the cancellation token and the per-call options follow.</summary>
    public string Parameters { get; init; } = string.Empty;

    /// <summary>The async sender's parameters (when a hook has statements): the same, without defaults.</summary>
    public string SendParameters { get; init; } = string.Empty;

    /// <summary>The parameters passed on, each followed by <c>, </c>.</summary>
    public string Arguments { get; init; } = string.Empty;

    /// <summary>The request builder's parameters: <see cref="SendParameters"/> without the separator after the last.</summary>
    public string RequestParameters => SendParameters.TrimEnd(',', ' ');

    /// <summary>The arguments passed to the request builder: <see cref="Arguments"/> without the separator after the last.</summary>
    public string RequestArguments => Arguments.TrimEnd(',', ' ');

    /// <summary>The name of the per-call options parameter (<c>requestOptions</c> unless the spec took it), after the cancellation token.</summary>
    public string RequestOptions { get; init; } = string.Empty;

    /// <summary>The runtime's <c>RequestOptions</c> type, fully qualified.</summary>
    public string RequestOptionsType { get; init; } = string.Empty;

    /// <summary>Whether the body is handed over unread (a Stream, server-sent events, JSON lines), so a per-call timeout ends at its headers.</summary>
    public bool StreamsBody => Result.IsItemStream || Result.Kind == "Stream";

    /// <summary>
    /// What the runtime's <c>SendAsync</c> takes after the request and before the cancellation token: the credentials
    /// the operation accepts, the per-call options, whether the body streams, and its documented errors (or <c>null</c>).
    /// </summary>
    public string SendOptions =>
        Security + "." + SecuritySet + ", " + RequestOptions + ", " + (StreamsBody ? "true" : "false") + ", " + (Errors.Count == 0 ? "null" : ErrorsField);

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

    /// <summary>The request body, or null when the operation takes none.</summary>
    public BodyTemplateModel? Body { get; init; }

    /// <summary>What the success response gives the caller.</summary>
    public ResultTemplateModel Result { get; init; } = new();

    /// <summary>The Accept header value as a C# string literal, or empty when none is sent.</summary>
    public string AcceptLiteral { get; init; } = string.Empty;

    /// <summary>Whether an Accept header is sent.</summary>
    public bool HasAccept => AcceptLiteral.Length > 0;

    /// <summary>Documented non-2xx responses with a body, most specific first.</summary>
    public IReadOnlyList<ErrorTemplateModel> Errors { get; init; } = new ErrorTemplateModel[0];

    /// <summary>The runtime's <c>ApiError</c> type, which <see cref="Errors"/>' entries create.</summary>
    public string ErrorType { get; init; } = string.Empty;

    /// <summary>
    /// The static field that holds the operation's errors, shared by every operation that documents the same ones,
    /// e.g. <c>PetsClient.Shared.Errors1</c>; empty when there are none.
    /// </summary>
    public string ErrorsField { get; init; } = string.Empty;

    /// <summary>How the <c>...AllAsync</c> variant follows the pages, or null when there is none.</summary>
    public PagingTemplateModel? Paging { get; init; }
}
