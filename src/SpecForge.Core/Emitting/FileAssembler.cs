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
    private readonly Dictionary<string, StringBuilder> _files = new(StringComparer.Ordinal);
    private readonly List<string> _order = new();

    /// <summary>Adds a render; a later render under the same name is appended, without the header the first one has.</summary>
    public void Add(string hintName, string source)
    {
        if (_files.TryGetValue(hintName, out var file))
        {
            var start = SharedHeaderLength(file, source);
            file.Append('\n').Append(source, start, source.Length - start);
            return;
        }

        _files.Add(hintName, new StringBuilder(source));
        _order.Add(hintName);
    }

    /// <summary>The files in the order their first render arrived.</summary>
    public IEnumerable<(string HintName, string Source)> Files()
    {
        foreach (var name in _order)
        {
            yield return (name, _files[name].ToString());
        }
    }

    // The leading comment, directive and blank lines (what FileHeader renders) that the file already starts with. A
    // header line the first render lacks is kept, so an override that changes one template's header still applies.
    private static int SharedHeaderLength(StringBuilder file, string source)
    {
        var shared = 0;
        while (shared < source.Length)
        {
            var lineEnd = source.IndexOf('\n', shared);
            var next = lineEnd < 0 ? source.Length : lineEnd + 1;
            if (!IsHeaderLine(source, shared, next) || !StartsAlike(file, source, shared, next))
            {
                break;
            }

            shared = next;
        }

        return shared;
    }

    private static bool IsHeaderLine(string source, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(source[start]))
        {
            start++;
        }

        return start == end || source[start] == '#' || (source[start] == '/' && start + 1 < end && source[start + 1] == '/');
    }

    private static bool StartsAlike(StringBuilder file, string source, int start, int end)
    {
        if (end > file.Length)
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            if (file[i] != source[i])
            {
                return false;
            }
        }

        return true;
    }
}
