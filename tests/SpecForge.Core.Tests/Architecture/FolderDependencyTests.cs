using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SpecForge.Tests.Shared;

namespace SpecForge.Core.Tests.Architecture;

/// <summary>
/// Core's top-level folders import one way: a folder may import the folders below it, never one that imports it back.
/// A cycle means two stages can no longer be read, changed or tested one without the other.
/// </summary>
public sealed class FolderDependencyTests
{
    private static readonly string CoreRoot = RepoPaths.InRepo("src", "SpecForge.Core");

    // A using directive, a namespace declaration, a fully qualified name and a cref all spell the namespace out.
    private static readonly Regex QualifiedCoreName = new(@"\bSpecForge\.Core\.(?<folder>[A-Z]\w*)", RegexOptions.CultureInvariant);

    // Inside SpecForge.Core a name may start at the folder's namespace (Reading.JsonPointers); the member decides
    // whether it is one, since Diagnostics.Add can as well be a property.
    private static readonly Regex PartlyQualifiedName = new(@"(?<![\w.])(?<folder>[A-Z]\w*)\.(?<member>[A-Z]\w*)", RegexOptions.CultureInvariant);

    private static readonly Regex TypeDeclaration = new(@"\b(?:class|struct|interface|enum|record)\s+(?<name>[A-Z]\w*)", RegexOptions.CultureInvariant);

    [Fact]
    public void No_core_folder_imports_a_folder_that_imports_it_back()
    {
        var graph = FolderGraph(CoreSources());

        Assert.True(Cycles(graph).Count == 0, Report(graph));
    }

    [Fact]
    public void The_graph_of_the_core_sources_holds_their_imports()
    {
        var graph = FolderGraph(CoreSources());

        // Without this the test above would pass on a graph read from nothing: a moved folder or a broken pattern.
        Assert.Contains("Reading", graph["Modeling"].Keys);
        Assert.Contains("Modeling", graph["Emitting"].Keys);
    }

    [Fact]
    public void A_cycle_is_named_with_the_file_behind_each_import()
    {
        var graph = FolderGraph(new[]
        {
            ("Reading/OpenApiReader.cs", "using SpecForge.Core.Diagnostics;\nnamespace SpecForge.Core.Reading;\nclass OpenApiReader { Documentation.Readers.DocsIndex index; }"),
            ("Documentation/Readers/DocsIndex.cs", "using SpecForge.Core.Reading;\nnamespace SpecForge.Core.Documentation.Readers;\nclass DocsIndex { }"),
            ("Diagnostics/SpecDiagnostic.cs", "namespace SpecForge.Core.Diagnostics;\nclass SpecDiagnostic { void Report() => Diagnostics.Add(this); }"),
        });

        var cycle = Assert.Single(Cycles(graph));

        Assert.Equal(new[] { "Documentation", "Reading", "Documentation" }, cycle);
        Assert.Equal(
            "Documentation -> Reading -> Documentation (Documentation -> Reading in Documentation/Readers/DocsIndex.cs; Reading -> Documentation in Reading/OpenApiReader.cs)",
            Describe(cycle, graph));
        Assert.Empty(graph["Diagnostics"]);
    }

    private static IEnumerable<(string Path, string Text)> CoreSources() =>
        Directory.GetFiles(CoreRoot, "*.cs", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(CoreRoot, file).Replace('\\', '/'))
            .Where(path => !path.StartsWith("bin/", StringComparison.Ordinal) && !path.StartsWith("obj/", StringComparison.Ordinal))
            .Select(path => (path, File.ReadAllText(Path.Combine(CoreRoot, path))));

    /// <summary>
    /// Top-level folder → the folders it imports, each with the first file (in path order) that imports it. Files at
    /// the root of Core (the pipeline) are in no folder and may import them all.
    /// </summary>
    private static Dictionary<string, SortedDictionary<string, string>> FolderGraph(IEnumerable<(string Path, string Text)> sources)
    {
        var files = sources
            .Where(source => source.Path.Contains('/'))
            .OrderBy(source => source.Path, StringComparer.Ordinal)
            .Select(source => (source.Path, source.Text, Folder: source.Path.Substring(0, source.Path.IndexOf('/'))))
            .ToList();

        // What a name may continue with after a folder's namespace: its types and its sub-namespaces.
        var members = files
            .GroupBy(file => file.Folder, StringComparer.Ordinal)
            .ToDictionary(
                folder => folder.Key,
                folder => folder.SelectMany(file => TypeDeclaration.Matches(file.Text).Select(m => m.Groups["name"].Value)
                        .Concat(file.Path.Split('/').Skip(1).SkipLast(1)))
                    .ToHashSet(StringComparer.Ordinal),
                StringComparer.Ordinal);

        var graph = members.Keys.ToDictionary(folder => folder, _ => new SortedDictionary<string, string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (path, text, folder) in files)
        {
            var qualified = QualifiedCoreName.Matches(text).Select(m => m.Groups["folder"].Value);
            var partlyQualified = PartlyQualifiedName.Matches(text)
                .Where(m => members.TryGetValue(m.Groups["folder"].Value, out var names) && names.Contains(m.Groups["member"].Value))
                .Select(m => m.Groups["folder"].Value);
            foreach (var imported in qualified.Concat(partlyQualified))
            {
                if (imported != folder && graph.ContainsKey(imported))
                {
                    graph[folder].TryAdd(imported, path);
                }
            }
        }

        return graph;
    }

    /// <summary>One cycle per import that leads back into the current path of a depth-first walk; none when acyclic.</summary>
    private static List<List<string>> Cycles(Dictionary<string, SortedDictionary<string, string>> graph)
    {
        var cycles = new List<List<string>>();
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();

        void Visit(string folder)
        {
            path.Add(folder);
            foreach (var imported in graph[folder].Keys)
            {
                var onPath = path.IndexOf(imported);
                if (onPath >= 0)
                {
                    cycles.Add(path.Skip(onPath).Append(imported).ToList());
                }
                else if (!done.Contains(imported))
                {
                    Visit(imported);
                }
            }

            path.RemoveAt(path.Count - 1);
            done.Add(folder);
        }

        foreach (var folder in graph.Keys.OrderBy(f => f, StringComparer.Ordinal).Where(f => !done.Contains(f)))
        {
            Visit(folder);
        }

        return cycles;
    }

    private static string Report(Dictionary<string, SortedDictionary<string, string>> graph) =>
        "Core's folders import each other in a cycle:" + Environment.NewLine
        + string.Join(Environment.NewLine, Cycles(graph).Select(cycle => "  " + Describe(cycle, graph))) + Environment.NewLine
        + "Imports:" + Environment.NewLine
        + string.Join(Environment.NewLine, graph.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"  {f.Key} -> {string.Join(", ", f.Value.Keys)}"));

    private static string Describe(List<string> cycle, Dictionary<string, SortedDictionary<string, string>> graph) =>
        string.Join(" -> ", cycle)
        + " (" + string.Join("; ", cycle.Zip(cycle.Skip(1), (from, to) => $"{from} -> {to} in {graph[from][to]}")) + ")";
}
