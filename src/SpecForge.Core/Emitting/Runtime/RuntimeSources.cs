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

    // A plumbing type is public in the SpecForge.Runtime package (so SDKs in other assemblies can call it), hidden from
    // IntelliSense there; emitted into an SDK it is internal, so a library's API shows only the surface types. A hidden
    // surface type (the base of a public enum's converter) stays as public as the SDK.
    private static readonly System.Text.RegularExpressions.Regex HiddenPublic = new(
        @"^(    )\[global::System\.ComponentModel\.EditorBrowsable\(global::System\.ComponentModel\.EditorBrowsableState\.Never\)\]\n    public ",
        System.Text.RegularExpressions.RegexOptions.Multiline | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

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
                var relative = name.Substring(ResourcePrefix.Length).Replace('\\', '/');
                var slash = relative.LastIndexOf('/');
                var folder = slash < 0 ? string.Empty : relative.Substring(0, slash);
                var text = Read(assembly, name);
                return new RuntimeSource(folder, relative.Substring(slash + 1), folder == RuntimePart.Surface ? text : HiddenPublic.Replace(text, "$1internal "));
            })
            .OrderBy(s => s.Folder, StringComparer.Ordinal)
            .ThenBy(s => s.FileName, StringComparer.Ordinal)
            .ToList();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }
}
