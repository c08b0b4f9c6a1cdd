using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using SpecForge.Core;
using SpecForge.Core.Collections;
using SpecForge.Core.Reading.Selecting;

namespace SpecForge.Generator;

/// <summary>One &lt;SpecForgeSpec&gt; item as plain values.</summary>
internal sealed record SpecFile(string Path, string Text, string? Namespace, string? ClientName, string? Api, string? RootNamespace)
{
    /// <summary>The project's <c>SpecForgeRuntimeNamespace</c>, or null for the default.</summary>
    public string? RuntimeNamespace { get; init; }

    /// <summary>The item's <c>Mock</c> metadata: true, false, or null when absent.</summary>
    public bool? Mock { get; init; }

    /// <summary>The item's <c>Validators</c> metadata: true, false, or null when absent (then true).</summary>
    public bool? Validators { get; init; }

    /// <summary>The item's <c>Client</c> metadata: true, false, or null when absent (then true).</summary>
    public bool? Client { get; init; }

    /// <summary>The item's <c>IncludeOperations</c> metadata, decoded: patterns separated by <c>;</c> or line breaks, or null.</summary>
    public string? IncludeOperations { get; init; }

    /// <summary>The item's <c>ExcludeOperations</c> metadata, decoded like <see cref="IncludeOperations"/>.</summary>
    public string? ExcludeOperations { get; init; }
}

/// <summary>
/// Items that share an <c>Api</c> name are documentation files about one API (say an endpoint page, a rendered page
/// and a docs index) and become one input, ordered by path so item order in the project file does not matter.
/// Every other item stands alone.
/// </summary>
internal static class SpecGrouping
{
    public static ImmutableArray<SpecInput> Group(ImmutableArray<SpecFile> files)
    {
        var inputs = ImmutableArray.CreateBuilder<SpecInput>();
        foreach (var file in files.Where(f => f.Api is null).OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            inputs.Add(SpecInput.Create(file.Path, file.Text, file.Namespace, file.ClientName, file.RootNamespace, runtimeNamespace: file.RuntimeNamespace) with
            {
                Mock = file.Mock,
                Validators = file.Validators ?? true,
                Client = file.Client ?? true,
                Operations = OperationFilter.From(file.IncludeOperations, file.ExcludeOperations),
            });
        }

        foreach (var api in files.Where(f => f.Api is not null).GroupBy(f => f.Api!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var members = api.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
            var primary = members[0];
            var input = SpecInput.Create(
                primary.Path,
                primary.Text,
                members.Select(m => m.Namespace).FirstOrDefault(n => n is not null),
                members.Select(m => m.ClientName).FirstOrDefault(n => n is not null),
                primary.RootNamespace,
                api.Key,
                primary.RuntimeNamespace);
            inputs.Add(input with
            {
                Companions = members.Skip(1).Select(m => new CompanionDocument(m.Path, m.Text)).ToEquatableArray(),
                Mock = members.Select(m => m.Mock).FirstOrDefault(m => m is not null),
                Validators = members.Select(m => m.Validators).FirstOrDefault(v => v is not null) ?? true,
                Client = members.Select(m => m.Client).FirstOrDefault(c => c is not null) ?? true,
                Operations = OperationFilter.From(
                    members.Select(m => m.IncludeOperations).FirstOrDefault(p => p is not null),
                    members.Select(m => m.ExcludeOperations).FirstOrDefault(p => p is not null)),
            });
        }

        return inputs.ToImmutable();
    }
}
