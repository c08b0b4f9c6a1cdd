using System.Collections.Generic;

namespace SpecForge.Core.Emitting.TemplateModels;

/// <summary>What <c>Client.hbs</c> renders: the client class. Every string is already valid, escaped C#.</summary>
public sealed class ClientTemplateModel
{
    /// <summary>The namespace of the generated types.</summary>
    public string Namespace { get; init; } = string.Empty;

    /// <summary>The client class name.</summary>
    public string ClientName { get; init; } = string.Empty;

    /// <summary>Complete doc comment lines for the class.</summary>
    public IReadOnlyList<string> Doc { get; init; } = new string[0];

    /// <summary>The spec's default base URL as a C# string literal (<c>""</c> when the spec names none).</summary>
    public string DefaultBaseUrlLiteral { get; init; } = "\"\"";

    /// <summary>One entry per operation.</summary>
    public IReadOnlyList<OperationTemplateModel> Operations { get; init; } = new OperationTemplateModel[0];
}

/// <summary>One client method.</summary>
public sealed class OperationTemplateModel
{
    /// <summary>The method name, ending in Async.</summary>
    public string MethodName { get; init; } = string.Empty;

    /// <summary>Complete doc comment lines.</summary>
    public IReadOnlyList<string> Doc { get; init; } = new string[0];

    /// <summary>Whether the operation is deprecated.</summary>
    public bool IsDeprecated { get; init; }

    /// <summary>The declared return type, e.g. <c>global::System.Threading.Tasks.Task&lt;Pet&gt;</c>.</summary>
    public string ReturnType { get; init; } = string.Empty;

    /// <summary>The parameter list between the parentheses, cancellation token included.</summary>
    public string ParameterList { get; init; } = string.Empty;

    /// <summary>An expression of type HttpMethod.</summary>
    public string HttpMethodExpression { get; init; } = string.Empty;

    /// <summary>A string expression for the path, each variable formatted and escaped as one segment.</summary>
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

    /// <summary>Whether the request has a body.</summary>
    public bool HasBody { get; init; }

    /// <summary>The body parameter's name.</summary>
    public string BodyArgument { get; init; } = string.Empty;

    /// <summary>The body argument known not to be null (<c>.Value</c> for a nullable value type).</summary>
    public string BodyValue { get; init; } = string.Empty;

    /// <summary>For JSON bodies: the codec function that writes the body.</summary>
    public string BodyWriter { get; init; } = string.Empty;

    /// <summary>Whether the body parameter may be null (an optional body).</summary>
    public bool BodyIsOptional { get; init; }

    /// <summary>Whether the body is serialized as JSON.</summary>
    public bool BodyIsJson { get; init; }

    /// <summary>Whether the body is a string sent as text.</summary>
    public bool BodyIsText { get; init; }

    /// <summary>Whether the body is an HttpContent the caller built.</summary>
    public bool BodyIsContent { get; init; }

    /// <summary>Whether the body is a Stream of raw bytes.</summary>
    public bool BodyIsStream { get; init; }

    /// <summary>The Content-Type for a Stream body as a literal (a concrete type where the spec names a range).</summary>
    public string StreamMediaTypeLiteral { get; init; } = string.Empty;

    /// <summary>The request media type as a C# string literal.</summary>
    public string BodyMediaTypeLiteral { get; init; } = "\"application/json\"";

    /// <summary>Whether the method returns a value.</summary>
    public bool HasResult { get; init; }

    /// <summary>The returned type (without Task).</summary>
    public string ResultTypeName { get; init; } = string.Empty;

    /// <summary>For JSON results: the codec function that reads the result.</summary>
    public string ResultReader { get; init; } = string.Empty;

    /// <summary>Whether the result is read as JSON.</summary>
    public bool ResultIsJson { get; init; }

    /// <summary>Whether the result is read as a string.</summary>
    public bool ResultIsText { get; init; }

    /// <summary>Whether the result is read as bytes.</summary>
    public bool ResultIsBytes { get; init; }

    /// <summary>Whether the result is a Stream that owns the response.</summary>
    public bool ResultIsStream { get; init; }

    /// <summary>Whether the response is disposed when the method returns (not when a returned Stream is).</summary>
    public bool DisposesResponse => !ResultIsStream;

    /// <summary>Whether a JSON null is an acceptable result (the declared type is nullable).</summary>
    public bool ResultAllowsNull { get; init; }

    /// <summary>The Accept header value as a C# string literal, or empty when none is sent.</summary>
    public string AcceptLiteral { get; init; } = string.Empty;

    /// <summary>Whether an Accept header is sent.</summary>
    public bool HasAccept => AcceptLiteral.Length > 0;
}

/// <summary>A query, header or cookie argument.</summary>
public sealed class ArgumentTemplateModel
{
    /// <summary>The wire name as a C# string literal.</summary>
    public string NameLiteral { get; init; } = string.Empty;

    /// <summary>The C# parameter holding the value.</summary>
    public string Argument { get; init; } = string.Empty;

    /// <summary>Whether the C# parameter can be null, so the template must test it before use.</summary>
    public bool IsNullable { get; init; }
}
