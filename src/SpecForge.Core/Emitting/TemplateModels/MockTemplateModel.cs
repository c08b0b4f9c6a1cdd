namespace SpecForge.Core.Emitting.TemplateModels;

/// <summary>
/// What <c>MockServer.sbncs</c>, <c>MockServer.Handler.sbncs</c>, <c>MockServer.Endpoints.sbncs</c> and the shared runtime
/// templates render. Every string is already valid, escaped C#.
/// </summary>
public sealed class MockTemplateModel
{
    /// <summary>The namespace of the generated types; the runtime lives in its <c>Mocking</c> and <c>Validation</c> children.</summary>
    public string Namespace { get; init; } = string.Empty;

    /// <summary>The accessibility of the generated types: <c>public</c>, or <c>internal</c> with <c>Visibility="internal"</c>.</summary>
    public string Visibility { get; init; } = "public";

    /// <summary>The namespace of the runtime whose engine the mock runs.</summary>
    public string RuntimeNamespace { get; init; } = string.Empty;

    /// <summary>The client class name.</summary>
    public string ClientName { get; init; } = string.Empty;

    /// <summary>The static class holding the spec: <c>&lt;Base&gt;Mock</c>.</summary>
    public string MockName { get; init; } = string.Empty;

    /// <summary>The in-process handler: <c>&lt;Base&gt;MockHandler</c>.</summary>
    public string HandlerName { get; init; } = string.Empty;

    /// <summary>The ASP.NET Core extension class: <c>&lt;Base&gt;MockEndpoints</c>.</summary>
    public string EndpointsName { get; init; } = string.Empty;

    /// <summary>The extension method: <c>Map&lt;Base&gt;Mock</c>.</summary>
    public string MapMethodName { get; init; } = string.Empty;

    /// <summary>The API's title for doc comments, XML-escaped.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>
    /// The spec's UTF-8 bytes as a C# expression: a <c>u8</c> literal when the language has them (stored as data, so
    /// no limit of the metadata string heap applies), otherwise a byte array initializer.
    /// </summary>
    public string SpecBytes { get; init; } = string.Empty;

    /// <summary>Whether <see cref="SpecBytes"/> is a <c>u8</c> literal (a span) rather than an array initializer.</summary>
    public bool SpecIsUtf8Literal { get; init; }
}
