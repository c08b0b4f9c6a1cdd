using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpecForge.Core.Collections;

namespace SpecForge.Core.Reading.External;

/// <summary>A file of a multi-file spec, handed over by the build: its path and text.</summary>
public sealed record SpecPart(string Path, string Text);

/// <summary>
/// Where the files a spec's <c>$ref</c>s name come from: the disk under the spec's folder (the CLI), or the texts the
/// build handed over as the spec's parts (the generator, which must not read files behind the compiler's back).
/// Equal when they would give the same files, so a spec input holding one stays a plain value.
/// </summary>
public abstract class SpecFileSource : IEquatable<SpecFileSource>
{
    /// <summary>No files beside the spec: every reference to another file is reported.</summary>
    public static SpecFileSource None { get; } = new PartsSource(EquatableArray<SpecPart>.Empty);

    /// <summary>Files read from disk when a reference names them (the CLI).</summary>
    public static SpecFileSource Disk { get; } = new DiskSource();

    /// <summary>Only the given files, by full path (the generator's parts).</summary>
    public static SpecFileSource FromParts(EquatableArray<SpecPart> parts) => new PartsSource(parts);

    /// <summary>The text of the file at <paramref name="fullPath"/>, or null when it is not there.</summary>
    public abstract string? Read(string fullPath);

    /// <inheritdoc/>
    public abstract bool Equals(SpecFileSource? other);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SpecFileSource);

    /// <inheritdoc/>
    public abstract override int GetHashCode();

    /// <summary>A path in the one form both sources compare by.</summary>
    public static string Normalize(string path) => Path.GetFullPath(path);

    private sealed class DiskSource : SpecFileSource
    {
        public override string? Read(string fullPath) => File.Exists(fullPath) ? File.ReadAllText(fullPath) : null;

        public override bool Equals(SpecFileSource? other) => other is DiskSource;

        public override int GetHashCode() => 1;
    }

    private sealed class PartsSource : SpecFileSource
    {
        private readonly EquatableArray<SpecPart> _parts;
        private readonly Dictionary<string, string> _byPath;

        public PartsSource(EquatableArray<SpecPart> parts)
        {
            _parts = parts;
            _byPath = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var part in parts)
            {
                _byPath[Normalize(part.Path)] = part.Text;
            }
        }

        public override string? Read(string fullPath) => _byPath.TryGetValue(fullPath, out var text) ? text : null;

        public override bool Equals(SpecFileSource? other) => other is PartsSource parts && parts._parts.Equals(_parts);

        public override int GetHashCode() => _parts.GetHashCode();
    }
}
