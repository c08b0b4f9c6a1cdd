using System;
using System.Collections.Generic;
using System.Linq;

namespace SpecForge.Core.Tests.CrossCheck;

/// <summary>
/// Every way two <see cref="SpecView"/>s differ, one sentence each. The sentences are exact and stable because the
/// corpus test matches them against its table of explained differences.
/// </summary>
internal static class SpecViewComparer
{
    public const string Ours = "SpecForge";
    public const string Theirs = "NSwag";

    public static List<string> Compare(SpecView ours, SpecView theirs)
    {
        var differences = new List<string>();

        foreach (var name in OnlyIn(ours.Schemas.Keys, theirs.Schemas.Keys))
        {
            differences.Add($"schema '{name}' only in {Ours}");
        }

        foreach (var name in OnlyIn(theirs.Schemas.Keys, ours.Schemas.Keys))
        {
            differences.Add($"schema '{name}' only in {Theirs}");
        }

        foreach (var name in Shared(ours.Schemas.Keys, theirs.Schemas.Keys))
        {
            var (mine, other) = (ours.Schemas[name], theirs.Schemas[name]);
            AddMembers(differences, $"schema '{name}'", "property", mine.Properties, other.Properties);
            AddMembers(differences, $"schema '{name}'", "required", mine.Required, other.Required);
        }

        foreach (var key in OnlyIn(ours.Operations.Keys, theirs.Operations.Keys))
        {
            differences.Add($"operation '{key}' only in {Ours}");
        }

        foreach (var key in OnlyIn(theirs.Operations.Keys, ours.Operations.Keys))
        {
            differences.Add($"operation '{key}' only in {Theirs}");
        }

        foreach (var key in Shared(ours.Operations.Keys, theirs.Operations.Keys))
        {
            var (mine, other) = (ours.Operations[key], theirs.Operations[key]);
            if (!string.Equals(mine.OperationId, other.OperationId, StringComparison.Ordinal))
            {
                differences.Add($"operation '{key}': operationId '{mine.OperationId}' in {Ours}, '{other.OperationId}' in {Theirs}");
            }

            AddMembers(differences, $"operation '{key}'", "parameter", mine.Parameters, other.Parameters);
        }

        return differences;
    }

    private static void AddMembers(List<string> differences, string owner, string kind, IEnumerable<string> ours, IEnumerable<string> theirs)
    {
        differences.AddRange(OnlyIn(ours, theirs).Select(n => $"{owner}: {kind} '{n}' only in {Ours}"));
        differences.AddRange(OnlyIn(theirs, ours).Select(n => $"{owner}: {kind} '{n}' only in {Theirs}"));
    }

    private static IEnumerable<string> OnlyIn(IEnumerable<string> these, IEnumerable<string> those) =>
        these.Except(those, StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal);

    private static IEnumerable<string> Shared(IEnumerable<string> these, IEnumerable<string> those) =>
        these.Intersect(those, StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal);
}
