using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecForge.Core.Collections;

namespace SpecForge.Core.Emitting.Runtime;

/// <summary>
/// Leaves out of an emitted runtime the internal types and members that nothing kept names: a petstore SDK compiles the
/// two date formats it reads, not the validation rules of every format, and no query style it never sends.
/// </summary>
/// <remarks>
/// Reachability is by name, not by symbol: a member is kept when the SDK or a kept part of the runtime names it, so
/// every overload of a name used anywhere stays. That can keep too much but never too little, and needs no semantic
/// model, only the runtime's syntax, parsed once per process.
/// </remarks>
public static class RuntimeTrimmer
{
    private static readonly Lazy<RuntimeMap> Map = new(() => RuntimeMap.Of(RuntimeSources.All));
    private static readonly Lazy<NameTable> Vocabulary = new(() => new NameTable(Map.Value.Vocabulary));

    /// <summary>The names of runtime declarations that may be left out which <paramref name="files"/> mention, in order.</summary>
    public static EquatableArray<string> UsesIn(IEnumerable<GeneratedFile> files)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            IdentifierScanner.AddNames(file.Source, Vocabulary.Value, found);
        }

        return found.OrderBy(name => name, StringComparer.Ordinal).ToEquatableArray();
    }

    /// <summary>
    /// The text of each of <paramref name="sources"/> (items of <see cref="RuntimeSources.All"/>) with every
    /// declaration nothing kept names left out, starting from <paramref name="uses"/>: the names the SDKs mention.
    /// A source none of whose types is kept is absent.
    /// </summary>
    public static IReadOnlyDictionary<RuntimeSource, string> Trim(IEnumerable<RuntimeSource> sources, IEnumerable<string> uses) => Trim(Map.Value, sources, uses);

    internal static IReadOnlyDictionary<RuntimeSource, string> Trim(RuntimeMap map, IEnumerable<RuntimeSource> sources, IEnumerable<string> uses)
    {
        var wanted = new HashSet<RuntimeSource>(sources, ReferenceEquality<RuntimeSource>.Instance);
        var files = map.Files.Where(f => wanted.Contains(f.Source)).ToList();
        var live = new RuntimeReachability(map, uses).Reach(files);
        var trimmed = new Dictionary<RuntimeSource, string>(ReferenceEquality<RuntimeSource>.Instance);
        foreach (var file in files)
        {
            if (!file.Declarations.Any(d => d.Parent is null && live.Contains(d)))
            {
                continue;
            }

            var dead = file.Declarations.Where(d => !live.Contains(d) && (d.Parent is null || live.Contains(d.Parent))).Select(d => d.Node).ToList();
            trimmed[file.Source] = dead.Count == 0 ? file.Source.Text : file.Root.RemoveNodes(dead, SyntaxRemoveOptions.KeepNoTrivia)!.ToFullString();
        }

        return trimmed;
    }
}
