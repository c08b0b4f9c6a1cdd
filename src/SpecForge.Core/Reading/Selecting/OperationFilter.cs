using System;
using System.Collections.Generic;
using System.Linq;
using SpecForge.Core.Collections;

namespace SpecForge.Core.Reading.Selecting;

/// <summary>
/// Which operations of a spec to generate: with <see cref="Include"/> patterns, only the operations one of them
/// matches; then every operation an <see cref="Exclude"/> pattern matches is dropped. The grammar of a pattern is
/// <see cref="OperationPattern"/>'s.
/// </summary>
public sealed record OperationFilter(EquatableArray<string> Include, EquatableArray<string> Exclude)
{
    // MSBuild item metadata is one string: a list in it is separated by ';', and a long one is written over several lines.
    private static readonly char[] Separators = { ';', '\r', '\n' };

    /// <summary>Keeps every operation.</summary>
    public static OperationFilter All { get; } = new(EquatableArray<string>.Empty, EquatableArray<string>.Empty);

    /// <summary>True when the filter keeps every operation, so nothing needs selecting.</summary>
    public bool KeepsAll => Include.IsEmpty && Exclude.IsEmpty;

    /// <summary>
    /// The filter of an include and an exclude value, each holding patterns separated by <c>;</c> or line breaks;
    /// null, empty and blank patterns are ignored.
    /// </summary>
    public static OperationFilter From(string? include, string? exclude) =>
        From(new[] { include }, new[] { exclude });

    /// <summary>The filter of several include and exclude values (a repeated command-line option), each split as one is.</summary>
    public static OperationFilter From(IEnumerable<string?> include, IEnumerable<string?> exclude)
    {
        var filter = new OperationFilter(Patterns(include), Patterns(exclude));
        return filter.KeepsAll ? All : filter;
    }

    private static EquatableArray<string> Patterns(IEnumerable<string?> values) =>
        values
            .Where(value => value is not null)
            .SelectMany(value => value!.Split(Separators))
            .Select(pattern => pattern.Trim())
            .Where(pattern => pattern.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToEquatableArray();
}
