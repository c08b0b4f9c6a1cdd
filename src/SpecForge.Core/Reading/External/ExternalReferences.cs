using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Reading.Structure;

namespace SpecForge.Core.Reading.External;

/// <summary>
/// Turns a spec whose <c>$ref</c>s name other files into one document, in place, before anything else reads it. An
/// object that has a home in <c>components</c> (a schema, parameter, response, request body, header, example, link
/// or callback) moves there once, named after its file or pointer, and every reference to it becomes a local one,
/// so types get the names their files have; a path item is copied where it is used; a file that is not JSON or YAML
/// stands as text inside an extension (a code sample). Every reference is resolved against the file it is written
/// in, so a pointer inside a part means that part. What cannot be followed is SF1016 at the reference, in the file
/// that holds it: a missing file, one outside the spec's folder, an http(s) address (never fetched), or text where
/// an OpenAPI object belongs.
/// </summary>
public static class ExternalReferences
{
    /// <summary>Copies of path items and extension values one spec may make; past it, inlining could only be a loop of files or an attack.</summary>
    public const int MaxInlinedCopies = 10_000;

    private static readonly Regex UriScheme = new("^[a-zA-Z][a-zA-Z0-9+.-]*:", RegexOptions.CultureInvariant);
    private static readonly Regex ComponentNameChars = new("[^a-zA-Z0-9._-]", RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether any <c>$ref</c> in <paramref name="text"/> might name another file: a cheap test, run on every spec read,
    /// that spares single-file specs the walk. It hops from one "$ref" to the next and looks at what its value starts
    /// with, so a large spec full of local references costs a vectorized search, not a regular expression over all of it.
    /// </summary>
    public static bool MayHaveAny(string text)
    {
        for (var at = text.IndexOf("$ref", StringComparison.Ordinal); at >= 0; at = text.IndexOf("$ref", at + 4, StringComparison.Ordinal))
        {
            var i = at + 4;
            i = Skip(text, i, "\"'");
            i = Skip(text, i, " \t\r\n");
            if (i >= text.Length || text[i] != ':')
            {
                continue;
            }

            i = Skip(text, i + 1, " \t\r\n");
            i = Skip(text, i, "\"'");
            if (i < text.Length && text[i] != '#' && !char.IsWhiteSpace(text[i]) && text[i] is not ('"' or '\''))
            {
                return true;
            }
        }

        return false;

        static int Skip(string text, int i, string chars)
        {
            while (i < text.Length && chars.IndexOf(text[i]) >= 0)
            {
                i++;
            }

            return i;
        }
    }

    /// <summary>
    /// Resolves every reference to another file in <paramref name="root"/> (the content of <paramref name="rootPath"/>),
    /// reading files from <paramref name="files"/>, and returns a locator that answers positions in the files they came from.
    /// </summary>
    public static ISourceLocator Bundle(string rootPath, JsonObject root, ISourceLocator rootLocator, SpecFileSource files, List<SpecDiagnostic> diagnostics)
    {
        var bundler = new Bundler(rootPath, root, rootLocator, files, diagnostics);
        bundler.Run();
        return bundler.Locator;
    }

    private sealed class Bundler
    {
        private readonly string _rootPath;
        private readonly string _rootDisplayPath;
        private readonly string _rootFolder;
        private readonly JsonObject _root;
        private readonly ISourceLocator _rootLocator;
        private readonly SpecFileSource _files;
        private readonly List<SpecDiagnostic> _diagnostics;
        private readonly OpenApiGrammar _grammar;
        private readonly bool _isSwagger2;
        private readonly HashSet<string> _schemaIds;
        private readonly Dictionary<string, ParsedTree?> _trees = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string?> _texts = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _moved = new(StringComparer.Ordinal);
        private readonly Queue<Work> _work = new();
        private readonly List<(JsonObject Node, string Kind)> _failed = new();
        private int _copies;

        public Bundler(string rootPath, JsonObject root, ISourceLocator rootLocator, SpecFileSource files, List<SpecDiagnostic> diagnostics)
        {
            _rootPath = SpecFileSource.Normalize(rootPath);
            _rootDisplayPath = rootPath;
            _rootFolder = Path.GetDirectoryName(_rootPath) ?? _rootPath;
            _root = root;
            _rootLocator = rootLocator;
            _files = files;
            _diagnostics = diagnostics;
            _isSwagger2 = root.ContainsKey("swagger") && !(root["openapi"]?.ToString() ?? string.Empty).StartsWith("3", StringComparison.Ordinal);
            _grammar = OpenApiGrammar.For(_isSwagger2 ? SpecGeneration.Swagger2
                : (root["openapi"]?.ToString() ?? string.Empty).StartsWith("3.0", StringComparison.Ordinal) ? SpecGeneration.OpenApi30 : SpecGeneration.OpenApi31);
            _schemaIds = new HashSet<string>(SchemaIds(root), StringComparer.Ordinal);
            Locator = new BundledSourceLocator(rootLocator);
        }

        public BundledSourceLocator Locator { get; }

        public void Run()
        {
            var sites = ReferenceWalker.Find(_grammar, _root, "Document", _ => { }, PathSegment.Root, PathSegment.Root);

            // Entries written in the root's own components first, so a part they name keeps their name.
            foreach (var site in sites.OrderBy(s => ComponentEntry(s.BundledPath.Pointer) is null ? 1 : 0))
            {
                _work.Enqueue(new Work(site, _rootPath, _rootLocator, new HashSet<string>(StringComparer.Ordinal)));
            }

            while (_work.Count > 0)
            {
                var work = _work.Dequeue();
                Follow(work);
                if (work.Site.WriteBack is { } writeBack && work.Site.Node["$ref"] is JsonValue resolved)
                {
                    writeBack(resolved.GetValue<string>());
                }
            }

            foreach (var (node, kind) in _failed)
            {
                if (node.Parent is not null)
                {
                    LeaveOut(node, kind);
                }
            }
        }

        private void Follow(Work work)
        {
            var site = work.Site;
            var reference = site.Node["$ref"]!.GetValue<string>();
            var isRoot = work.File == _rootPath;
            if (reference.StartsWith("#", StringComparison.Ordinal))
            {
                // A pointer inside a part means that part, not the spec it was brought into.
                if (!isRoot)
                {
                    Resolve(work, work.File, reference);
                }

                return;
            }

            var hash = reference.IndexOf('#');
            var address = hash < 0 ? reference : reference.Substring(0, hash);
            var fragment = hash < 0 ? "#" : reference.Substring(hash);
            if (_schemaIds.Contains(address) || _schemaIds.Contains(reference))
            {
                return;
            }

            if (UriScheme.IsMatch(address) || address.StartsWith("//", StringComparison.Ordinal))
            {
                Fail(work, $"The reference '{reference}' is an address, not a file beside the spec; SpecForge never reads the network. Download it into the spec's folder and refer to it by its relative path.");
                return;
            }

            // A file has an extension; anything else ("Pet" as 2.0 tools wrote it, a 3.1 path relative to a schema's
            // $id, an empty $ref) is the reference check's to read or report.
            if (!HasFileExtension(address))
            {
                return;
            }

            string path;
            try
            {
                path = SpecFileSource.Normalize(Path.Combine(Path.GetDirectoryName(work.File) ?? _rootFolder, Uri.UnescapeDataString(address)));
            }
            catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException or UriFormatException)
            {
                Fail(work, $"The reference '{reference}' is not a file path ({ex.Message}).");
                return;
            }

            Resolve(work, path, fragment);
        }

        private void Resolve(Work work, string path, string fragment)
        {
            var site = work.Site;
            var reference = site.Node["$ref"]!.GetValue<string>();
            if (path == _rootPath)
            {
                site.Node["$ref"] = fragment;
                return;
            }

            if (!path.StartsWith(_rootFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                Fail(work, $"The reference '{reference}' leads outside the folder of the spec ({_rootFolder}); only files in that folder or below are read.");
                return;
            }

            var text = Text(path);
            if (text is null)
            {
                Fail(work, $"The reference '{reference}' names '{path}', which is not there{(_files.Equals(SpecFileSource.Disk) ? string.Empty : " or is not one of the spec's parts")}.", missing: true);
                return;
            }

            if (SpecFormats.FromPath(path) == SpecFormat.Unsupported)
            {
                if (site.Kind == "Extension" && fragment == "#")
                {
                    site.Replace(JsonValue.Create(text)!);
                }
                else
                {
                    Fail(work, $"The reference '{reference}' names a file that is not JSON or YAML where {Article(site.Kind)} is expected; such files can only stand as text inside an extension (a code sample).");
                }

                return;
            }

            var tree = Tree(path, text);
            if (tree?.Root is null)
            {
                // Its syntax errors are already reported in that file.
                _failed.Add((site.Node, site.Kind));
                return;
            }

            var tokens = JsonPointers.FromFragment(fragment);
            var target = tokens is null ? null : JsonPointers.Resolve(tree.Root, tokens);
            if (target is null)
            {
                Fail(work, $"The reference '{reference}' points at nothing in '{path}'.");
                return;
            }

            var filePointer = JsonPointers.Join(tokens!);
            var key = path + fragment;
            if (Section(site.Kind) is { } section)
            {
                Move(work, key, section, target, path, tree.Locator, filePointer, tokens!);
            }
            else
            {
                Copy(work, key, target, path, tree.Locator, filePointer, tokens!);
            }
        }

        // One copy under components, named after the pointer's last token or the file; every reference to it is local.
        private void Move(Work work, string key, string section, JsonNode target, string path, ISourceLocator locator, string filePointer, IReadOnlyList<string> tokens)
        {
            var site = work.Site;
            if (_moved.TryGetValue(key, out var local))
            {
                site.Node["$ref"] = local;
                return;
            }

            // A root component that is only a reference to a part takes the part's content under its own name.
            if (work.File == _rootPath && ComponentEntry(site.BundledPath.Pointer) is { } entry && entry.Section == section)
            {
                _moved[key] = "#" + site.BundledPath.Pointer;
                Copy(work, key, target, path, locator, filePointer, tokens);
                return;
            }

            var container = Container(section);
            var name = UniqueName(container, tokens.Count > 0 ? tokens[tokens.Count - 1] : Path.GetFileNameWithoutExtension(path));
            var bundledPointer = (_isSwagger2 ? "/" : "/components/") + section + "/" + JsonPointers.EscapeSegment(name);
            local = "#" + bundledPointer;
            _moved[key] = local;
            site.Node["$ref"] = local;

            var copy = target.DeepClone();
            container[name] = copy;
            Locator.Add(bundledPointer, path, locator, filePointer);
            var bundled = _isSwagger2 ? PathSegment.Root.Key(section).Key(name) : PathSegment.Root.Key("components").Key(section).Key(name);
            Walk(copy, site.Kind, value => container[name] = value, bundled, path, locator, tokens, work.Inlined);
        }

        // Copied where the reference was: path items, extension values, and root components that are a reference.
        private void Copy(Work work, string key, JsonNode target, string path, ISourceLocator locator, string filePointer, IReadOnlyList<string> tokens)
        {
            var site = work.Site;
            if (work.Inlined.Contains(key))
            {
                _diagnostics.Add(SpecDiagnostic.At(
                    DiagnosticCatalog.ReferenceCycle,
                    $"The reference '{site.Node["$ref"]}' leads back to a file it was copied from ({path}), so copying it would never end.",
                    _rootDisplayPath,
                    Position(work)));
                _failed.Add((site.Node, site.Kind));
                return;
            }

            if (++_copies > MaxInlinedCopies)
            {
                Fail(work, $"The spec copies more than {MaxInlinedCopies:N0} referenced path items or extension values; the reference is left out.", id: DiagnosticCatalog.InputTooLarge);
                return;
            }

            var copy = target.DeepClone();
            if (copy is JsonObject merged)
            {
                // Fields beside a $ref (3.1's summary and description) say more than the target does.
                foreach (var sibling in site.Node.Where(p => p.Key != "$ref").ToList())
                {
                    merged[sibling.Key] = sibling.Value?.DeepClone();
                }
            }

            site.Replace(copy);
            Locator.Add(site.BundledPath.Pointer, path, locator, filePointer);
            var inlined = new HashSet<string>(work.Inlined, StringComparer.Ordinal) { key };
            Walk(copy, site.Kind, site.Replace, site.BundledPath, path, locator, tokens, inlined);
        }

        private void Walk(JsonNode node, string kind, Action<JsonNode> replace, PathSegment bundled, string path, ISourceLocator locator, IReadOnlyList<string> tokens, HashSet<string> inlined)
        {
            var filePath = PathSegment.Root;
            foreach (var token in tokens)
            {
                filePath = filePath.Key(token);
            }

            foreach (var site in ReferenceWalker.Find(_grammar, node, kind, replace, bundled, filePath))
            {
                _work.Enqueue(new Work(site, path, locator, inlined));
            }
        }

        private static bool HasFileExtension(string address)
        {
            var name = address.Substring(address.LastIndexOfAny(new[] { '/', '\\' }) + 1);
            var dot = name.LastIndexOf('.');
            return dot > 0 && dot < name.Length - 1;
        }

        private string? Text(string path)
        {
            if (!_texts.TryGetValue(path, out var text))
            {
                text = _files.Read(path);
                if (text is not null && ReadingLimits.CheckDocumentSize(path, text) is { } tooLarge)
                {
                    _diagnostics.Add(tooLarge);
                    text = null;
                }

                _texts[path] = text;
            }

            return text;
        }

        private ParsedTree? Tree(string path, string text)
        {
            if (!_trees.TryGetValue(path, out var tree))
            {
                tree = SpecFormats.Parse(path, UnicodeText.ReplaceLoneSurrogates(text.TrimStart('\uFEFF')));
                _diagnostics.AddRange(tree.Diagnostics);
                _trees[path] = tree;
            }

            return tree;
        }

        private JsonObject Container(string section)
        {
            JsonObject parent = _root;
            if (!_isSwagger2)
            {
                if (_root["components"] is not JsonObject components)
                {
                    components = new JsonObject();
                    _root["components"] = components;
                }

                parent = components;
            }

            if (parent[section] is not JsonObject container)
            {
                container = new JsonObject();
                parent[section] = container;
            }

            return container;
        }

        private static string UniqueName(JsonObject container, string wanted)
        {
            var name = ComponentNameChars.Replace(wanted, "_");
            if (name.Length == 0)
            {
                name = "Part";
            }

            var unique = name;
            for (var i = 2; container.ContainsKey(unique); i++)
            {
                unique = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return unique;
        }

        private string? Section(string kind) => (_isSwagger2, kind) switch
        {
            (true, "Schema") => "definitions",
            (true, "Parameter") => "parameters",
            (true, "Response") => "responses",
            (true, _) => null,
            (false, "Schema") => "schemas",
            (false, "Parameter") => "parameters",
            (false, "Response") => "responses",
            (false, "RequestBody") => "requestBodies",
            (false, "Header") => "headers",
            (false, "Example") => "examples",
            (false, "Link") => "links",
            (false, "Callback") => "callbacks",
            _ => null,
        };

        // "/components/schemas/Pet" (or 2.0's "/definitions/Pet"): a site that is itself an entry of the root's components.
        private (string Section, string Name)? ComponentEntry(string pointer)
        {
            var tokens = JsonPointers.Split(pointer);
            if (_isSwagger2 && tokens.Count == 2 && tokens[0] is "definitions" or "parameters" or "responses")
            {
                return (tokens[0], tokens[1]);
            }

            return !_isSwagger2 && tokens.Count == 3 && tokens[0] == "components" ? (tokens[1], tokens[2]) : null;
        }

        private void Fail(Work work, string message, bool missing = false, string id = DiagnosticCatalog.ExternalReferenceNotFollowed)
        {
            // A code sample that is not there costs the SDK nothing: a warning, where anything else fails the build.
            var severity = id == DiagnosticCatalog.ExternalReferenceNotFollowed && missing && work.Site.Kind == "Extension"
                ? SpecSeverity.Warning
                : DiagnosticCatalog.Get(id).DefaultSeverity;
            _diagnostics.Add(SpecDiagnostic.At(id, message, _rootDisplayPath, Position(work)) with { Severity = severity });
            _failed.Add((work.Site.Node, work.Site.Kind));
        }

        // The spec itself keeps the name it was given; a part is named by its full path.
        private SourcePosition Position(Work work) =>
            work.Locator.Locate(work.Site.FilePath.Pointer + "/$ref") with { FilePath = work.File == _rootPath ? _rootDisplayPath : work.File };

        // A schema that could not be read is any value; any other object is left out, as the reference check does.
        private static void LeaveOut(JsonObject node, string kind)
        {
            if (kind == "Schema")
            {
                node.Clear();
                return;
            }

            switch (node.Parent)
            {
                case JsonObject parent:
                    var key = parent.FirstOrDefault(p => ReferenceEquals(p.Value, node)).Key;
                    if (key is not null)
                    {
                        parent.Remove(key);
                    }

                    break;
                case JsonArray list:
                    list.Remove(node);
                    break;
                default:
                    node.Remove("$ref");
                    break;
            }
        }

        private static string Article(string kind) => kind.Length > 0 && "AEIOU".IndexOf(kind[0]) >= 0 ? "an " + kind : "a " + kind;

        private static IEnumerable<string> SchemaIds(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    if (obj["$id"] is JsonValue id && id.GetValueKind() == JsonValueKind.String)
                    {
                        yield return id.GetValue<string>();
                    }

                    foreach (var child in obj.Select(p => p.Value))
                    {
                        foreach (var nested in SchemaIds(child))
                        {
                            yield return nested;
                        }
                    }

                    break;
                case JsonArray list:
                    foreach (var child in list)
                    {
                        foreach (var nested in SchemaIds(child))
                        {
                            yield return nested;
                        }
                    }

                    break;
            }
        }
    }

    private sealed record Work(ExternalSite Site, string File, ISourceLocator Locator, HashSet<string> Inlined);
}
