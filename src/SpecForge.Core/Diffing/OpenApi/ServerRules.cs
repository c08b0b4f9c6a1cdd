using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.OpenApi;
using SpecForge.Core.Modeling;

namespace SpecForge.Core.Diffing.OpenApi;

/// <summary>
/// Compares server URLs as the generated client resolves them (variables at their defaults, no trailing slash):
/// the document's once, and an operation's only where it or its path sets its own.
/// </summary>
internal static class ServerRules
{
    public static void CompareDocument(DiffContext context)
    {
        foreach (var (message, oldPointer, newPointer) in Differences(context.Old.Document.Servers, context.New.Document.Servers, "/servers", "/servers"))
        {
            context.ReportDocument(OpenApiRules.ServerUrlChanged, message, oldPointer, newPointer);
        }
    }

    public static void CompareOperation(DiffContext context, OperationPair pair)
    {
        var (oldServers, oldPointer) = Effective(pair.Old, pair.OldItem, context.Old.Document, pair.OldPointer, pair.OldPathPointer);
        var (newServers, newPointer) = Effective(pair.New, pair.NewItem, context.New.Document, pair.NewPointer, pair.NewPathPointer);
        if (oldPointer == "/servers" && newPointer == "/servers")
        {
            return;
        }

        foreach (var (message, old, @new) in Differences(oldServers, newServers, oldPointer, newPointer))
        {
            context.ReportOperation(pair.Site, OpenApiRules.ServerUrlChanged, message, old, @new);
        }
    }

    // Each old URL not offered any more, paired with the URL now at its place in the list.
    private static IEnumerable<(string Message, string OldPointer, string NewPointer)> Differences(
        IList<OpenApiServer>? old, IList<OpenApiServer>? @new, string oldListPointer, string newListPointer)
    {
        var oldUrls = Resolve(old);
        var newUrls = Resolve(@new);
        for (var i = 0; i < oldUrls.Count; i++)
        {
            if (newUrls.Contains(oldUrls[i]))
            {
                continue;
            }

            var index = i.ToString(CultureInfo.InvariantCulture);
            yield return i < newUrls.Count
                ? ($"server URL changed from '{oldUrls[i]}' to '{newUrls[i]}'", oldListPointer + "/" + index, newListPointer + "/" + index)
                : ($"server URL '{oldUrls[i]}' removed", oldListPointer + "/" + index, newListPointer);
        }
    }

    private static List<string> Resolve(IList<OpenApiServer>? servers) =>
        (servers ?? new List<OpenApiServer>()).Where(s => s is not null).Select(ServerUrls.Resolve).OfType<string>().ToList();

    private static (IList<OpenApiServer>? Servers, string Pointer) Effective(OpenApiOperation operation, IOpenApiPathItem item, OpenApiDocument document, string operationPointer, string pathPointer) =>
        operation.Servers is { Count: > 0 } own ? (own, operationPointer + "/servers")
        : item.Servers is { Count: > 0 } shared ? (shared, pathPointer + "/servers")
        : (document.Servers, "/servers");
}
