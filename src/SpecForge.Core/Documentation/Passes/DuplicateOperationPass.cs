using System.Collections.Generic;
using System.Linq;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Documentation.Draft;

namespace SpecForge.Core.Documentation.Passes;

/// <summary>
/// Two places documenting the same method and path become one operation: parameters are united, the stricter
/// <c>required</c> wins, the first place's texts stay (the second's descriptions are kept for their constraints), and a
/// warning points at the second place.
/// </summary>
public sealed class DuplicateOperationPass : INormalizationPass
{
    /// <inheritdoc/>
    public string Name => "duplicates";

    /// <inheritdoc/>
    public void Run(DraftApi api)
    {
        var first = new Dictionary<string, DraftOperation>(System.StringComparer.Ordinal);
        var merged = new List<DraftOperation>();
        foreach (var operation in api.Operations)
        {
            using var site = operation.Processing();
            if (!first.TryGetValue(operation.Key, out var kept))
            {
                first[operation.Key] = operation;
                merged.Add(operation);
                continue;
            }

            var differences = Merge(kept, operation);
            api.Report(
                DiagnosticCatalog.DuplicateOperationMerged,
                $"{operation.Key} is documented again under '{operation.Tag}' (first under '{kept.Tag}'); merged{differences}.",
                operation.Source);
        }

        api.Operations.Clear();
        api.Operations.AddRange(merged);
    }

    private static string Merge(DraftOperation kept, DraftOperation other)
    {
        var notes = new List<string>();
        foreach (var parameter in other.Parameters)
        {
            var match = kept.Parameters.FirstOrDefault(p => p.Name == parameter.Name && p.Location == parameter.Location);
            if (match is null)
            {
                kept.Parameters.Add(parameter);
                notes.Add($"'{parameter.Name}' only documented there");
            }
            else
            {
                if (parameter.Required && !match.Required)
                {
                    match.Required = true;
                    notes.Add($"'{parameter.Name}' required there");
                }

                // The second place may state constraints the first does not ("Must be \"text\""); the constraint pass
                // reads both, so merging keeps the union instead of the first place's alone.
                if (parameter.Description is { } description && description != match.Description)
                {
                    match.MergedDescriptions.Add(new DraftText(description, parameter.DescriptionSource ?? parameter.Source));
                    match.MergedDescriptions.AddRange(parameter.MergedDescriptions);
                }
            }
        }

        foreach (var scope in other.Scopes.Where(s => !kept.Scopes.Contains(s)))
        {
            kept.Scopes.Add(scope);
        }

        kept.IsWrite |= other.IsWrite;
        kept.Samples.AddRange(other.Samples);
        kept.LegacyAliases.AddRange(other.LegacyAliases.Where(a => !kept.LegacyAliases.Contains(a)));
        kept.Description ??= other.Description;
        return notes.Count == 0 ? string.Empty : " (" + string.Join("; ", notes) + ")";
    }
}
