using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace SpecForge.Core.Reading;

/// <summary>
/// The last line of defence around Microsoft.OpenApi: when its reader throws on a document the structural check let
/// through, the elements it cannot read (path items, webhooks, components) are found by reading halves of them, left
/// out, and reported where they are, so the rest of the document is still generated. Runs only after a failure.
/// </summary>
internal static class ElementIsolation
{
    private static readonly string[] Containers = { "paths", "webhooks", "definitions", "parameters", "responses", "securityDefinitions" };

    /// <summary>
    /// Reads <paramref name="root"/> with <paramref name="read"/>; if that throws, removes the entries whose presence
    /// makes it throw and reads again. Returns the result and the pointers and failures of the removed entries.
    /// </summary>
    public static (T Result, IReadOnlyList<(string Pointer, Exception Failure)> Removed) Read<T>(JsonObject root, Func<JsonObject, T> read)
    {
        try
        {
            return (read(root), Array.Empty<(string, Exception)>());
        }
        catch (Exception first) when (IsReaderFailure(first))
        {
            var entries = Entries(root);
            var culprits = new List<(Entry Entry, Exception Failure)>();
            Find(root, entries, entries, culprits, read);
            if (culprits.Count == 0)
            {
                // Only a combination fails (two schemas through each other, say): nothing single to leave out.
                Restore(entries, exclude: new HashSet<Entry>());
                throw;
            }

            Restore(entries, new HashSet<Entry>(culprits.Select(c => c.Entry)));
            return (read(root), culprits.Select(c => (c.Entry.Pointer, c.Failure)).ToList());
        }
    }

    private static bool IsReaderFailure(Exception ex) => ex is not OperationCanceledException and not OutOfMemoryException and not InsufficientExecutionStackException;

    // Bisection: a subset that reads is clean; a failing one is split until single entries remain.
    private static void Find<T>(JsonObject root, List<Entry> all, List<Entry> subset, List<(Entry, Exception)> culprits, Func<JsonObject, T> read)
    {
        Restore(all, include: subset);
        try
        {
            read(root);
            return;
        }
        catch (Exception ex) when (IsReaderFailure(ex))
        {
            if (subset.Count == 1)
            {
                culprits.Add((subset[0], ex));
                return;
            }

            if (subset.Count == 0)
            {
                return;
            }
        }

        var half = subset.Count / 2;
        Find(root, all, subset.Take(half).ToList(), culprits, read);
        Find(root, all, subset.Skip(half).ToList(), culprits, read);
    }

    private static List<Entry> Entries(JsonObject root)
    {
        var containers = Containers.Select(name => (Pointer: "/" + name, Node: root[name] as JsonObject))
            .Concat((root["components"] as JsonObject ?? new JsonObject()).Select(c => (Pointer: "/components/" + JsonPointers.EscapeSegment(c.Key), Node: c.Value as JsonObject)));
        return containers
            .Where(c => c.Node is not null)
            .SelectMany(c => c.Node!.Select((entry, index) => new Entry(c.Node!, entry.Key, entry.Value, index, JsonPointers.Append(c.Pointer, entry.Key))))
            .ToList();
    }

    // Puts back the entries of each container in their original order: all of them but the excluded, or only the included.
    private static void Restore(List<Entry> all, HashSet<Entry>? exclude = null, List<Entry>? include = null)
    {
        var wanted = include is null ? null : new HashSet<Entry>(include);
        foreach (var container in all.GroupBy(e => e.Container))
        {
            container.Key.Clear();
            foreach (var entry in container.OrderBy(e => e.Index))
            {
                if ((wanted is null || wanted.Contains(entry)) && (exclude is null || !exclude.Contains(entry)))
                {
                    container.Key[entry.Key] = entry.Value;
                }
            }
        }
    }

    private sealed record Entry(JsonObject Container, string Key, JsonNode? Value, int Index, string Pointer);
}
