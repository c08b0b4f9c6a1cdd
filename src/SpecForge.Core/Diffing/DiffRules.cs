using System.Collections.Generic;
using System.Linq;
using SpecForge.Core.Diffing.DocsIndex;
using SpecForge.Core.Diffing.OpenApi;

namespace SpecForge.Core.Diffing;

/// <summary>The whole catalogue: OpenAPI rules, then docs-index rules. docs/diff-rules.md lists exactly these.</summary>
public static class DiffRules
{
    private static readonly Dictionary<string, DiffRule> ById = OpenApiRules.All.Concat(DocsIndexRules.All).ToDictionary(r => r.Id, System.StringComparer.Ordinal);

    /// <summary>Every rule.</summary>
    public static IReadOnlyList<DiffRule> All { get; } = OpenApiRules.All.Concat(DocsIndexRules.All).ToList();

    /// <summary>The rule with <paramref name="id"/>, or null.</summary>
    public static DiffRule? Find(string id) => ById.TryGetValue(id, out var rule) ? rule : null;
}
