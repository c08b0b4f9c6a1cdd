using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using SpecForge.Core.Reading;

namespace SpecForge.Core.Diffing.OpenApi;

/// <summary>
/// Matches operations across the documents (a path template matches whatever its variables are called) and reports
/// the ones removed, added, deprecated or renamed.
/// </summary>
internal static class EndpointRules
{
    private static readonly Regex PathVariable = new(@"\{[^{}]*\}", RegexOptions.CultureInvariant);

    /// <summary>Reports endpoint changes and returns the operations both documents have, with every operation's label by index.</summary>
    public static (List<OperationPair> Pairs, List<string> Labels) Compare(DiffContext context)
    {
        var oldPaths = Paths(context.Old.Document);
        var newPaths = Paths(context.New.Document);
        var newByTemplate = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var path in newPaths.Keys)
        {
            var template = Template(path);
            if (!newByTemplate.ContainsKey(template) || oldPaths.ContainsKey(path))
            {
                newByTemplate[template] = path;
            }
        }

        var pairs = new List<OperationPair>();
        var labels = new List<string>();
        var matchedNew = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var oldPath in oldPaths)
        {
            var oldPathPointer = JsonPointers.Append("/paths", oldPath.Key);
            var newPath = newPaths.ContainsKey(oldPath.Key) ? oldPath.Key : newByTemplate.TryGetValue(Template(oldPath.Key), out var renamed) && !matchedNew.Contains(renamed) ? renamed : null;
            if (newPath is null)
            {
                foreach (var operation in Operations(oldPath.Value))
                {
                    var site = Site(labels, operation.Method, oldPath.Key, operation.Value, JsonPointers.Append(oldPathPointer, operation.Method.ToLowerInvariant()), null);
                    context.ReportOperation(site, OpenApiRules.EndpointRemoved, "endpoint removed", site.OldPointer, null);
                }

                continue;
            }

            matchedNew.Add(newPath);
            var newItem = newPaths[newPath];
            var newPathPointer = JsonPointers.Append("/paths", newPath);
            var newOperations = Operations(newItem).ToDictionary(o => o.Method, o => o.Value, System.StringComparer.Ordinal);
            foreach (var operation in Operations(oldPath.Value))
            {
                var oldPointer = JsonPointers.Append(oldPathPointer, operation.Method.ToLowerInvariant());
                if (!newOperations.TryGetValue(operation.Method, out var newOperation))
                {
                    var removed = Site(labels, operation.Method, oldPath.Key, operation.Value, oldPointer, null);
                    context.ReportOperation(removed, OpenApiRules.MethodRemoved, $"method {operation.Method} removed (the path remains)", oldPointer, null);
                    continue;
                }

                var site = Site(labels, operation.Method, newPath, newOperation, oldPointer, JsonPointers.Append(newPathPointer, operation.Method.ToLowerInvariant()));
                pairs.Add(new OperationPair(site, oldPath.Value, newItem, operation.Value, newOperation, oldPathPointer, newPathPointer));
                if (!operation.Value.Deprecated && newOperation.Deprecated)
                {
                    context.ReportOperation(site, OpenApiRules.EndpointDeprecated, "endpoint deprecated", site.OldPointer, site.NewPointer);
                }
            }

            foreach (var added in Operations(newItem).Where(o => !Operations(oldPath.Value).Any(old => old.Method == o.Method)))
            {
                var site = Site(labels, added.Method, newPath, added.Value, null, JsonPointers.Append(newPathPointer, added.Method.ToLowerInvariant()));
                context.ReportOperation(site, OpenApiRules.EndpointAdded, "endpoint added", null, site.NewPointer);
            }
        }

        foreach (var newPath in newPaths.Where(p => !matchedNew.Contains(p.Key)))
        {
            foreach (var operation in Operations(newPath.Value))
            {
                var site = Site(labels, operation.Method, newPath.Key, operation.Value, null, JsonPointers.Append(JsonPointers.Append("/paths", newPath.Key), operation.Method.ToLowerInvariant()));
                context.ReportOperation(site, OpenApiRules.EndpointAdded, "endpoint added", null, site.NewPointer);
            }
        }

        OperationIdRules.Compare(context, pairs);
        return (pairs, labels);
    }

    private static OperationSite Site(List<string> labels, string method, string path, OpenApiOperation operation, string? oldPointer, string? newPointer)
    {
        var site = new OperationSite(labels.Count, method, path, OperationSite.FirstTag(operation), oldPointer, newPointer);
        labels.Add(site.Label);
        return site;
    }

    // "/pets/{id}" and "/pets/{petId}" are the same endpoint.
    private static string Template(string path) => PathVariable.Replace(path, "{}");

    private static Dictionary<string, IOpenApiPathItem> Paths(OpenApiDocument document)
    {
        var result = new Dictionary<string, IOpenApiPathItem>(System.StringComparer.Ordinal);
        foreach (var path in document.Paths ?? new OpenApiPaths())
        {
            if (path.Value is not null)
            {
                result[path.Key] = path.Value;
            }
        }

        return result;
    }

    private static IEnumerable<(string Method, OpenApiOperation Value)> Operations(IOpenApiPathItem item) =>
        (item.Operations ?? new Dictionary<HttpMethod, OpenApiOperation>())
            .Where(o => o.Value is not null)
            .Select(o => (o.Key.Method.ToUpperInvariant(), o.Value));
}
