using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SpecForge.Core.Emitting.Runtime;

/// <summary>
/// One declaration of a runtime file (a type or a member) as the trimmer sees it: where its text is, the names code
/// calls it by, what its own text names, and whether it may be left out when nothing kept names it.
/// </summary>
internal sealed class RuntimeDeclaration
{
    private static readonly (string Type, string Name)[] NoQualified = new (string, string)[0];

    public RuntimeDeclaration(RuntimeDeclaration? parent, string flags, int start, int length, string[] names)
    {
        Parent = parent;
        Trimmable = flags.IndexOf('T') >= 0;
        DeclaresMembers = flags.IndexOf('C') >= 0;
        IsType = flags.IndexOf('N') >= 0;
        Start = start;
        Length = length;
        Names = names;
    }

    public RuntimeDeclaration? Parent { get; }

    public bool Trimmable { get; }

    /// <summary>A class, struct, record or interface, whose members are declarations of their own.</summary>
    public bool DeclaresMembers { get; }

    /// <summary>A type or a delegate: reached wherever its name is mentioned.</summary>
    public bool IsType { get; }

    /// <summary>Where the declaration is, with the doc comment and blank lines before it and the line break after it.</summary>
    public int Start { get; }

    public int Length { get; }

    /// <summary>A field declaration can declare several names; every other declaration one.</summary>
    public string[] Names { get; }

    /// <summary>The type whose scope the declaration's bare names are looked up in: itself for a type, else its parent.</summary>
    public string? ScopeType => DeclaresMembers ? Names[0] : Parent?.Names[0];

    /// <summary>Names whose declaring type is unknown (<c>value.Format()</c>): they keep every declaration so named.</summary>
    public string[] Global { get; init; } = Array.Empty<string>();

    /// <summary>Bare names, looked up in the scope of <see cref="ScopeType"/>.</summary>
    public string[] Scoped { get; init; } = Array.Empty<string>();

    /// <summary>Names after a runtime type's name (<c>Wire.Format</c>): that type's member.</summary>
    public (string Type, string Name)[] Qualified { get; init; } = NoQualified;
}

/// <summary>One runtime file's declarations, and the text they were mapped on.</summary>
internal sealed class RuntimeFileMap
{
    public RuntimeFileMap(string folder, string fileName, int length, uint fingerprint)
    {
        Folder = folder;
        FileName = fileName;
        Length = length;
        Fingerprint = fingerprint;
    }

    public string Folder { get; }

    public string FileName { get; }

    public int Length { get; }

    public uint Fingerprint { get; }

    public List<RuntimeDeclaration> Declarations { get; } = new();

    /// <summary>Whether <paramref name="source"/> is the text this map was made from.</summary>
    public bool Maps(RuntimeSource source) =>
        source.Folder == Folder && source.FileName == FileName && source.Text.Length == Length && RuntimeText.Fingerprint(source.Text) == Fingerprint;
}

/// <summary>
/// The runtime's declarations, parsed from its sources when Core was built (src/SpecForge.RuntimeMapping writes
/// <see cref="RuntimeMapData"/>), so trimming an SDK's runtime never parses C#.
/// </summary>
internal sealed class RuntimeMap
{
    private RuntimeMap(List<RuntimeFileMap> files, Dictionary<string, string[]> scopes)
    {
        Files = files;
        Scopes = scopes;
        Vocabulary = new HashSet<string>(files.SelectMany(f => f.Declarations).Where(d => d.Trimmable).SelectMany(d => d.Names), StringComparer.Ordinal);
    }

    public IReadOnlyList<RuntimeFileMap> Files { get; }

    /// <summary>Every name a declaration that may be left out goes by: the only names generated code is read for.</summary>
    public HashSet<string> Vocabulary { get; }

    /// <summary>For each type name, the types whose members a bare name inside it can mean: itself, the types around it, their bases.</summary>
    public IReadOnlyDictionary<string, string[]> Scopes { get; }

    /// <summary>The map the build wrote (see RuntimeMapBuilder in src/SpecForge.RuntimeMapping for the format).</summary>
    public static RuntimeMap Parse(string text)
    {
        var files = new List<RuntimeFileMap>();
        var scopes = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in text.Split(new[] { '\n' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = line.Split('\t');
            switch (fields[0])
            {
                case "F":
                    files.Add(new RuntimeFileMap(fields[1], fields[2], Number(fields[3]), uint.Parse(fields[4], CultureInfo.InvariantCulture)));
                    break;
                case "D":
                    var declarations = files[files.Count - 1].Declarations;
                    var parent = Number(fields[1]);
                    declarations.Add(new RuntimeDeclaration(parent < 0 ? null : declarations[parent], fields[2], Number(fields[3]), Number(fields[4]), Words(fields[5]))
                    {
                        Global = Words(fields[6]),
                        Scoped = Words(fields[7]),
                        Qualified = Words(fields[8]).Select(Split).ToArray(),
                    });
                    break;
                case "S":
                    scopes[fields[1]] = Words(fields[2]);
                    break;
            }
        }

        return new RuntimeMap(files, scopes);
    }

    private static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    private static string[] Words(string text) => text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);

    private static (string Type, string Name) Split(string qualified)
    {
        var dot = qualified.IndexOf('.');
        return (qualified.Substring(0, dot), qualified.Substring(dot + 1));
    }
}
