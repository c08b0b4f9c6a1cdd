using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace SpecForge.Core.Emitting;

/// <summary>
/// Gathers the renders of one SDK into files. A type's record, converter and validator are rendered by separate
/// templates under one hint name and share one file: every generated file is a syntax tree the user's compiler pays
/// for on each build, and a type's parts are always compiled together anyway. Where a later render only reopens the
/// namespace, or the type, that the file's last block holds, its body joins that block: the compiler sees the same
/// declarations, and the reader (and the parser) no repeated namespace and partial declaration lines.
/// </summary>
internal sealed class FileAssembler
{
    private const string NamespaceClose = "\n}\n";
    private const string TypeAndNamespaceClose = "\n    }\n}\n";

    // A partial declaration that adds nothing but members: no attributes, base list or constraints, whose loss would
    // change the type.
    private static readonly Regex BarePartial = new(
        @"^    (?<modifiers>(?:(?:public|internal|sealed|abstract|readonly|static)\s+)*)partial\s+(?<kind>record\s+struct|record|class|struct)\s+(?<name>@?\w+)$",
        RegexOptions.CultureInvariant);

    // Matched left to right on one line at a time, from the last line back: a right-to-left regex over a whole render
    // retries its word pattern at every character of a long word (a fuzzed 76,000-letter description took minutes).
    private static readonly Regex TopLevelType = new(
        @"\G    (?<modifiers>(?:(?:public|internal|sealed|abstract|readonly|static|partial)\s+)*)(?<kind>record\s+struct|record|class|struct|interface|enum)\s+(?<name>@?\w+)",
        RegexOptions.CultureInvariant);

    private static readonly char[] Blanks = { ' ', '\t' };

    private readonly Dictionary<string, AssembledFile> _files = new(StringComparer.Ordinal);
    private readonly List<string> _order = new();

    /// <summary>Adds a render; a later render under the same name is appended, without the header the first one has.</summary>
    public void Add(string hintName, string source)
    {
        if (!_files.TryGetValue(hintName, out var file))
        {
            file = new AssembledFile(new SegmentedText(source));
            file.Track(source, 0);
            _files.Add(hintName, file);
            _order.Add(hintName);
            return;
        }

        var start = SharedHeaderLength(file.Text, source);
        if (!TryJoinLastBlock(file, source, start))
        {
            file.Text.AppendLineBreak();
            file.Text.Append(source, start, source.Length - start);
            file.Track(source, start);
        }
    }

    /// <summary>The files in the order their first render arrived.</summary>
    public IEnumerable<(string HintName, string Source)> Files()
    {
        foreach (var name in _order)
        {
            yield return (name, _files[name].Text.ToString());
        }
    }

    // Joins the render (from start, past its shared header) into the file's last namespace block, and into its last
    // type when the render reopens that type with a bare partial declaration. Anything else (a file-scoped or another
    // namespace, using directives, a header line of its own) keeps its own blocks.
    private static bool TryJoinLastBlock(AssembledFile file, string source, int start)
    {
        var lines = new LineReader(source, start);
        lines.SkipBlank();
        var namespaceLine = lines.Next();
        if (namespaceLine != file.LastNamespace || lines.Next() != "{" || !file.Text.EndsWith(NamespaceClose))
        {
            return false;
        }

        var namespaceBody = lines.Position;
        if (lines.Next().TrimStart().StartsWith("using ", StringComparison.Ordinal))
        {
            return false;
        }

        var declaration = BarePartial.Match(lines.Current);
        if (declaration.Success && lines.Next() == "    {" && file.Text.EndsWith(TypeAndNamespaceClose) && file.Reopens(declaration))
        {
            file.Text.RemoveEnd(TypeAndNamespaceClose.Length - 1);
            file.Text.AppendLineBreak();
            file.Text.Append(source, lines.Position, source.Length - lines.Position);
            return true;
        }

        file.Text.RemoveEnd(NamespaceClose.Length - 1);
        file.Text.AppendLineBreak();
        file.Text.Append(source, namespaceBody, source.Length - namespaceBody);
        file.Track(source, namespaceBody, withinLastNamespace: true);
        return true;
    }

    // The leading comment, directive and blank lines (what FileHeader renders) that the file already starts with. A
    // header line the first render lacks is kept, so an override that changes one template's header still applies.
    private static int SharedHeaderLength(SegmentedText file, string source)
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

    /// <summary>Whether the line from <paramref name="start"/> to <paramref name="end"/> is blank, a comment or a directive: what a file's header is made of.</summary>
    internal static bool IsHeaderLine(string source, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(source[start]))
        {
            start++;
        }

        return start == end || source[start] == '#' || (source[start] == '/' && start + 1 < end && source[start + 1] == '/');
    }

    private static bool StartsAlike(SegmentedText file, string source, int start, int end)
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

    // A file's text and what its last block declares, read from each render as it lands (never from the whole file,
    // which a large client grows render by render).
    private sealed class AssembledFile
    {
        public AssembledFile(SegmentedText text) => Text = text;

        public SegmentedText Text { get; }

        public string? LastNamespace { get; private set; }

        private Match? LastType { get; set; }

        /// <summary>
        /// Notes the last namespace and top-level type of the part of <paramref name="source"/> from <paramref name="start"/>
        /// on; <paramref name="withinLastNamespace"/> says that part was joined into the file's last namespace block.
        /// </summary>
        public void Track(string source, int start, bool withinLastNamespace = false)
        {
            var typeSearchStart = start;
            if (!withinLastNamespace)
            {
                var at = LastLineStartingWith(source, start, "namespace ");
                LastNamespace = at < 0 ? null : LineAt(source, at);
                typeSearchStart = at < 0 ? source.Length : at;
                LastType = null;
            }

            LastType = LastTopLevelType(source, typeSearchStart) ?? LastType;
        }

        /// <summary>Whether <paramref name="declaration"/> reopens the file's last type, stating no modifier that type's declaration lacks.</summary>
        public bool Reopens(Match declaration)
        {
            if (LastType is null
                || LastType.Groups["name"].Value != declaration.Groups["name"].Value
                || Words(LastType.Groups["kind"].Value) != Words(declaration.Groups["kind"].Value))
            {
                return false;
            }

            var kept = new HashSet<string>(LastType.Groups["modifiers"].Value.Split(Blanks, StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
            foreach (var word in declaration.Groups["modifiers"].Value.Split(Blanks, StringSplitOptions.RemoveEmptyEntries))
            {
                if (!kept.Contains(word))
                {
                    return false;
                }
            }

            return true;
        }

        private static string Words(string kind) => string.Join(" ", kind.Split(Blanks, StringSplitOptions.RemoveEmptyEntries));

        private static int LastLineStartingWith(string source, int start, string prefix)
        {
            var found = source.Length > start ? source.LastIndexOf("\n" + prefix, source.Length - 1, source.Length - start, StringComparison.Ordinal) : -1;
            if (found >= 0)
            {
                return found + 1;
            }

            return string.CompareOrdinal(source, start, prefix, 0, prefix.Length) == 0 ? start : -1;
        }

        private static string LineAt(string source, int lineStart)
        {
            var end = source.IndexOf('\n', lineStart);
            return source.Substring(lineStart, (end < 0 ? source.Length : end) - lineStart).TrimEnd('\r');
        }

        // The last line from start on that declares a type at namespace level (four spaces in, then a modifier or kind).
        private static Match? LastTopLevelType(string source, int start)
        {
            var lineEnd = source.Length;
            while (lineEnd > start)
            {
                var lineStart = source.LastIndexOf('\n', lineEnd - 1, lineEnd - start);
                lineStart = lineStart < 0 ? start : lineStart + 1;
                if (lineEnd - lineStart > 4 && char.IsLetter(source[lineStart + 4]) && string.CompareOrdinal(source, lineStart, "    ", 0, 4) == 0)
                {
                    var match = TopLevelType.Match(source, lineStart, lineEnd - lineStart);
                    if (match.Success)
                    {
                        return match;
                    }
                }

                lineEnd = lineStart - 1;
            }

            return null;
        }
    }

    private struct LineReader
    {
        private readonly string _text;

        public LineReader(string text, int position)
        {
            _text = text;
            Position = position;
            Current = string.Empty;
        }

        /// <summary>Where the line after <see cref="Current"/> starts.</summary>
        public int Position { get; private set; }

        public string Current { get; private set; }

        public void SkipBlank()
        {
            while (Position < _text.Length && (_text[Position] == '\n' || _text[Position] == '\r'))
            {
                Position++;
            }
        }

        public string Next()
        {
            var end = _text.IndexOf('\n', Position);
            end = end < 0 ? _text.Length : end;
            Current = _text.Substring(Position, end - Position).TrimEnd('\r');
            Position = Math.Min(end + 1, _text.Length);
            return Current;
        }
    }
}
