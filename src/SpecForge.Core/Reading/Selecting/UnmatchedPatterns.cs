using System;
using System.Collections.Generic;
using System.Linq;
using SpecForge.Core.Diagnostics;

namespace SpecForge.Core.Reading.Selecting;

/// <summary>
/// SF1015 for each pattern that matches no operation of the document (not merely none an include kept): a typo or
/// a renamed operation would otherwise silently change what is generated.
/// </summary>
internal static class UnmatchedPatterns
{
    public static IEnumerable<SpecDiagnostic> Find(
        IReadOnlyList<OperationPattern> include,
        IReadOnlyList<OperationPattern> exclude,
        IReadOnlyList<SpecOperation> operations,
        string filePath,
        SourcePosition position)
    {
        foreach (var (role, patterns) in new[] { ("include", include), ("exclude", exclude) })
        {
            foreach (var pattern in patterns.Where(p => !operations.Any(p.Matches)))
            {
                yield return SpecDiagnostic.At(
                    DiagnosticCatalog.OperationPatternUnmatched,
                    $"The {role} pattern '{pattern.Text}' matches no operation of the spec: {Explain(pattern, operations)}.",
                    filePath,
                    position);
            }
        }
    }

    private static string Explain(OperationPattern pattern, IReadOnlyList<SpecOperation> operations)
    {
        switch (pattern.Kind)
        {
            case OperationPatternKind.Tag:
                return $"none has {pattern.Describe()}" + OtherCase(pattern.Value, operations.SelectMany(o => o.Tags), "tags");
            case OperationPatternKind.OperationId:
                var readAs = pattern.Value.IndexOfAny(new[] { ' ', '\t' }) >= 0
                    ? " (read as an operationId: a method must be followed by a path starting with '/')"
                    : string.Empty;
                return $"none has {pattern.Describe()}{readAs}" + OtherCase(pattern.Value, operations.Select(o => o.OperationId).OfType<string>(), "operationIds");
            default:
                var otherMethods = pattern.Method is null
                    ? new List<string>()
                    : operations.Where(OperationPattern.Parse(pattern.Value).Matches).Select(o => o.Method).Distinct(StringComparer.Ordinal).ToList();
                return $"there are no {pattern.Describe()}"
                    + (otherMethods.Count > 0 ? $" (its path matches {string.Join(", ", otherMethods)} operations)" : string.Empty);
        }
    }

    private static string OtherCase(string value, IEnumerable<string> names, string what) =>
        names.FirstOrDefault(name => string.Equals(name, value, StringComparison.OrdinalIgnoreCase)) is { } spelled
            ? $" (the spec spells it '{spelled}'; {what} compare case-sensitively)"
            : string.Empty;
}
