using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using Microsoft.OpenApi;
using SpecForge.Core.Modeling;

namespace SpecForge.Core.Diffing.OpenApi;

/// <summary>
/// Reports an operationId change when it changes the generated C# method: the names are allocated over the whole
/// document, the way the generator does (grouped by first tag, the tag's words dropped, clashes numbered), so a
/// change that leaves the method's name alone (<c>listPets</c> → <c>ListPets</c>) is not reported.
/// </summary>
internal static class OperationIdRules
{
    // Only clashes with the client's own members depend on its name; any ordinary name gives the same methods.
    private const string ClientName = "ApiClient";

    public static void Compare(DiffContext context, IReadOnlyList<OperationPair> pairs)
    {
        var changed = pairs.Where(p => p.Old.OperationId != p.New.OperationId).ToList();
        if (changed.Count == 0)
        {
            return;
        }

        var oldNames = MethodNames(context.Old.Document);
        var newNames = MethodNames(context.New.Document);
        foreach (var pair in changed)
        {
            if (!oldNames.TryGetValue(pair.Old, out var oldName) || !newNames.TryGetValue(pair.New, out var newName) || oldName == newName)
            {
                continue;
            }

            var message = $"operationId {Quote(pair.Old.OperationId)} became {Quote(pair.New.OperationId)}; the generated method {oldName} becomes {newName}";
            context.ReportOperation(pair.Site, OpenApiRules.OperationIdChanged, message, pair.OldPointer + "/operationId", pair.NewPointer + "/operationId");
        }
    }

    private static string Quote(string? operationId) => operationId is null ? "(none)" : "'" + operationId + "'";

    /// <summary>Each operation's generated method, as <c>Group.NameAsync</c> (or <c>NameAsync</c> on the client itself).</summary>
    private static Dictionary<OpenApiOperation, string> MethodNames(OpenApiDocument document)
    {
        var operations = (
            from path in document.Paths ?? new OpenApiPaths()
            from operation in path.Value?.Operations ?? new Dictionary<HttpMethod, OpenApiOperation>()
            where operation.Value is not null
            select (Operation: operation.Value, Tag: OperationSite.FirstTag(operation.Value), FullName: OperationMapper.FullName(operation.Value.OperationId, operation.Key.Method, path.Key)))
            .ToList();

        var names = new OperationNames(new NameScope(), ClientName);
        names.Plan(operations.Select(o => ((string?)o.Tag, o.FullName)));
        var result = new Dictionary<OpenApiOperation, string>();
        foreach (var (operation, tag, fullName) in operations)
        {
            var (group, baseName) = names.Allocate(tag, null, fullName);
            result[operation] = (group is null ? string.Empty : group + ".") + baseName + "Async";
        }

        return result;
    }
}
