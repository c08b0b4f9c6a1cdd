using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace SpecForge.Core.Modeling;

/// <summary>
/// One pointer or member of <c>x-pagination</c>. Left out (<see cref="IsSet"/> false), it is detected from the schema;
/// set to null, it is not, so the pointer stays null (found at run time, or not used); otherwise it is used as written.
/// </summary>
internal readonly record struct PaginationSetting(bool IsSet, string? Value)
{
    public string? Or(string? detected) => IsSet ? Value : detected;
}

/// <summary>What an operation's <c>x-pagination</c> says: nothing, "never page" (<c>false</c>), a mistake, or how to page.</summary>
internal enum PaginationExtensionState
{
    Absent,
    Disabled,
    Invalid,
    Explicit,
}

/// <summary>The <c>x-pagination</c> extension of an operation, read and checked.</summary>
internal sealed class PaginationExtension
{
    public const string Name = "x-pagination";

    private static readonly string[] Fields = { "kind", "parameter", "items", "nextCursor", "hasMore", "itemId", "total" };

    private PaginationExtension(PaginationKind kind, string parameter)
    {
        Kind = kind;
        Parameter = parameter;
    }

    public PaginationKind Kind { get; }

    /// <summary>The wire name of the query parameter the walk sets.</summary>
    public string Parameter { get; }

    public PaginationSetting Items { get; private set; }

    public PaginationSetting NextCursor { get; private set; }

    public PaginationSetting HasMore { get; private set; }

    public PaginationSetting ItemId { get; private set; }

    public PaginationSetting Total { get; private set; }

    /// <summary>Reads the extension; <paramref name="error"/> says what is wrong when the state is <see cref="PaginationExtensionState.Invalid"/>.</summary>
    public static PaginationExtensionState Read(OpenApiOperation operation, out PaginationExtension? extension, out string? error)
    {
        extension = null;
        error = null;
        if (operation.Extensions is not { } extensions || !extensions.TryGetValue(Name, out var raw))
        {
            return PaginationExtensionState.Absent;
        }

        var node = raw is JsonNodeExtension json ? json.Node : null;
        if (node is JsonValue flag && flag.GetValueKind() == JsonValueKind.False)
        {
            return PaginationExtensionState.Disabled;
        }

        if (node is not JsonObject fields)
        {
            error = "must be an object (or false to turn pagination off)";
            return PaginationExtensionState.Invalid;
        }

        error = Parse(fields, out extension);
        return error is null ? PaginationExtensionState.Explicit : PaginationExtensionState.Invalid;
    }

    private static string? Parse(JsonObject fields, out PaginationExtension? extension)
    {
        extension = null;
        foreach (var field in fields)
        {
            if (Array.IndexOf(Fields, field.Key) < 0)
            {
                return $"unknown field '{field.Key}'; the fields are {string.Join(", ", Fields)}";
            }
        }

        var kindText = Text(fields, "kind");
        PaginationKind? kind = kindText is null ? null : PageSchema.Normalize(kindText) switch
        {
            "cursor" => PaginationKind.Cursor,
            "lastitem" => PaginationKind.LastItem,
            "page" => PaginationKind.Page,
            "offset" => PaginationKind.Offset,
            _ => null,
        };
        if (kind is null)
        {
            var written = fields.ContainsKey("kind") ? ", not " + Quote(fields["kind"]) : string.Empty;
            return $"'kind' must be cursor, lastItem, page or offset{written}";
        }

        var parameter = Text(fields, "parameter");
        if (string.IsNullOrEmpty(parameter))
        {
            return "'parameter' must name the query parameter the pages are asked for by";
        }

        var result = new PaginationExtension(kind.Value, parameter!);
        // Every pointer is read so each is assigned; the first problem is the one reported.
        var pointerErrors = new[]
        {
            Pointer(fields, "items", out var items),
            Pointer(fields, "nextCursor", out var nextCursor),
            Pointer(fields, "hasMore", out var hasMore),
            Pointer(fields, "total", out var total),
        };
        var error = Array.Find(pointerErrors, e => e is not null)
            ?? OnlyFor(fields, "nextCursor", kind.Value, PaginationKind.Cursor)
            ?? OnlyFor(fields, "itemId", kind.Value, PaginationKind.LastItem)
            ?? OnlyFor(fields, "total", kind.Value, PaginationKind.Page, PaginationKind.Offset);
        if (error is not null)
        {
            return error;
        }

        var itemId = ReadItemId(fields);
        if (itemId.IsSet && string.IsNullOrEmpty(itemId.Value))
        {
            return "'itemId' must name the item member whose value the next request sends";
        }

        result.Items = items;
        result.NextCursor = nextCursor;
        result.HasMore = hasMore;
        result.Total = total;
        result.ItemId = itemId;
        extension = result;
        return null;
    }

    private static string? Pointer(JsonObject fields, string name, out PaginationSetting setting)
    {
        setting = default;
        if (!fields.TryGetPropertyValue(name, out var node))
        {
            return null;
        }

        if (node is null)
        {
            setting = new PaginationSetting(true, null);
            return null;
        }

        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
        {
            return $"'{name}' must be a JSON pointer string or null, not {Quote(node)}";
        }

        var pointer = value.GetValue<string>();
        if (pointer.Length > 0 && pointer[0] != '/')
        {
            return $"'{name}' must be a JSON pointer into the response body, starting with '/' (or \"\" for the body itself), not '{pointer}'";
        }

        setting = new PaginationSetting(true, pointer);
        return null;
    }

    private static string? OnlyFor(JsonObject fields, string name, PaginationKind kind, params PaginationKind[] kinds) =>
        fields.ContainsKey(name) && Array.IndexOf(kinds, kind) < 0
            ? $"'{name}' does not apply to kind {KindName(kind)}"
            : null;

    private static PaginationSetting ReadItemId(JsonObject fields) =>
        !fields.TryGetPropertyValue("itemId", out var node) ? default
        : node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? new PaginationSetting(true, value.GetValue<string>())
        : new PaginationSetting(true, null);

    private static string? Text(JsonObject fields, string name) =>
        fields[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static string Quote(JsonNode? node) => node is null ? "null" : node.ToJsonString();

    public static string KindName(PaginationKind kind) => kind switch
    {
        PaginationKind.Cursor => "cursor",
        PaginationKind.LastItem => "lastItem",
        PaginationKind.Page => "page",
        _ => "offset",
    };
}
