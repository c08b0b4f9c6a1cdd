using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.OpenApi;
using SpecForge.Core.Reading;

namespace SpecForge.Core.Diffing.OpenApi;

/// <summary>
/// Compares an operation's parameters (its own and its path's, the operation's winning on name and location): added,
/// removed, moved, newly required, and changes to their schemas.
/// </summary>
internal static class ParameterRules
{
    public static void Compare(DiffContext context, OperationPair pair)
    {
        var oldParameters = Effective(pair.OldItem, pair.Old, pair.OldPathPointer, pair.OldPointer);
        var newParameters = Effective(pair.NewItem, pair.New, pair.NewPathPointer, pair.NewPointer);
        var unmatchedNew = new List<Located>(newParameters);
        var unmatchedOld = new List<Located>();
        foreach (var old in oldParameters)
        {
            var match = unmatchedNew.FindIndex(n => n.Name == old.Name && n.Location == old.Location);
            if (match < 0)
            {
                unmatchedOld.Add(old);
                continue;
            }

            CompareMatched(context, pair, old, unmatchedNew[match]);
            unmatchedNew.RemoveAt(match);
        }

        foreach (var old in unmatchedOld)
        {
            // The same name somewhere else is the parameter moving, not one removed and another added.
            var moved = unmatchedNew.FindIndex(n => n.Name == old.Name);
            if (moved >= 0)
            {
                var target = unmatchedNew[moved];
                unmatchedNew.RemoveAt(moved);
                context.ReportOperation(pair.Site, OpenApiRules.ParameterLocationChanged, $"parameter '{old.Name}' moved from {old.Location} to {target.Location}", old.Pointer, target.Pointer);
                continue;
            }

            context.ReportOperation(pair.Site, OpenApiRules.ParameterRemoved, $"{old.Location} parameter '{old.Name}' removed", old.Pointer, null);
        }

        foreach (var added in unmatchedNew)
        {
            var rule = added.Required ? OpenApiRules.ParameterAddedRequired : OpenApiRules.ParameterAddedOptional;
            var message = $"{added.Location} parameter '{added.Name}' added" + (added.Required ? " as required" : " as optional");
            context.ReportOperation(pair.Site, rule, message, null, added.Pointer);
        }
    }

    private static void CompareMatched(DiffContext context, OperationPair pair, Located old, Located @new)
    {
        var noun = $"{old.Location} parameter '{old.Name}'";
        if (!old.Required && @new.Required)
        {
            context.ReportOperation(pair.Site, OpenApiRules.ParameterBecameRequired, noun + " became required", old.Pointer, @new.Pointer);
        }

        var walk = new SchemaWalk();
        context.Schemas.Compare(old.Schema, @new.Schema, old.SchemaPointer, @new.SchemaPointer, walk);
        context.Usage.Record(walk, SchemaDirection.Request, pair.Site.Index);
        foreach (var difference in walk.Differences)
        {
            if (DifferenceRules.RuleFor(difference, SchemaDirection.Request, inParameter: true) is { } rule)
            {
                var message = DifferenceRules.Describe(difference, rule, noun, noun + " property");
                context.ReportOperation(pair.Site, rule, message, difference.OldPointer, difference.NewPointer);
            }
        }
    }

    private static List<Located> Effective(IOpenApiPathItem item, OpenApiOperation operation, string pathPointer, string operationPointer)
    {
        var result = new List<Located>();
        Collect(item.Parameters, pathPointer + "/parameters", result);
        Collect(operation.Parameters, operationPointer + "/parameters", result);
        return result;
    }

    private static void Collect(IList<IOpenApiParameter>? parameters, string listPointer, List<Located> into)
    {
        for (var i = 0; parameters is not null && i < parameters.Count; i++)
        {
            if (parameters[i] is not { Name: { } name, In: { } location } parameter)
            {
                continue;
            }

            var pointer = listPointer + "/" + i.ToString(CultureInfo.InvariantCulture);
            var (schema, schemaPointer) = SchemaOf(parameter, pointer);
            var where = location.ToString().ToLowerInvariant();
            into.RemoveAll(p => p.Name == name && p.Location == where);
            into.Add(new Located(name, where, location == ParameterLocation.Path || parameter.Required, schema, pointer, schemaPointer));
        }
    }

    // A parameter described by `content` instead of `schema` carries its schema in its one media type.
    private static (IOpenApiSchema? Schema, string Pointer) SchemaOf(IOpenApiParameter parameter, string pointer)
    {
        if (parameter.Schema is not null || parameter.Content is not { Count: > 0 } content)
        {
            return (parameter.Schema, pointer + "/schema");
        }

        var first = content.First();
        return (first.Value?.Schema, JsonPointers.Append(pointer + "/content", first.Key) + "/schema");
    }

    private sealed record Located(string Name, string Location, bool Required, IOpenApiSchema? Schema, string Pointer, string SchemaPointer);
}
