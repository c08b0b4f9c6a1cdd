using System;
using System.Collections.Generic;
using SpecForge.Core.Diagnostics;

namespace SpecForge.Core.Reading.External;

/// <summary>
/// Locates pointers of a bundled document: a pointer inside content a reference brought from another file is
/// answered in that file (the position says which), anything else in the spec file itself.
/// </summary>
internal sealed class BundledSourceLocator : ISourceLocator
{
    private readonly ISourceLocator _root;
    private readonly List<(string BundledPrefix, string FilePath, ISourceLocator Locator, string FilePrefix)> _parts = new();

    public BundledSourceLocator(ISourceLocator root) => _root = root;

    /// <summary>Content of <paramref name="filePath"/> at <paramref name="filePrefix"/> now sits at <paramref name="bundledPrefix"/>.</summary>
    public void Add(string bundledPrefix, string filePath, ISourceLocator locator, string filePrefix) =>
        _parts.Add((bundledPrefix, filePath, locator, filePrefix));

    public SourcePosition Locate(string jsonPointer)
    {
        // The longest prefix wins: content inlined into content from another file belongs to the inner file.
        var best = -1;
        for (var i = 0; i < _parts.Count; i++)
        {
            var prefix = _parts[i].BundledPrefix;
            if (IsUnder(jsonPointer, prefix) && (best < 0 || prefix.Length > _parts[best].BundledPrefix.Length))
            {
                best = i;
            }
        }

        if (best < 0)
        {
            return _root.Locate(jsonPointer);
        }

        var part = _parts[best];
        return part.Locator.Locate(part.FilePrefix + jsonPointer.Substring(part.BundledPrefix.Length)) with { FilePath = part.FilePath };
    }

    private static bool IsUnder(string pointer, string prefix) =>
        pointer.StartsWith(prefix, StringComparison.Ordinal) && (pointer.Length == prefix.Length || pointer[prefix.Length] == '/');
}
