using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using SpecForge.Core.Diagnostics;

namespace SpecForge.Core.Reading.Selecting;

/// <summary>
/// Applies an <see cref="OperationFilter"/> to the checked JSON tree of a document, before Microsoft.OpenApi reads
/// it: the operations the filter drops are removed, and so is every component, definition and webhook no kept
/// operation reaches (<see cref="Reachability"/>). Everything downstream (the model, the client, the mock's embedded
/// spec) then sees a smaller document, and reading it costs less. Nothing is renamed, so every pointer still locates
/// in the source text.
/// </summary>
internal static class OperationSelection
{
    public static void Apply(JsonObject root, OperationFilter filter, string filePath, ISourceLocator locator, List<SpecDiagnostic> diagnostics)
    {
        if (filter.KeepsAll)
        {
            return;
        }

        var include = filter.Include.Select(OperationPattern.Parse).ToList();
        var exclude = filter.Exclude.Select(OperationPattern.Parse).ToList();
        var operations = OperationIndex.Read(root);

        // The patterns come from project metadata or the command line, which have no place in the spec; the paths
        // object is what they were matched against.
        var position = locator.Locate(root.ContainsKey("paths") ? "/paths" : string.Empty);
        diagnostics.AddRange(UnmatchedPatterns.Find(include, exclude, operations.Select(o => o.Operation).ToList(), filePath, position));

        var reach = new Reachability(root);
        foreach (var indexed in operations)
        {
            var operation = indexed.Operation;
            if ((include.Count == 0 || include.Any(p => p.Matches(operation))) && !exclude.Any(p => p.Matches(operation)))
            {
                reach.Keep(indexed.Unit);
            }
        }

        reach.Complete();
        RemoveUnreached(root, reach);
    }

    private static void RemoveUnreached(JsonObject root, Reachability reach)
    {
        if (root["paths"] is JsonObject paths)
        {
            foreach (var path in paths.Where(p => !p.Key.StartsWith("x-", System.StringComparison.Ordinal)).ToList())
            {
                if (!reach.IsKept(SpecUnits.Path(path.Key)))
                {
                    paths.Remove(path.Key);
                }
                else if (path.Value is JsonObject item && SpecUnits.ReferenceOf(item) is null)
                {
                    foreach (var method in item.Select(m => m.Key).Where(SpecUnits.IsMethod).ToList())
                    {
                        if (!reach.IsKept(SpecUnits.Operation(path.Key, method)))
                        {
                            item.Remove(method);
                        }
                    }
                }
            }
        }

        foreach (var (pointer, map) in SpecUnits.DroppableMaps(root).ToList())
        {
            foreach (var key in map.Select(entry => entry.Key).ToList())
            {
                if (!reach.IsKept(JsonPointers.Append(pointer, key)))
                {
                    map.Remove(key);
                }
            }
        }
    }
}
