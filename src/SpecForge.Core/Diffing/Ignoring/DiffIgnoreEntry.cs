using System;

namespace SpecForge.Core.Diffing.Ignoring;

/// <summary>What an ignore entry selects changes by.</summary>
public enum IgnoreSelectorKind
{
    /// <summary>Every change of one rule: <c>response-enum-widened</c>.</summary>
    Rule,

    /// <summary>Every change at or under a JSON pointer, in the old or the new document: <c>/paths/~1pets</c>.</summary>
    Pointer,

    /// <summary>Every change of one operation: <c>GET /pets/{id}</c>.</summary>
    Operation,

    /// <summary>Changes of one rule at or under a pointer: <c>response-enum-widened@/paths/~1pets</c>.</summary>
    RuleAtPointer,
}

/// <summary>One line of an ignore file: which changes it acknowledges and why.</summary>
/// <param name="Selector">The selector as written.</param>
/// <param name="Kind">How <paramref name="Selector"/> is read.</param>
/// <param name="RuleId">The rule id, for <see cref="IgnoreSelectorKind.Rule"/> and <see cref="IgnoreSelectorKind.RuleAtPointer"/>.</param>
/// <param name="Pointer">The pointer prefix, for <see cref="IgnoreSelectorKind.Pointer"/> and <see cref="IgnoreSelectorKind.RuleAtPointer"/>.</param>
/// <param name="Operation">The operation as <c>GET /pets/{id}</c> (method upper-cased), for <see cref="IgnoreSelectorKind.Operation"/>.</param>
/// <param name="Reason">Why the changes are acceptable; never empty.</param>
/// <param name="Line">1-based line in the ignore file.</param>
/// <param name="Column">1-based column where the selector starts.</param>
public sealed record DiffIgnoreEntry(
    string Selector,
    IgnoreSelectorKind Kind,
    string? RuleId,
    string? Pointer,
    string? Operation,
    string Reason,
    int Line,
    int Column)
{
    /// <summary>Whether this entry acknowledges <paramref name="change"/>.</summary>
    public bool Matches(SpecChange change) => Kind switch
    {
        IgnoreSelectorKind.Rule => IsRule(change),
        IgnoreSelectorKind.Pointer => IsUnderPointer(change),
        IgnoreSelectorKind.Operation => string.Equals(change.Operation, Operation, StringComparison.Ordinal),
        _ => IsRule(change) && IsUnderPointer(change),
    };

    private bool IsRule(SpecChange change) => string.Equals(change.RuleId, RuleId, StringComparison.Ordinal);

    private bool IsUnderPointer(SpecChange change) => IsUnder(change.Old?.Pointer) || IsUnder(change.New?.Pointer);

    // A prefix matches whole segments only: "/paths/~1pets" covers "/paths/~1pets/get", not "/paths/~1petshop".
    private bool IsUnder(string? pointer) =>
        pointer is not null
        && pointer.StartsWith(Pointer!, StringComparison.Ordinal)
        && (pointer.Length == Pointer!.Length || pointer[Pointer.Length] == '/');
}
