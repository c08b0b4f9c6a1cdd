using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using SpecForge.Core.Collections;

namespace SpecForge.Core.Emitting.Runtime;

/// <summary>
/// Leaves out of an emitted runtime the internal types and members that nothing kept names: a petstore SDK compiles the
/// two date formats it reads, not the validation rules of every format, and no query style it never sends.
/// </summary>
/// <remarks>
/// Reachability is by name, not by symbol: a member is kept when the SDK or a kept part of the runtime names it, so
/// every overload of a name used anywhere stays. That can keep too much but never too little, and needs no semantic
/// model, only the map of the runtime's syntax that the build wrote.
/// </remarks>
public static class RuntimeTrimmer
{
    private static readonly Lazy<RuntimeMap> Map = new(() => RuntimeMap.Parse(RuntimeMapData.Text));
    private static readonly Lazy<NameTable> Vocabulary = new(() => new NameTable(Map.Value.Vocabulary));

    /// <summary>The names of runtime declarations that may be left out which <paramref name="files"/> mention, in order.</summary>
    public static EquatableArray<string> UsesIn(IEnumerable<GeneratedFile> files) =>
        IdentifierScanner.NamesIn(files.Select(f => f.Source), Vocabulary.Value).ToEquatableArray();

    /// <summary>
    /// The text of each of <paramref name="sources"/> (items of <see cref="RuntimeSources.All"/>) with every
    /// declaration nothing kept names left out, starting from <paramref name="uses"/>: the names the SDKs mention.
    /// A source none of whose types is kept is absent.
    /// </summary>
    public static IReadOnlyDictionary<RuntimeSource, string> Trim(IEnumerable<RuntimeSource> sources, IEnumerable<string> uses) => Trim(Map.Value, sources, uses);

    internal static IReadOnlyDictionary<RuntimeSource, string> Trim(RuntimeMap map, IEnumerable<RuntimeSource> sources, IEnumerable<string> uses)
    {
        // A source the map was not made from (never, unless the build is broken) is emitted whole.
        var trimmed = new Dictionary<RuntimeSource, string>(ReferenceEquality<RuntimeSource>.Instance);
        var mapped = new List<(RuntimeSource Source, RuntimeFileMap Map)>();
        foreach (var source in sources)
        {
            if (map.Files.FirstOrDefault(f => f.Maps(source)) is { } file)
            {
                mapped.Add((source, file));
            }
            else
            {
                trimmed[source] = source.Text;
            }
        }

        var live = new RuntimeReachability(map, uses).Reach(mapped.Select(m => m.Map).ToList());
        foreach (var (source, file) in mapped)
        {
            if (file.Declarations.Any(d => d.Parent is null && live.Contains(d)))
            {
                trimmed[source] = Without(source.Text, file.Declarations.Where(d => !live.Contains(d) && (d.Parent is null || live.Contains(d.Parent))));
            }
        }

        return trimmed;
    }

    // The spans are the declarations' full spans: a removed member takes its doc comment, the blank lines before it and
    // its line break, and the members around it keep theirs.
    private static string Without(string text, IEnumerable<RuntimeDeclaration> dead)
    {
        var builder = new StringBuilder(text.Length);
        var at = 0;
        foreach (var declaration in dead.OrderBy(d => d.Start))
        {
            builder.Append(text, at, declaration.Start - at);
            at = declaration.Start + declaration.Length;
        }

        return builder.Append(text, at, text.Length - at).ToString();
    }
}
