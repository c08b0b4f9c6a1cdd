using System.Collections.Generic;

namespace SpecForge.Core.Emitting.TemplateModels;

/// <summary>
/// What <c>Client.sbncs</c>, <c>ClientOptions.sbncs</c> and <c>DependencyInjection.sbncs</c> render. Every string is already
/// valid, escaped C#.
/// </summary>
public sealed class ClientTemplateModel
{
    /// <summary>The namespace of the generated types.</summary>
    public string Namespace { get; init; } = string.Empty;

    /// <summary>The accessibility of the generated types: <c>public</c>, or <c>internal</c> with <c>Visibility="internal"</c>.</summary>
    public string Visibility { get; init; } = "public";

    /// <summary>The runtime's namespace, <c>global::</c>-qualified.</summary>
    public string Runtime { get; init; } = string.Empty;

    /// <summary>The runtime's wire helpers, fully qualified.</summary>
    public string Wire { get; init; } = string.Empty;

    /// <summary>The runtime's transport type, fully qualified.</summary>
    public string TransportType { get; init; } = string.Empty;

    /// <summary>The client class name.</summary>
    public string ClientName { get; init; } = string.Empty;

    /// <summary>Complete doc comment lines for the class.</summary>
    public IReadOnlyList<string> Doc { get; init; } = new string[0];

    /// <summary>The spec's default base URL as a C# string literal (<c>""</c> when the spec names none).</summary>
    public string DefaultBaseUrlLiteral { get; init; } = "\"\"";

    /// <summary>Every server URL as comma-separated C# string literals.</summary>
    public string ServerUrlLiterals { get; init; } = string.Empty;

    /// <summary>The first server's URL template as a C# string literal, for expanding its variables; empty without variables.</summary>
    public string ServerTemplateLiteral { get; init; } = string.Empty;

    /// <summary>The options' server variables (<c>{region}</c> of the first server's URL), one property each.</summary>
    public IReadOnlyList<ServerVariableTemplateModel> ServerVariables { get; init; } = new ServerVariableTemplateModel[0];

    /// <summary>The operation groups, one property each.</summary>
    public IReadOnlyList<GroupTemplateModel> Groups { get; init; } = new GroupTemplateModel[0];

    /// <summary>Operations without a tag, declared on the client itself.</summary>
    public IReadOnlyList<OperationTemplateModel> Operations { get; init; } = new OperationTemplateModel[0];

    /// <summary>The security schemes the options take credentials for.</summary>
    public IReadOnlyList<SchemeTemplateModel> Schemes { get; init; } = new SchemeTemplateModel[0];

    /// <summary>The distinct security requirements of the operations, as static arrays of the nested class <c>Shared</c>.</summary>
    public IReadOnlyList<SecuritySetTemplateModel> SecuritySets { get; init; } = new SecuritySetTemplateModel[0];

    /// <summary>The runtime's <c>ApiError</c> type, fully qualified: the element type of <see cref="ErrorSets"/>.</summary>
    public string ErrorType { get; init; } = string.Empty;

    /// <summary>The distinct lists of documented errors of the operations, as static arrays of the nested class <c>Shared</c>.</summary>
    public IReadOnlyList<ErrorSetTemplateModel> ErrorSets { get; init; } = new ErrorSetTemplateModel[0];

    /// <summary>What <c>Client.Members</c> renders inside the client's interface.</summary>
    public ClientMembersTemplateModel InterfaceMembers => new(this, isInterface: true);

    /// <summary>What <c>Client.Members</c> renders inside the client class.</summary>
    public ClientMembersTemplateModel ClassMembers => new(this, isInterface: false);
}

/// <summary>
/// What the <c>Client.Members</c> hook renders, once inside the interface and once inside the class, so one override
/// adds a member to both: the signature where <see cref="IsInterface"/> is true, the implementation where it is false.
/// </summary>
public sealed class ClientMembersTemplateModel
{
    /// <summary>Creates the model of one of the two places.</summary>
    public ClientMembersTemplateModel(ClientTemplateModel client, bool isInterface)
    {
        Client = client;
        IsInterface = isInterface;
    }

    /// <summary>The client's model.</summary>
    public ClientTemplateModel Client { get; }

    /// <summary>Whether this rendering is inside the interface (signatures) rather than the class (implementations).</summary>
    public bool IsInterface { get; }

    /// <summary>The namespace of the generated types.</summary>
    public string Namespace => Client.Namespace;

    /// <summary>The client class name; the interface is <c>I</c> and this name.</summary>
    public string ClientName => Client.ClientName;
}

/// <summary>What <c>ClientGroup.sbncs</c> renders: one tag's operations as a class and its interface.</summary>
public sealed class GroupTemplateModel
{
    /// <summary>The namespace of the generated types.</summary>
    public string Namespace { get; init; } = string.Empty;

    /// <summary>The accessibility of the generated types: <c>public</c>, or <c>internal</c> with <c>Visibility="internal"</c>.</summary>
    public string Visibility { get; init; } = "public";

    /// <summary>The client class the group belongs to.</summary>
    public string ClientName { get; init; } = string.Empty;

    /// <summary>The client's property for the group.</summary>
    public string PropertyName { get; init; } = string.Empty;

    /// <summary>The group class.</summary>
    public string TypeName { get; init; } = string.Empty;

    /// <summary>The group interface.</summary>
    public string InterfaceName { get; init; } = string.Empty;

    /// <summary>Doc comment lines from the tag's description.</summary>
    public IReadOnlyList<string> Doc { get; init; } = new string[0];

    /// <summary>The group's operations.</summary>
    public IReadOnlyList<OperationTemplateModel> Operations { get; init; } = new OperationTemplateModel[0];
}

/// <summary>A security scheme's credentials in the options and how the client applies them.</summary>
public sealed class SchemeTemplateModel
{
    /// <summary>The scheme's key in the spec, as a C# string literal.</summary>
    public string KeyLiteral { get; init; } = string.Empty;

    /// <summary>The prefix of its option properties.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>A short description for the option properties' docs: one line, XML-escaped.</summary>
    public string Summary { get; init; } = string.Empty;

    /// <summary>Where an API key goes, for docs: one line, XML-escaped.</summary>
    public string Where { get; init; } = string.Empty;

    /// <summary>API keys: the header, query or cookie name as a C# string literal.</summary>
    public string ParameterNameLiteral { get; init; } = string.Empty;

    /// <summary>Bearer tokens (http bearer, OAuth2, OpenID Connect).</summary>
    public bool IsBearer { get; init; }

    /// <summary>HTTP basic.</summary>
    public bool IsBasic { get; init; }

    /// <summary>An API key anywhere.</summary>
    public bool IsApiKey => IsHeaderKey || IsQueryKey || IsCookieKey;

    /// <summary>An API key in a header.</summary>
    public bool IsHeaderKey { get; init; }

    /// <summary>An API key in the query.</summary>
    public bool IsQueryKey { get; init; }

    /// <summary>An API key in a cookie.</summary>
    public bool IsCookieKey { get; init; }
}

/// <summary>A server variable as an option property, and how the options put its value into the server's URL.</summary>
public sealed class ServerVariableTemplateModel
{
    /// <summary>Complete doc comment lines for the property.</summary>
    public IReadOnlyList<string> Doc { get; init; } = new string[0];

    /// <summary>The property's type: the variable's open enum, or <c>string</c>.</summary>
    public string TypeName { get; init; } = "string";

    /// <summary>The property's name.</summary>
    public string PropertyName { get; init; } = string.Empty;

    /// <summary>The property's initial value, the variable's default, as a C# expression.</summary>
    public string Default { get; init; } = string.Empty;

    /// <summary>The variable's name in the URL as a C# string literal.</summary>
    public string NameLiteral { get; init; } = string.Empty;

    /// <summary>A C# expression for the property's value as text.</summary>
    public string Value { get; init; } = string.Empty;
}

/// <summary>One distinct security requirement: alternatives of scheme keys.</summary>
public sealed class SecuritySetTemplateModel
{
    /// <summary>The static field's name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>What it requires, in words, for its doc comment: one line, XML-escaped.</summary>
    public string Summary { get; init; } = string.Empty;

    /// <summary>The array initializer, e.g. <c>new string[][] { new string[] { "bearerAuth" } }</c>.</summary>
    public string Initializer { get; init; } = string.Empty;
}

/// <summary>The documented errors several operations share: one static array of the runtime's <c>ApiError</c>.</summary>
public sealed class ErrorSetTemplateModel
{
    /// <summary>The static field's name, e.g. <c>Errors1</c>.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The array initializer, e.g. <c>{ ApiError.Json&lt;Error&gt;("404", Error.JsonConverter.ReadValue) }</c>.</summary>
    public string Initializer { get; init; } = string.Empty;
}

/// <summary>A path, query, header or cookie argument.</summary>
public sealed class ArgumentTemplateModel
{
    /// <summary>The wire name as a C# string literal.</summary>
    public string NameLiteral { get; init; } = string.Empty;

    /// <summary>The C# parameter holding the value.</summary>
    public string Argument { get; init; } = string.Empty;

    /// <summary>The value as passed to the writer: the argument, or its JSON form for objects.</summary>
    public string Value { get; init; } = string.Empty;

    /// <summary>Whether the C# parameter can be null, so the template must test it before use.</summary>
    public bool IsNullable { get; init; }

    /// <summary>The member of the generated Style enum.</summary>
    public string Style { get; init; } = "Form";

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public string Explode { get; init; } = "true";

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public string AllowReserved { get; init; } = "false";
}

/// <summary>One part of a multipart body.</summary>
public sealed class MultipartFieldTemplateModel
{
    /// <summary>The field name as a C# string literal.</summary>
    public string NameLiteral { get; init; } = string.Empty;

    /// <summary>The value expression: files as a sequence of FileParts, objects as their JSON form.</summary>
    public string Value { get; init; } = string.Empty;

    /// <summary>Whether the part is a file.</summary>
    public bool IsFile { get; init; }

    /// <summary>The encoding's Content-Type as a literal, or <c>null</c>.</summary>
    public string ContentTypeLiteral { get; init; } = "null";
}

/// <summary>A documented non-2xx response and the exception it becomes.</summary>
public sealed class ErrorTemplateModel
{
    /// <summary>The spec's response key: <c>404</c>, <c>4XX</c> or <c>default</c>.</summary>
    public string Status { get; init; } = string.Empty;

    /// <summary><c>default</c>: matches any status, so it comes last.</summary>
    public bool IsDefault { get; init; }

    /// <summary>The expression that describes it to the transport, e.g. <c>ApiError.Json&lt;Error&gt;("404", Error.JsonConverter.ReadValue)</c>.</summary>
    public string Entry { get; init; } = string.Empty;
}
