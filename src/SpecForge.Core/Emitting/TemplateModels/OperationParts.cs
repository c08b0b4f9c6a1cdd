using System.Collections.Generic;

namespace SpecForge.Core.Emitting.TemplateModels;

/// <summary>An operation's request body: one <see cref="Kind"/> says how it is sent, the rest what that needs.</summary>
public sealed class BodyTemplateModel
{
    /// <summary>
    /// How the body is sent: <c>Json</c>, <c>Form</c>, <c>JsonOrForm</c> (the caller's <c>contentType</c> picks),
    /// <c>Text</c> (a string), <c>Content</c> (an HttpContent the caller built), <c>Stream</c> (raw bytes) or
    /// <c>Multipart</c> (one parameter per part); <c>None</c> for a body SpecForge does not know how to send.
    /// </summary>
    public string Kind { get; init; } = string.Empty;

    /// <summary>The body parameter's name.</summary>
    public string Argument { get; init; } = string.Empty;

    /// <summary>The body argument known not to be null (<c>.Value</c> for a nullable value type).</summary>
    public string Value { get; init; } = string.Empty;

    /// <summary>For JSON and form bodies: the codec function that writes the body.</summary>
    public string Writer { get; init; } = string.Empty;

    /// <summary>Whether the body parameter may be null (an optional body), so the content is set only when given.</summary>
    public bool IsOptional { get; init; }

    /// <summary>The request media type as a C# string literal.</summary>
    public string MediaTypeLiteral { get; init; } = "\"application/json\"";

    /// <summary><c>JsonOrForm</c>: the media types the caller may pick from, as literals.</summary>
    public string MediaTypeLiterals { get; init; } = string.Empty;

    /// <summary>Form fields whose lists are indexed (<c>a[0]=x</c>), as literals.</summary>
    public string DeepFieldLiterals { get; init; } = string.Empty;

    /// <summary><c>Stream</c>: the Content-Type as a literal (a concrete type where the spec names a range).</summary>
    public string StreamMediaTypeLiteral { get; init; } = string.Empty;

    /// <summary><c>Multipart</c>: the parts.</summary>
    public IReadOnlyList<MultipartFieldTemplateModel> MultipartFields { get; init; } = new MultipartFieldTemplateModel[0];
}

/// <summary>What an operation's success response gives the caller: one <see cref="Kind"/>, and how to read it.</summary>
public sealed class ResultTemplateModel
{
    /// <summary>
    /// <c>None</c> (no body), <c>Json</c>, <c>Text</c> (a string), <c>Stream</c> (a Stream that owns the response),
    /// <c>Events</c> (server-sent events) or <c>JsonLines</c>; the last two return IAsyncEnumerable of items.
    /// </summary>
    public string Kind { get; init; } = "None";

    /// <summary>The result type (without Task), or the item type of a stream of items; empty for <c>None</c>.</summary>
    public string TypeName { get; init; } = string.Empty;

    /// <summary>For JSON results and items: the codec function that reads one.</summary>
    public string Reader { get; init; } = string.Empty;

    /// <summary><c>Events</c>: turns one event's data into an item.</summary>
    public string ItemParser { get; init; } = string.Empty;

    /// <summary><c>true</c> when a JSON null is an acceptable result, else <c>false</c> (C# literals).</summary>
    public string AllowsNull { get; init; } = "false";

    /// <summary>Whether the method returns IAsyncEnumerable of items read as they arrive (<c>Events</c>, <c>JsonLines</c>).</summary>
    public bool IsItemStream => Kind is "Events" or "JsonLines";
}

/// <summary>An operation whose pages an <c>...AllAsync</c> method follows through the runtime's pager.</summary>
public sealed class PagingTemplateModel
{
    /// <summary><c>Cursor</c>, <c>LastItem</c> (starting_after), <c>Page</c> (page numbers) or <c>Offset</c>.</summary>
    public string Kind { get; init; } = string.Empty;

    /// <summary>Whether the parameter is a number the pager advances (<c>Page</c>, <c>Offset</c>) rather than a cursor.</summary>
    public bool IsNumbered => Kind is "Page" or "Offset";

    /// <summary>The item type the All variant yields.</summary>
    public string ItemType { get; init; } = string.Empty;

    /// <summary>The codec function that reads one item.</summary>
    public string ItemReader { get; init; } = string.Empty;

    /// <summary>The parameter whose value the first request sends.</summary>
    public string Start { get; init; } = string.Empty;

    /// <summary><c>Offset</c>: the first request's offset as a <c>double</c> expression, for comparing with a total; <c>0</c> otherwise.</summary>
    public string First { get; init; } = "0";

    /// <summary>
    /// The arguments passed on, each followed by ", ", with the paging parameter replaced: by the cursor (<c>nextValue</c>),
    /// or by the caller's value advanced by <c>nextValue</c> pages or items.
    /// </summary>
    public string Arguments { get; init; } = string.Empty;

    /// <summary>The arguments passed to the request builder: <see cref="Arguments"/> without the separator after the last.</summary>
    public string RequestArguments => Arguments.TrimEnd(',', ' ');

    /// <summary>The runtime's <c>PageShape</c> of the responses: where the items are and what says another page follows.</summary>
    public string Shape { get; init; } = string.Empty;
}
