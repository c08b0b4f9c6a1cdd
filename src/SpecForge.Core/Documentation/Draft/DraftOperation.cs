using System.Collections.Generic;
using System.Text.Json.Nodes;
using SpecForge.Core.Diagnostics;

namespace SpecForge.Core.Documentation.Draft;

/// <summary>One documented operation (<c>### POST /contacts</c>), as written.</summary>
public sealed class DraftOperation
{
    /// <summary>The HTTP method, upper case.</summary>
    public string Method { get; set; } = string.Empty;

    /// <summary>The path exactly as the heading writes it: may be absolute, carry a query string, <c>:id</c> variables or a repeated base path.</summary>
    public string RawPath { get; set; } = string.Empty;

    /// <summary>The OpenAPI path (<c>/contacts/{id}</c>), set by the normalizer.</summary>
    public string? Path { get; set; }

    /// <summary>The section (tag) the operation is documented under.</summary>
    public string? Tag { get; set; }

    /// <summary>A one-line summary (the page title, or the first sentence of the description).</summary>
    public string? Summary { get; set; }

    /// <summary>The description text under the heading.</summary>
    public string? Description { get; set; }

    /// <summary>An operationId the docs state; usually none, and the normalizer derives one.</summary>
    public string? OperationId { get; set; }

    /// <summary>Whether the docs mark the operation deprecated.</summary>
    public bool Deprecated { get; set; }

    /// <summary>Other method + path pairs the docs name as legacy aliases of this operation ("Legacy alias: GET /deals").</summary>
    public List<string> LegacyAliases { get; } = new();

    /// <summary>For an alias the normalizer emitted: the canonical operation (<c>GET /opportunities</c>).</summary>
    public string? AliasOf { get; set; }

    /// <summary>Scopes the operation needs (<c>contacts:read</c>).</summary>
    public List<string> Scopes { get; } = new();

    /// <summary>Whether the docs state that the operation needs no scope (<c>**Scopes:** _none_</c>), rather than not saying.</summary>
    public bool ScopesNone { get; set; }

    /// <summary>Whether the scope list carries the write marker (<c>— _write_</c>).</summary>
    public bool IsWrite { get; set; }

    /// <summary>Documented parameters in document order, body fields included.</summary>
    public List<DraftParameter> Parameters { get; } = new();

    /// <summary>Code fences under the operation (curl, bare JSON, raw HTTP), verbatim.</summary>
    public List<DraftCodeSample> Samples { get; } = new();

    /// <summary>Documented responses, when the docs describe any beyond the samples.</summary>
    public List<DraftResponse> Responses { get; } = new();

    /// <summary>Where the heading is.</summary>
    public SourceRef? Source { get; set; }

    /// <summary>Set by the normalizer: the server of this operation when it is not the API's (another host, another base path).</summary>
    public string? ServerUrl { get; set; }

    /// <summary>Set by the normalizer: the OpenAPI requestBody object.</summary>
    public JsonObject? RequestBodyObject { get; set; }

    /// <summary>Set by the normalizer: the OpenAPI responses object.</summary>
    public JsonObject ResponsesObject { get; set; } = new();

    /// <summary>Set by the normalizer: <c>x-</c> members of the operation.</summary>
    public JsonObject Extensions { get; set; } = new();

    /// <summary>"GET /contacts/{id}": method and path, for messages and merging.</summary>
    public string Key => Method + " " + (Path ?? RawPath);

    /// <summary>Marks this operation as the one being processed, so an unexpected failure is reported at its heading.</summary>
    internal ProcessingSite.Scope Processing() =>
        ProcessingSite.Enter(Source?.File ?? string.Empty, Source is { } source ? new SourcePosition(source.Line, source.Column) : SourcePosition.Start, "the operation " + Key);
}

/// <summary>A documented parameter or body field, as written.</summary>
public sealed class DraftParameter
{
    /// <summary>The name as written (<c>params.limit</c> for a nested body field).</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Where it travels, as written: <c>path</c>, <c>query</c>, <c>header</c>, <c>cookie</c>, <c>body</c> or <c>form</c>.</summary>
    public string Location { get; set; } = string.Empty;

    /// <summary>The type token as written: <c>string</c>, <c>uuid[]</c>, <c>string|null</c>, <c>"a" | "b"</c>, <c>File</c>, <c>enum&lt;string&gt;</c>.</summary>
    public string TypeText { get; set; } = string.Empty;

    /// <summary>Whether the docs mark it required.</summary>
    public bool Required { get; set; }

    /// <summary>The description, verbatim (constraint phrases such as "(1-100, default 25)" stay in it).</summary>
    public string? Description { get; set; }

    /// <summary>Constraint lines a rendered page lists apart from the description ("Required range: 1 &lt;= x &lt;= 100").</summary>
    public List<string> ConstraintTexts { get; } = new();

    /// <summary>An example value the docs give for this field, verbatim.</summary>
    public string? ExampleText { get; set; }

    /// <summary>Where the parameter is documented.</summary>
    public SourceRef? Source { get; set; }

    /// <summary>Where <see cref="Description"/> starts, so a phrase inside it can be reported at its own column.</summary>
    public SourceRef? DescriptionSource { get; set; }

    /// <summary>
    /// The descriptions of the same parameter where its operation is documented again (merged by the duplicates pass):
    /// their constraints are added to this description's, and a disagreement is reported at <see cref="DraftText.Source"/>.
    /// </summary>
    public List<DraftText> MergedDescriptions { get; } = new();

    /// <summary>Set by the normalizer: the JSON schema the type token and constraint phrases describe.</summary>
    public JsonObject? Schema { get; set; }
}

/// <summary>A text read from documentation, and where.</summary>
/// <param name="Text">The text, verbatim.</param>
/// <param name="Source">Where it starts.</param>
public sealed record DraftText(string Text, SourceRef? Source);

/// <summary>A code fence, verbatim.</summary>
/// <param name="Language">The fence's info string (<c>bash</c>, <c>json</c>, <c>http</c>), or empty.</param>
/// <param name="Text">The code.</param>
/// <param name="Source">Where the fence starts.</param>
/// <param name="IsResponse">Whether the docs present it as a response rather than a request.</param>
public sealed record DraftCodeSample(string Language, string Text, SourceRef? Source, bool IsResponse = false);

/// <summary>A documented response.</summary>
public sealed class DraftResponse
{
    /// <summary>The status code (<c>200</c>, <c>204</c>).</summary>
    public string Status { get; set; } = "200";

    /// <summary>What the docs say about it.</summary>
    public string? Description { get; set; }

    /// <summary>The media type, when stated.</summary>
    public string? MediaType { get; set; }

    /// <summary>An example body, verbatim.</summary>
    public string? ExampleText { get; set; }

    /// <summary>Where it is documented.</summary>
    public SourceRef? Source { get; set; }
}
