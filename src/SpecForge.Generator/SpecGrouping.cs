using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using SpecForge.Core;
using SpecForge.Core.Collections;
using SpecForge.Core.Reading.External;
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

    /// <summary>The item's <c>Visibility</c> metadata is <c>internal</c> (any case).</summary>
    public bool IsInternal { get; init; }

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
    public static ImmutableArray<SpecInput> Group(ImmutableArray<SpecFile> files) => Group(files, ImmutableArray<SpecPart>.Empty);

    /// <summary>
    /// The inputs of <paramref name="files"/>; an OpenAPI spec whose <c>$ref</c>s may name other files reads them from
    /// the <paramref name="parts"/> under its folder. A spec without such references gets none, so editing a file
    /// beside it does not read it again.
    /// </summary>
    public static ImmutableArray<SpecInput> Group(ImmutableArray<SpecFile> files, ImmutableArray<SpecPart> parts)
    {
        var inputs = ImmutableArray.CreateBuilder<SpecInput>();
        foreach (var file in files.Where(f => f.Api is null).OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            inputs.Add(SpecInput.Create(file.Path, file.Text, file.Namespace, file.ClientName, file.RootNamespace, runtimeNamespace: file.RuntimeNamespace) with
            {
                Files = PartsOf(file, parts),
                Mock = file.Mock,
                Validators = file.Validators ?? true,
                Client = file.Client ?? true,
                IsInternal = file.IsInternal,
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
                IsInternal = members.Any(m => m.IsInternal),
                Operations = OperationFilter.From(
                    members.Select(m => m.IncludeOperations).FirstOrDefault(p => p is not null),
                    members.Select(m => m.ExcludeOperations).FirstOrDefault(p => p is not null)),
            });
        }

        return inputs.ToImmutable();
    }

    private static SpecFileSource PartsOf(SpecFile file, ImmutableArray<SpecPart> parts)
    {
        if (parts.IsDefaultOrEmpty || !ExternalReferences.MayHaveAny(file.Text))
        {
            return SpecFileSource.None;
        }

        var folder = System.IO.Path.GetDirectoryName(Normalize(file.Path)) + System.IO.Path.DirectorySeparatorChar;
        return SpecFileSource.FromParts(parts
            .Where(p => Normalize(p.Path).StartsWith(folder, StringComparison.Ordinal))
            .OrderBy(p => p.Path, StringComparer.Ordinal)
            .ToEquatableArray());
    }

    private static string Normalize(string path)
    {
        try
        {
            return SpecFileSource.Normalize(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or System.IO.PathTooLongException)
        {
            return path;
        }
    }
}
