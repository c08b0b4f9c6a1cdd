using System;
using System.Collections.Generic;
using Microsoft.OpenApi;
using SpecForge.Core.Reading;

namespace SpecForge.Core.Modeling;

/// <summary>What a response schema offers a walk, found by the naming rules whatever the kind.</summary>
internal sealed class PageShape
{
    private static readonly string[] ItemNames = { "data", "items", "results", "records", "entries", "values", "list" };

    private static readonly string[] NextCursorNames = { "nextcursor", "nextpagetoken", "nexttoken", "next", "cursor", "endcursor", "after", "continuationtoken" };

    private static readonly string[] HasMoreNames = { "hasmore", "hasnextpage" };

    private static readonly string[] TotalNames = { "total", "totalcount", "count", "totalitems", "totalresults" };

    /// <summary>The member of an item whose value a lastItem walk sends when neither the spec nor the schema names one.</summary>
    public const string DefaultItemId = "id";

    public bool IsUntyped { get; private set; }

    public string? ItemsPointer { get; private set; }

    public string? NextCursorPointer { get; private set; }

    public string? HasMorePointer { get; private set; }

    public string? TotalPointer { get; private set; }

    public string? ItemIdMember { get; private set; }

    public static PageShape Of(IOpenApiSchema? schema, TypeRef type)
    {
        var shape = new PageShape();
        switch (type.Kind)
        {
            case TypeKind.JsonElement:
                shape.IsUntyped = true;
                break;
            case TypeKind.List:
                shape.ItemsPointer = string.Empty;
                break;
            case TypeKind.Record when schema is not null:
                var properties = PageSchema.Properties(schema);
                var items = Items(properties);
                shape.ItemsPointer = items?.Pointer;
                shape.NextCursorPointer = PageSchema.Find(properties, NextCursorNames, PageSchema.IsCursorString);
                shape.HasMorePointer = PageSchema.Find(properties, HasMoreNames, PageSchema.IsBoolean);
                shape.TotalPointer = PageSchema.Find(properties, TotalNames, PageSchema.IsInteger);
                shape.ItemIdMember = items?.Item is { } item && HasMember(item, DefaultItemId) ? DefaultItemId : null;
                break;
        }

        return shape;
    }

    /// <summary>The item type of the array at <paramref name="itemsPointer"/>; JsonElement where the schema does not say.</summary>
    public static TypeRef ItemType(string? itemsPointer, IOpenApiSchema? schema, TypeRef type, Func<IOpenApiSchema, string, TypeRef> mapItemType)
    {
        if (itemsPointer is null)
        {
            return WellKnownTypes.JsonElement;
        }

        // The response type already names its element; mapping the schema again would only repeat that.
        if (itemsPointer.Length == 0 && type.Kind == TypeKind.List)
        {
            return type.Element ?? WellKnownTypes.JsonElement;
        }

        if (schema is null || PageSchema.Resolve(schema, itemsPointer) is not { } array || !PageSchema.IsArray(array)
            || PageSchema.Unwrap(array).Items is not { } item)
        {
            return WellKnownTypes.JsonElement;
        }

        var tokens = JsonPointers.Split(itemsPointer);
        var hint = (tokens.Count == 0 ? string.Empty : Naming.ToPascalCase(tokens[tokens.Count - 1], string.Empty)) + "Item";
        return mapItemType(item, hint);
    }

    private static (string Pointer, IOpenApiSchema? Item)? Items(List<KeyValuePair<string, IOpenApiSchema>> properties)
    {
        var arrays = properties.FindAll(p => PageSchema.IsArray(p.Value));
        KeyValuePair<string, IOpenApiSchema>? chosen = arrays.Count == 1 ? arrays[0] : null;
        foreach (var name in ItemNames)
        {
            if (chosen is not null)
            {
                break;
            }

            var index = arrays.FindIndex(p => PageSchema.Normalize(p.Key) == name);
            chosen = index < 0 ? null : arrays[index];
        }

        return chosen is { } array
            ? (JsonPointers.Append(string.Empty, array.Key), PageSchema.Unwrap(array.Value).Items)
            : null;
    }

    private static bool HasMember(IOpenApiSchema item, string name) =>
        PageSchema.Properties(item).Exists(p => p.Key == name);
}
