using System;
using System.Collections.Generic;
using System.Text;

namespace SpecForge.Core.Emitting;

/// <summary>
/// Gathers the renders of one SDK into files. A type's record, converter and validator are rendered by separate
/// templates under one hint name and share one file: every generated file is a syntax tree the user's compiler pays
/// for on each build, and a type's parts are always compiled together anyway.
/// </summary>
internal sealed class FileAssembler
{
    private readonly Dictionary<string, Part> _files = new(StringComparer.Ordinal);
    private readonly List<string> _order = new();

    /// <summary>Adds a render; a later render under the same name is appended, without the header the first one has.</summary>
    public void Add(string hintName, string source)
    {
        if (_files.TryGetValue(hintName, out var file))
        {
            var start = SharedHeaderLength(file.Header, source);
            file.Text.Append('\n').Append(source, start, source.Length - start);
            return;
        }

        _files.Add(hintName, new Part(HeaderOf(source), new StringBuilder(source)));
        _order.Add(hintName);
    }

    /// <summary>The files in the order their first render arrived.</summary>
    public IEnumerable<(string HintName, string Source)> Files()
    {
        foreach (var name in _order)
        {
            yield return (name, _files[name].Text.ToString());
        }
    }

    // The leading comment, directive and blank lines: what FileHeader renders. A second render drops the lines it has
    // in common with the first, and keeps any it adds, so an override that changes one template's header still applies.
    private static string HeaderOf(string source)
    {
        var end = 0;
        while (end < source.Length)
        {
            var lineEnd = source.IndexOf('\n', end);
            var next = lineEnd < 0 ? source.Length : lineEnd + 1;
            var line = source.Substring(end, next - end).Trim();
            if (line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal) && !line.StartsWith("#", StringComparison.Ordinal))
            {
                break;
            }

            end = next;
        }

        return source.Substring(0, end);
    }

    private static int SharedHeaderLength(string header, string source)
    {
        var shared = 0;
        while (shared < header.Length)
        {
            var lineEnd = header.IndexOf('\n', shared);
            var next = lineEnd < 0 ? header.Length : lineEnd + 1;
            if (string.CompareOrdinal(header, shared, source, shared, next - shared) != 0)
            {
                break;
            }

            shared = next;
        }

        return shared;
    }

    private sealed record Part(string Header, StringBuilder Text);
}
