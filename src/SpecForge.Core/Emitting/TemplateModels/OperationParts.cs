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

/// <summary>An operation whose pages an <c>...AllAsync</c> method follows: one <see cref="Kind"/> and its pointers.</summary>
public sealed class PagingTemplateModel
{
    /// <summary><c>Cursor</c>, <c>LastItem</c> (starting_after), <c>Page</c> (page numbers) or <c>Offset</c>.</summary>
    public string Kind { get; init; } = string.Empty;

    /// <summary>The item type the All variant yields.</summary>
    public string ItemType { get; init; } = string.Empty;

    /// <summary>The codec function that reads one item.</summary>
    public string ItemReader { get; init; } = string.Empty;

    /// <summary>The parameter whose value the first request sends.</summary>
    public string Start { get; init; } = string.Empty;

    /// <summary><c>Page</c> and <c>Offset</c>: the next value of the parameter, from <c>nextValue</c> and <c>pageCount</c>.</summary>
    public string Advance { get; init; } = string.Empty;

    /// <summary>The arguments passed on, with the paging parameter replaced by <c>nextValue</c>.</summary>
    public string Arguments { get; init; } = string.Empty;

    /// <summary>Where the items are, as a literal, or <c>null</c> to find them at run time.</summary>
    public string ItemsPointerLiteral { get; init; } = "null";

    /// <summary><c>Cursor</c>: where the next cursor is, as a literal, or <c>null</c> to find it at run time.</summary>
    public string NextCursorPointerLiteral { get; init; } = "null";

    /// <summary>Where has_more is, as a literal, or empty.</summary>
    public string HasMorePointerLiteral { get; init; } = string.Empty;

    /// <summary>Where the total is, as a literal, or empty.</summary>
    public string TotalPointerLiteral { get; init; } = string.Empty;

    /// <summary><c>LastItem</c>: the pointer to the item's identifier within an item, as a literal.</summary>
    public string ItemIdPointerLiteral { get; init; } = "\"/id\"";
}
