using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using SpecForge.Core.Diagnostics;

namespace SpecForge.Core.Documentation.Draft;

/// <summary>
/// Combines the drafts of several documentation files about one API into one. The first input wins where they
/// disagree (title, servers, embedded components), and each disagreement is reported where the later input says it.
/// Operations are simply concatenated: the duplicate pass merges the ones documented twice.
/// </summary>
public static class DraftMerger
{
    /// <summary>One draft for all of <paramref name="drafts"/>, in input order.</summary>
    public static DraftApi Merge(IReadOnlyList<DraftApi> drafts)
    {
        if (drafts.Count == 1)
        {
            return drafts[0];
        }

        var merged = new DraftApi();
        foreach (var draft in drafts)
        {
            merged.Diagnostics.AddRange(draft.Diagnostics);
            var where = draft.Operations.FirstOrDefault()?.Source ?? draft.Tags.FirstOrDefault()?.Source;
            merged.Title = Pick(merged, merged.Title, draft.Title, "title", where);
            merged.Description ??= draft.Description;
            merged.Version = Pick(merged, merged.Version, draft.Version, "version", where);
            merged.AuthenticationText ??= draft.AuthenticationText;
            foreach (var server in draft.Servers.Where(s => !merged.Servers.Contains(s)))
            {
                if (merged.Servers.Count > 0)
                {
                    merged.Report(DiagnosticCatalog.MergeConflict, $"Another input names the server '{server}'; '{merged.Servers[0]}' stays the default.", where);
                }

                merged.Servers.Add(server);
            }

            foreach (var tag in draft.Tags.Where(t => merged.Tags.All(m => m.Name != t.Name)))
            {
                merged.Tags.Add(tag);
            }

            merged.Operations.AddRange(draft.Operations);
            merged.EmbeddedOpenApi = MergeEmbedded(merged, merged.EmbeddedOpenApi, draft.EmbeddedOpenApi, where);
        }

        return merged;
    }

    private static string? Pick(DraftApi merged, string? kept, string? offered, string what, SourceRef? where)
    {
        if (kept is null || offered is null || kept == offered)
        {
            return kept ?? offered;
        }

        merged.Report(DiagnosticCatalog.MergeConflict, $"Inputs disagree on the {what}: '{kept}' is kept, '{offered}' is not.", where);
        return kept;
    }

    // Two endpoint pages of one API each embed a slice of the same spec: their paths and components add up.
    private static JsonObject? MergeEmbedded(DraftApi merged, JsonObject? kept, JsonObject? offered, SourceRef? where)
    {
        if (kept is null || offered is null)
        {
            return kept ?? offered;
        }

        foreach (var section in new[] { "paths" })
        {
            AddMissing(merged, kept, offered, section, where);
        }

        if (offered["components"] is JsonObject components)
        {
            var keptComponents = kept["components"] as JsonObject ?? (JsonObject)(kept["components"] = new JsonObject());
            foreach (var kind in components.Select(c => c.Key).ToList())
            {
                AddMissing(merged, keptComponents, components, kind, where);
            }
        }

        return kept;
    }

    private static void AddMissing(DraftApi merged, JsonObject kept, JsonObject offered, string section, SourceRef? where)
    {
        if (offered[section] is not JsonObject source)
        {
            return;
        }

        var target = kept[section] as JsonObject ?? (JsonObject)(kept[section] = new JsonObject());
        foreach (var entry in source.ToList())
        {
            if (target[entry.Key] is null)
            {
                target[entry.Key] = entry.Value?.DeepClone();
            }
            else if (!JsonNode.DeepEquals(target[entry.Key], entry.Value))
            {
                merged.Report(DiagnosticCatalog.MergeConflict, $"Inputs define '{section}/{entry.Key}' differently; the first definition is kept.", where);
            }
        }
    }
}
