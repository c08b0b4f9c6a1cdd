using System;
using System.Collections.Generic;
using Microsoft.OpenApi;

namespace SpecForge.Core.Modeling;

/// <summary>
/// Decides whether an operation pages and how to walk its pages, so the client can also offer every item as an
/// <c>IAsyncEnumerable</c>. The rules are the ones docs/pagination.md gives users; change both together.
/// </summary>
internal static class PaginationDetector
{
    // Query parameter names (normalized: lower case, no '_' or '-') and the kind each implies.
    private static readonly Dictionary<string, PaginationKind> ParameterKinds = new(StringComparer.Ordinal)
    {
        ["cursor"] = PaginationKind.Cursor,
        ["after"] = PaginationKind.Cursor,
        ["pagetoken"] = PaginationKind.Cursor,
        ["nexttoken"] = PaginationKind.Cursor,
        ["continuationtoken"] = PaginationKind.Cursor,
        ["next"] = PaginationKind.Cursor,
        ["pagecursor"] = PaginationKind.Cursor,
        ["startingafter"] = PaginationKind.LastItem,
        ["page"] = PaginationKind.Page,
        ["pagenumber"] = PaginationKind.Page,
        ["pageno"] = PaginationKind.Page,
        ["offset"] = PaginationKind.Offset,
        ["skip"] = PaginationKind.Offset,
        ["start"] = PaginationKind.Offset,
    };

    /// <summary>How the operation pages, or null when it does not.</summary>
    /// <param name="httpMethod">Upper case, e.g. <c>GET</c>; only GET is detected, x-pagination works on any method.</param>
    /// <param name="operation">Read for its <c>x-pagination</c> extension.</param>
    /// <param name="parameters">The operation's mapped parameters, in method order.</param>
    /// <param name="successSchema">The schema of the chosen 2xx JSON response; null or <c>{}</c> when untyped.</param>
    /// <param name="successType">What <paramref name="successSchema"/> mapped to.</param>
    /// <param name="mapItemType">
    /// Maps an item schema; the hint is <c>&lt;Property&gt;Item</c> (<c>DataItem</c>), the suffix the response record's own
    /// mapping gave that schema. It is called at most once, only for a model that is returned, and must give back the
    /// type the response's mapping already made for the schema: mapping an inline item again would declare it twice.
    /// </param>
    /// <param name="warn">Told what is wrong with a malformed <c>x-pagination</c>; the operation then does not page.</param>
    public static PaginationModel? Detect(
        string httpMethod,
        OpenApiOperation operation,
        IReadOnlyList<ParameterModel> parameters,
        IOpenApiSchema? successSchema,
        TypeRef? successType,
        Func<IOpenApiSchema, string, TypeRef> mapItemType,
        Action<string> warn)
    {
        switch (PaginationExtension.Read(operation, out var extension, out var error))
        {
            case PaginationExtensionState.Disabled:
                return null;
            case PaginationExtensionState.Invalid:
                warn(PaginationExtension.Name + ": " + error + "; the operation gets no method that walks its pages.");
                return null;
            case PaginationExtensionState.Explicit:
                return FromExtension(extension!, parameters, successSchema, successType, mapItemType, warn);
        }

        if (httpMethod != "GET" || successType is null)
        {
            return null;
        }

        foreach (var parameter in parameters)
        {
            if (parameter.Location == ParameterLocation.Query
                && ParameterKinds.TryGetValue(PageSchema.Normalize(parameter.WireName), out var kind)
                && Fits(kind, parameter.Type))
            {
                return Detected(kind, parameter, successSchema, successType, mapItemType);
            }
        }

        return null;
    }

    private static PaginationModel? Detected(
        PaginationKind kind, ParameterModel parameter, IOpenApiSchema? schema, TypeRef type, Func<IOpenApiSchema, string, TypeRef> mapItemType)
    {
        var shape = PageShape.Of(schema, type);
        if (shape.IsUntyped)
        {
            // Nothing to read the pages' layout from: the generated code finds items and cursor at run time.
            return kind == PaginationKind.LastItem ? null : new PaginationModel(kind, parameter.Name, WellKnownTypes.JsonElement);
        }

        if (shape.ItemsPointer is null)
        {
            return null;
        }

        switch (kind)
        {
            case PaginationKind.Cursor when shape.NextCursorPointer is not null:
                return Model(kind, parameter, shape, schema, type, mapItemType) with
                {
                    NextCursorPointer = shape.NextCursorPointer,
                    HasMorePointer = shape.HasMorePointer,
                };
            case PaginationKind.LastItem when shape.HasMorePointer is not null && shape.ItemIdMember is not null:
                return Model(kind, parameter, shape, schema, type, mapItemType) with
                {
                    HasMorePointer = shape.HasMorePointer,
                    ItemIdMember = shape.ItemIdMember,
                };
            case PaginationKind.Page or PaginationKind.Offset:
                return Model(kind, parameter, shape, schema, type, mapItemType) with
                {
                    HasMorePointer = shape.HasMorePointer,
                    TotalPointer = shape.TotalPointer,
                };
            default:
                return null;
        }
    }

    private static PaginationModel Model(
        PaginationKind kind, ParameterModel parameter, PageShape shape, IOpenApiSchema? schema, TypeRef type, Func<IOpenApiSchema, string, TypeRef> mapItemType) =>
        new(kind, parameter.Name, PageShape.ItemType(shape.ItemsPointer, schema, type, mapItemType)) { ItemsPointer = shape.ItemsPointer };

    private static PaginationModel? FromExtension(
        PaginationExtension extension,
        IReadOnlyList<ParameterModel> parameters,
        IOpenApiSchema? schema,
        TypeRef? type,
        Func<IOpenApiSchema, string, TypeRef> mapItemType,
        Action<string> warn)
    {
        var kindName = PaginationExtension.KindName(extension.Kind);
        ParameterModel? parameter = null;
        foreach (var candidate in parameters)
        {
            if (candidate.Location == ParameterLocation.Query && candidate.WireName == extension.Parameter)
            {
                parameter = candidate;
                break;
            }
        }

        string? problem = null;
        if (parameter is null)
        {
            problem = $"'parameter' names '{extension.Parameter}', which is not a query parameter of the operation";
        }
        else if (!Fits(extension.Kind, parameter.Type))
        {
            var expected = extension.Kind is PaginationKind.Page or PaginationKind.Offset ? "a number" : "a string";
            problem = $"the {kindName} parameter '{extension.Parameter}' must be {expected}";
        }
        else if (type is null)
        {
            problem = "the operation has no JSON success response to read pages from";
        }

        if (problem is not null)
        {
            warn(PaginationExtension.Name + ": " + problem + "; the operation gets no method that walks its pages.");
            return null;
        }

        // What the spec leaves out is taken from the schema; an untyped response leaves it to the run-time rules.
        var shape = PageShape.Of(schema, type!);
        var items = extension.Items.Or(shape.ItemsPointer);
        var kind = extension.Kind;
        return new PaginationModel(kind, parameter!.Name, PageShape.ItemType(items, schema, type!, mapItemType))
        {
            ItemsPointer = items,
            NextCursorPointer = kind == PaginationKind.Cursor ? extension.NextCursor.Or(shape.NextCursorPointer) : null,
            HasMorePointer = extension.HasMore.Or(shape.HasMorePointer),
            ItemIdMember = kind == PaginationKind.LastItem ? extension.ItemId.Or(shape.ItemIdMember ?? PageShape.DefaultItemId) : null,
            TotalPointer = kind is PaginationKind.Page or PaginationKind.Offset ? extension.Total.Or(shape.TotalPointer) : null,
        };
    }

    /// <summary>
    /// Whether the walk can set a parameter of this type: it sends cursors as strings and counts pages and offsets,
    /// which specs type as integer or, as often, plain number.
    /// </summary>
    private static bool Fits(PaginationKind kind, TypeRef type) => kind switch
    {
        PaginationKind.Page or PaginationKind.Offset => type.Kind is TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double or TypeKind.Single or TypeKind.Decimal,
        _ => type.Kind == TypeKind.String,
    };
}
