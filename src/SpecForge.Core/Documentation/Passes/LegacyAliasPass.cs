using System.Linq;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Documentation.Draft;

namespace SpecForge.Core.Documentation.Passes;

/// <summary>
/// "Legacy alias: GET /deals" becomes an operation of its own, deprecated, pointing at the canonical one with
/// <c>x-alias-of</c>, so clients for older integrations keep a method and readers see which one to move to.
/// </summary>
public sealed class LegacyAliasPass : INormalizationPass
{
    /// <inheritdoc/>
    public string Name => "aliases";

    /// <inheritdoc/>
    public void Run(DraftApi api)
    {
        var basePath = api.Servers.FirstOrDefault() is { } server && System.Uri.TryCreate(server, System.UriKind.Absolute, out var uri) ? uri.AbsolutePath : string.Empty;
        foreach (var canonical in api.Operations.ToList())
        {
            foreach (var alias in canonical.LegacyAliases)
            {
                var parts = alias.Trim().Split(new[] { ' ' }, 2, System.StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length != 2)
                {
                    api.Report(DiagnosticCatalog.MarkdownHeadingNotUnderstood, $"The legacy alias '{alias}' is not 'METHOD /path'.", canonical.Source);
                    continue;
                }

                var path = PathNormalizationPass.Normalize(parts[1], basePath, out _);
                var method = parts[0].ToUpperInvariant();
                if (api.Operations.Any(o => o.Method == method && o.Path == path))
                {
                    api.Report(DiagnosticCatalog.DuplicateOperationMerged, $"The legacy alias {method} {path} is also documented as an operation; the documented one is kept.", canonical.Source);
                    continue;
                }

                var copy = new DraftOperation
                {
                    Method = method,
                    RawPath = parts[1],
                    Path = path,
                    Tag = canonical.Tag,
                    Summary = $"Legacy alias of {canonical.Key}.",
                    Description = $"Deprecated: a legacy alias of {canonical.Key}; use that operation instead." + (canonical.Description is null ? string.Empty : "\n\n" + canonical.Description),
                    Deprecated = true,
                    AliasOf = canonical.Key,
                    IsWrite = canonical.IsWrite,
                    Source = canonical.Source,
                };
                copy.Scopes.AddRange(canonical.Scopes);
                copy.Parameters.AddRange(canonical.Parameters);

                // "GET /deals/:id/costs/:dealProductId" for "GET /opportunities/:id/costs/:opportunityProductId":
                // the alias's own variable names apply, position by position.
                var aliasPath = copy.Path;
                copy.Path = canonical.Path;
                PathTemplatePass.Rename(copy, aliasPath);
                api.Operations.Add(copy);
            }
        }
    }
}
