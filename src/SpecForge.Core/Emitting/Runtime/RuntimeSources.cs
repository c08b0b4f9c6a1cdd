using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace SpecForge.Core.Emitting.Runtime;

/// <summary>One source file of src/SpecForge.Runtime: its folder (the part it belongs to), its name and its text.</summary>
public sealed record RuntimeSource(string Folder, string FileName, string Text);

/// <summary>The sources of src/SpecForge.Runtime, embedded into Core at build time so they can be emitted into an SDK.</summary>
public static class RuntimeSources
{
    private const string ResourcePrefix = "SpecForge.Runtime.Sources.";

    private static readonly Lazy<IReadOnlyList<RuntimeSource>> Loaded = new(Load);

    /// <summary>Every runtime source, ordered by folder and file name.</summary>
    public static IReadOnlyList<RuntimeSource> All => Loaded.Value;

    private static IReadOnlyList<RuntimeSource> Load()
    {
        var assembly = typeof(RuntimeSources).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(name =>
            {
                var (folder, fileName) = RuntimeText.Locate(name.Substring(ResourcePrefix.Length));
                return new RuntimeSource(folder, fileName, RuntimeText.Normalize(folder, Read(assembly, name)));
            })
            .OrderBy(s => s.Folder, StringComparer.Ordinal)
            .ThenBy(s => s.FileName, StringComparer.Ordinal)
            .ToList();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
