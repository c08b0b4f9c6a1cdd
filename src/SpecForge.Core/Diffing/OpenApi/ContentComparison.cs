using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using SpecForge.Core.Modeling;
using SpecForge.Core.Reading;

namespace SpecForge.Core.Diffing.OpenApi;

/// <summary>
/// Compares a request body's or a response's media types: each one removed is reported, and the schema of the media
/// type the generated client would use (chosen the generator's way among those both sides offer) is compared, once,
/// rather than once per media type listing the same schema.
/// </summary>
internal static class ContentComparison
{
    /// <summary>Compares <paramref name="old"/> with <paramref name="new"/> content, found at the given pointers, read in <paramref name="direction"/>.</summary>
    /// <param name="context">The comparison under way.</param>
    /// <param name="pair">The operation.</param>
    /// <param name="old">The old content by media type.</param>
    /// <param name="new">The new content by media type.</param>
    /// <param name="oldPointer">The old request body or response.</param>
    /// <param name="newPointer">The new request body or response.</param>
    /// <param name="direction">Which way the content travels.</param>
    /// <param name="noun">The body as messages name it: <c>request body</c>, <c>response 200 body</c>.</param>
    /// <param name="propertyNoun">A value inside it: <c>request property</c>, <c>response 200 property</c>.</param>
    public static void Compare(
        DiffContext context,
        OperationPair pair,
        IDictionary<string, IOpenApiMediaType>? old,
        IDictionary<string, IOpenApiMediaType>? @new,
        string oldPointer,
        string newPointer,
        SchemaDirection direction,
        string noun,
        string propertyNoun)
    {
        var oldContent = old ?? new Dictionary<string, IOpenApiMediaType>();
        var newContent = @new ?? new Dictionary<string, IOpenApiMediaType>();
        var removedRule = direction == SchemaDirection.Request ? OpenApiRules.RequestMediaTypeRemoved : OpenApiRules.ResponseMediaTypeRemoved;
        foreach (var mediaType in oldContent.Keys.Where(k => !Contains(newContent, k)))
        {
            context.ReportOperation(pair.Site, removedRule, $"{noun} no longer offers media type '{mediaType}'", JsonPointers.Append(oldPointer + "/content", mediaType), newPointer);
        }

        var common = oldContent.Keys.Where(k => Contains(newContent, k)).ToList();
        var chosen = direction == SchemaDirection.Request ? MediaTypes.PreferredRequest(common) : MediaTypes.PreferredResponse(common);
        if (chosen is null)
        {
            return;
        }

        var newKey = newContent.Keys.First(k => string.Equals(k, chosen, StringComparison.OrdinalIgnoreCase));
        var walk = new SchemaWalk();
        context.Schemas.Compare(
            oldContent[chosen]?.Schema,
            newContent[newKey]?.Schema,
            JsonPointers.Append(oldPointer + "/content", chosen) + "/schema",
            JsonPointers.Append(newPointer + "/content", newKey) + "/schema",
            walk);
        context.Usage.Record(walk, direction, pair.Site.Index);
        foreach (var difference in walk.Differences)
        {
            if (DifferenceRules.RuleFor(difference, direction, inParameter: false) is { } rule)
            {
                context.ReportOperation(pair.Site, rule, DifferenceRules.Describe(difference, rule, noun, propertyNoun), difference.OldPointer, difference.NewPointer);
            }
        }
    }

    // Media type names are case-insensitive (RFC 6838).
    private static bool Contains(IDictionary<string, IOpenApiMediaType> content, string mediaType) =>
        content.Keys.Any(k => string.Equals(k, mediaType, StringComparison.OrdinalIgnoreCase));
}
