using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SpecForge.RuntimeMapping;

/// <summary>One runtime source as it is emitted: its folder under src/SpecForge.Runtime, its file name and its text.</summary>
public sealed record RuntimeFile(string Folder, string FileName, string Text);

/// <summary>
/// Parses the runtime's sources into the map the emitter trims them by, when SpecForge.Core is built, so generating an
/// SDK never parses C#. For each file, each type and member declaration: where it is (its full span, doc comment and
/// blank lines before it included), the names code calls it by, whether it may be left out, and what its own text names.
/// </summary>
/// <remarks>
/// The format, one record per line, fields separated by tabs, lists by spaces:
/// <c>F folder file length fingerprint</c>, then for each declaration of that file
/// <c>D parent flags start length names global scoped qualified</c> (parent: the index of the enclosing declaration in
/// the file, or -1; flags: T may be left out, C declares members, N is a type or delegate; qualified: Type.Name), and
/// at the end <c>S type scope…</c>: the types whose members a bare name inside that type can mean.
/// </remarks>
public static class RuntimeMapBuilder
{
    // Members the compiler calls without naming them (foreach, await, using, deconstruction, collection initializers)
    // or that implement a framework interface implicitly: never left out of a kept type.
    private static readonly HashSet<string> CalledByPattern = new(StringComparer.Ordinal)
    {
        "GetEnumerator", "Current", "MoveNext", "Reset", "Dispose", "DisposeAsync", "GetAwaiter", "GetResult", "IsCompleted",
        "OnCompleted", "Deconstruct", "Add", "Equals", "GetHashCode", "ToString", "CompareTo", "Compare", "Clone",
    };

    private sealed record Declaration(MemberDeclarationSyntax Node, string[] Names, int Parent, bool Trimmable, bool IsPublic);

    private sealed record ParsedFile(RuntimeFile File, List<Declaration> Declarations);

    public static string Serialize(IEnumerable<RuntimeFile> files, Func<string, uint> fingerprint)
    {
        var parsed = files.OrderBy(f => f.Folder, StringComparer.Ordinal).ThenBy(f => f.FileName, StringComparer.Ordinal).Select(Parse).ToList();
        var all = parsed.SelectMany(p => p.Declarations).ToList();
        var typeNames = new HashSet<string>(all.Where(d => IsNamedType(d.Node)).SelectMany(d => d.Names), StringComparer.Ordinal);
        var memberNames = new HashSet<string>(all.Where(d => !IsNamedType(d.Node)).SelectMany(d => d.Names), StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (var file in parsed)
        {
            text.Append("F\t").Append(file.File.Folder).Append('\t').Append(file.File.FileName).Append('\t')
                .Append(file.File.Text.Length).Append('\t').Append(fingerprint(file.File.Text)).Append('\n');
            foreach (var declaration in file.Declarations)
            {
                var node = declaration.Node;
                var declaresMembers = node is TypeDeclarationSyntax;
                var references = RuntimeReferences.Of(node, n => n == node || !declaresMembers || n is not MemberDeclarationSyntax, typeNames, memberNames);
                var flags = (declaration.Trimmable ? "T" : string.Empty) + (declaresMembers ? "C" : string.Empty) + (IsNamedType(node) ? "N" : string.Empty);
                text.Append("D\t").Append(declaration.Parent).Append('\t').Append(flags).Append('\t')
                    .Append(node.FullSpan.Start).Append('\t').Append(node.FullSpan.Length).Append('\t')
                    .Append(string.Join(" ", declaration.Names)).Append('\t')
                    .Append(Sorted(references.Global)).Append('\t')
                    .Append(Sorted(references.Scoped)).Append('\t')
                    .Append(Sorted(references.Qualified.Select(q => q.Type + "." + q.Name))).Append('\n');
            }
        }

        foreach (var scope in ScopesOf(parsed).OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            text.Append("S\t").Append(scope.Key).Append('\t').Append(Sorted(scope.Value)).Append('\n');
        }

        return text.ToString();
    }

    private static string Sorted(IEnumerable<string> names) => string.Join(" ", names.OrderBy(n => n, StringComparer.Ordinal));

    private static bool IsNamedType(MemberDeclarationSyntax node) => node is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax;

    private static ParsedFile Parse(RuntimeFile file)
    {
        var root = CSharpSyntaxTree.ParseText(file.Text, new CSharpParseOptions(LanguageVersion.Latest)).GetRoot();
        var declarations = new List<Declaration>();
        foreach (var node in root.ChildNodes())
        {
            Visit(node, parent: -1, parentIsPublic: true, declarations);
        }

        return new ParsedFile(file, declarations);
    }

    private static void Visit(SyntaxNode node, int parent, bool parentIsPublic, List<Declaration> declarations)
    {
        switch (node)
        {
            case BaseNamespaceDeclarationSyntax @namespace:
                foreach (var member in @namespace.Members)
                {
                    Visit(member, parent, parentIsPublic, declarations);
                }

                return;
            case MemberDeclarationSyntax member:
                var isPublic = parentIsPublic && member.Modifiers.Any(m => m.IsKind(SyntaxKind.PublicKeyword) || m.IsKind(SyntaxKind.ProtectedKeyword));
                var names = NamesOf(member);
                var container = parent < 0 ? null : declarations[parent];
                declarations.Add(new Declaration(member, names, parent, IsTrimmable(member, container, isPublic, names), isPublic));
                var index = declarations.Count - 1;
                if (member is TypeDeclarationSyntax type)
                {
                    foreach (var child in type.Members)
                    {
                        Visit(child, index, isPublic, declarations);
                    }
                }

                return;
        }
    }

    // A member of a public type is API (ApiException's members whether or not an SDK calls them); so is a public type.
    // Overrides, explicit implementations, operators and constructors live as long as their type. A declaration whose
    // first or last trivia holds a directive stays, so removing it never unbalances an #if.
    private static bool IsTrimmable(MemberDeclarationSyntax member, Declaration? parent, bool isPublic, string[] names)
    {
        if (names.Length == 0 || names.Any(CalledByPattern.Contains) || HasDirectiveAtEdge(member))
        {
            return false;
        }

        if (IsNamedType(member))
        {
            return !isPublic;
        }

        if (parent is null || parent.Node is InterfaceDeclarationSyntax || parent.IsPublic)
        {
            return false;
        }

        return member switch
        {
            MethodDeclarationSyntax method => method.ExplicitInterfaceSpecifier is null && !HasAny(method.Modifiers, SyntaxKind.OverrideKeyword, SyntaxKind.ExternKeyword, SyntaxKind.PartialKeyword),
            PropertyDeclarationSyntax property => property.ExplicitInterfaceSpecifier is null && !HasAny(property.Modifiers, SyntaxKind.OverrideKeyword),
            FieldDeclarationSyntax => true,
            _ => false,
        };
    }

    private static bool HasAny(SyntaxTokenList modifiers, params SyntaxKind[] kinds) => modifiers.Any(m => kinds.Contains(m.Kind()));

    private static bool HasDirectiveAtEdge(SyntaxNode node) =>
        node.GetLeadingTrivia().Concat(node.GetTrailingTrivia()).Any(t => t.IsDirective || t.IsKind(SyntaxKind.DisabledTextTrivia));

    private static string[] NamesOf(MemberDeclarationSyntax member) => member switch
    {
        BaseTypeDeclarationSyntax type => new[] { type.Identifier.ValueText },
        DelegateDeclarationSyntax @delegate => new[] { @delegate.Identifier.ValueText },
        MethodDeclarationSyntax method => new[] { method.Identifier.ValueText },
        PropertyDeclarationSyntax property => new[] { property.Identifier.ValueText },
        EventDeclarationSyntax @event => new[] { @event.Identifier.ValueText },
        BaseFieldDeclarationSyntax field => field.Declaration.Variables.Select(v => v.Identifier.ValueText).ToArray(),
        _ => Array.Empty<string>(),
    };

    // For each type: itself, the types around it and their bases, closed over bases of bases (partial declarations
    // pooled, since they are one type).
    private static Dictionary<string, HashSet<string>> ScopesOf(List<ParsedFile> files)
    {
        var scopes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var type in file.Declarations.Where(d => d.Node is TypeDeclarationSyntax))
            {
                if (!scopes.TryGetValue(type.Names[0], out var scope))
                {
                    scopes[type.Names[0]] = scope = new HashSet<string>(StringComparer.Ordinal);
                }

                scope.Add(type.Names[0]);
                for (var outer = type.Parent; outer >= 0; outer = file.Declarations[outer].Parent)
                {
                    scope.Add(file.Declarations[outer].Names[0]);
                }

                foreach (var baseType in ((TypeDeclarationSyntax)type.Node).BaseList?.Types ?? default)
                {
                    scope.Add(RuntimeReferences.RightmostName(baseType.Type) ?? baseType.Type.ToString());
                }
            }
        }

        bool grew;
        do
        {
            grew = false;
            foreach (var scope in scopes.Values)
            {
                foreach (var name in scope.ToList())
                {
                    if (scopes.TryGetValue(name, out var further))
                    {
                        foreach (var added in further.ToList())
                        {
                            grew |= scope.Add(added);
                        }
                    }
                }
            }
        }
        while (grew);
        return scopes;
    }
}
