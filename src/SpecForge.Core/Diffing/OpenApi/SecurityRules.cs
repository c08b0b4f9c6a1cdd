using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;

namespace SpecForge.Core.Diffing.OpenApi;

/// <summary>
/// Compares who may call an operation. Its <c>security</c> lists alternatives, each a set of schemes sent together;
/// a caller using an old alternative breaks when no new alternative asks for a subset of what it sends. The document's
/// own <c>security</c> is compared once, and again per operation only where an operation sets its own.
/// </summary>
internal static class SecurityRules
{
    public static void CompareDocument(DiffContext context)
    {
        var old = Alternatives(context.Old.Document.Security);
        var @new = Alternatives(context.New.Document.Security);
        var oldPointer = context.Old.Document.Security is null ? string.Empty : "/security";
        var newPointer = context.New.Document.Security is null ? string.Empty : "/security";
        foreach (var (rule, message) in Differences(old, @new))
        {
            context.ReportDocument(rule, "operations without security of their own: " + message, oldPointer, newPointer);
        }
    }

    public static void CompareOperation(DiffContext context, OperationPair pair)
    {
        if (pair.Old.Security is null && pair.New.Security is null)
        {
            return;
        }

        var old = Alternatives(pair.Old.Security ?? context.Old.Document.Security);
        var @new = Alternatives(pair.New.Security ?? context.New.Document.Security);
        var oldPointer = Pointer(pair.Old, context.Old.Document, pair.OldPointer);
        var newPointer = Pointer(pair.New, context.New.Document, pair.NewPointer);
        foreach (var (rule, message) in Differences(old, @new))
        {
            context.ReportOperation(pair.Site, rule, message, oldPointer, newPointer);
        }
    }

    private static IEnumerable<(DiffRule Rule, string Message)> Differences(List<Dictionary<string, HashSet<string>>> old, List<Dictionary<string, HashSet<string>>> @new)
    {
        var stranded = old.Where(o => !@new.Any(n => n.Keys.All(o.ContainsKey))).ToList();
        if (stranded.Count > 0)
        {
            var oldSchemes = new HashSet<string>(old.SelectMany(o => o.Keys), StringComparer.Ordinal);
            var added = @new.SelectMany(n => n.Keys).Where(k => !oldSchemes.Contains(k)).Distinct().OrderBy(k => k, StringComparer.Ordinal).ToList();
            yield return added.Count > 0
                ? (OpenApiRules.SecuritySchemeAdded, "now requires security scheme " + string.Join(", ", added.Select(k => "'" + k + "'")))
                : (OpenApiRules.SecuritySchemeAdded, "callers sending " + Describe(stranded[0]) + " are no longer accepted (now " + string.Join(" or ", @new.Select(Describe)) + ")");
        }

        var oldScopes = Scopes(old);
        foreach (var scheme in Scopes(@new).OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            if (oldScopes.TryGetValue(scheme.Key, out var before) && scheme.Value.Where(s => !before.Contains(s)).OrderBy(s => s, StringComparer.Ordinal).ToList() is { Count: > 0 } more)
            {
                yield return (OpenApiRules.SecurityScopesAdded, $"security scheme '{scheme.Key}' now requires scopes " + string.Join(", ", more.Select(s => "'" + s + "'")));
            }
        }
    }

    // No requirements at all means no credentials: the one alternative that sends nothing.
    private static List<Dictionary<string, HashSet<string>>> Alternatives(IList<OpenApiSecurityRequirement>? requirements)
    {
        var result = new List<Dictionary<string, HashSet<string>>>();
        foreach (var requirement in requirements ?? new List<OpenApiSecurityRequirement>())
        {
            var alternative = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var entry in requirement)
            {
                var key = entry.Key?.Reference?.Id ?? string.Empty;
                alternative[key] = new HashSet<string>(entry.Value ?? new List<string>(), StringComparer.Ordinal);
            }

            result.Add(alternative);
        }

        if (result.Count == 0)
        {
            result.Add(new Dictionary<string, HashSet<string>>(StringComparer.Ordinal));
        }

        return result;
    }

    private static Dictionary<string, HashSet<string>> Scopes(List<Dictionary<string, HashSet<string>>> alternatives)
    {
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var entry in alternatives.SelectMany(a => a))
        {
            if (!result.TryGetValue(entry.Key, out var scopes))
            {
                result[entry.Key] = scopes = new HashSet<string>(StringComparer.Ordinal);
            }

            scopes.UnionWith(entry.Value);
        }

        return result;
    }

    private static string Describe(Dictionary<string, HashSet<string>> alternative) =>
        alternative.Count == 0 ? "no credentials" : string.Join(" + ", alternative.Keys.OrderBy(k => k, StringComparer.Ordinal).Select(k => "'" + k + "'"));

    private static string Pointer(OpenApiOperation operation, OpenApiDocument document, string operationPointer) =>
        operation.Security is not null ? operationPointer + "/security"
        : document.Security is not null ? "/security"
        : operationPointer;
}
