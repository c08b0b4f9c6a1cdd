using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SpecForge.Core.Emitting.Runtime;

/// <summary>
/// One declaration of a runtime file (a type or a member) as the trimmer sees it: the names code calls it by, the
/// identifiers its own text names, and whether it may be left out when nothing kept names it.
/// </summary>
internal sealed class RuntimeDeclaration
{
    public RuntimeDeclaration(MemberDeclarationSyntax node, string[] names, RuntimeDeclaration? parent, bool trimmable)
    {
        Node = node;
        Names = names;
        Parent = parent;
        Trimmable = trimmable;
    }

    public MemberDeclarationSyntax Node { get; }

    /// <summary>A field declaration can declare several names; every other declaration one.</summary>
    public string[] Names { get; }

    public RuntimeDeclaration? Parent { get; }

    public bool Trimmable { get; }

    /// <summary>A class, struct, record or interface, whose members are declarations of their own.</summary>
    public bool IsType => Node is TypeDeclarationSyntax;

    /// <summary>The type whose scope the declaration's bare names are looked up in: itself for a type, else its parent.</summary>
    public string? ScopeType => IsType ? Names[0] : Parent?.Names[0];

    /// <summary>What the declaration's own text and doc comment name, not the members it declares.</summary>
    public RuntimeReferences References { get; set; } = new();
}

/// <summary>One runtime file parsed into the declarations the trimmer weighs.</summary>
internal sealed class RuntimeFileMap
{
    public RuntimeFileMap(RuntimeSource source, SyntaxNode root, IReadOnlyList<RuntimeDeclaration> declarations)
    {
        Source = source;
        Root = root;
        Declarations = declarations;
    }

    public RuntimeSource Source { get; }

    public SyntaxNode Root { get; }

    public IReadOnlyList<RuntimeDeclaration> Declarations { get; }
}

/// <summary>
/// The runtime's sources parsed once per process into declarations: which of them may be left out of an SDK, and by
/// which names generated code reaches them.
/// </summary>
internal sealed class RuntimeMap
{
    // Members the compiler calls without naming them (foreach, await, using, deconstruction, collection initializers)
    // or that implement a framework interface implicitly: never left out of a kept type.
    private static readonly HashSet<string> CalledByPattern = new(StringComparer.Ordinal)
    {
        "GetEnumerator", "Current", "MoveNext", "Reset", "Dispose", "DisposeAsync", "GetAwaiter", "GetResult", "IsCompleted",
        "OnCompleted", "Deconstruct", "Add", "Equals", "GetHashCode", "ToString", "CompareTo", "Compare", "Clone",
    };

    private RuntimeMap(IReadOnlyList<RuntimeFileMap> files)
    {
        Files = files;
        var declarations = files.SelectMany(f => f.Declarations).ToList();
        Vocabulary = new HashSet<string>(declarations.Where(d => d.Trimmable).SelectMany(d => d.Names), StringComparer.Ordinal);
        var typeNames = new HashSet<string>(declarations.Where(d => d.Node is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax).SelectMany(d => d.Names), StringComparer.Ordinal);
        var memberNames = new HashSet<string>(declarations.Where(d => d.Node is not (BaseTypeDeclarationSyntax or DelegateDeclarationSyntax)).SelectMany(d => d.Names), StringComparer.Ordinal);
        foreach (var declaration in declarations)
        {
            var node = declaration.Node;
            var isType = declaration.IsType;
            declaration.References = RuntimeReferences.Of(node, n => n == node || !isType || n is not MemberDeclarationSyntax, typeNames, memberNames);
        }

        Scopes = ScopesOf(declarations);
    }

    public IReadOnlyList<RuntimeFileMap> Files { get; }

    /// <summary>Every name a declaration that may be left out goes by: the only names generated code's usage is read for.</summary>
    public HashSet<string> Vocabulary { get; }

    /// <summary>
    /// For each type name, the types whose members a bare name inside it can mean: itself, the types around it, and
    /// the bases of all of those (partial declarations pooled, since they are one type).
    /// </summary>
    public IReadOnlyDictionary<string, string[]> Scopes { get; }

    public static RuntimeMap Of(IEnumerable<RuntimeSource> sources) => new(sources.Select(Parse).ToList());

    private static RuntimeFileMap Parse(RuntimeSource source)
    {
        var root = CSharpSyntaxTree.ParseText(source.Text, new CSharpParseOptions(LanguageVersion.Latest)).GetRoot();
        var declarations = new List<RuntimeDeclaration>();
        foreach (var node in root.ChildNodes())
        {
            Visit(node, parent: null, parentIsPublic: true, declarations);
        }

        return new RuntimeFileMap(source, root, declarations);
    }

    private static void Visit(SyntaxNode node, RuntimeDeclaration? parent, bool parentIsPublic, List<RuntimeDeclaration> declarations)
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
                var declaration = new RuntimeDeclaration(member, names, parent, IsTrimmable(member, parent, isPublic, names));
                declarations.Add(declaration);
                if (member is TypeDeclarationSyntax type)
                {
                    foreach (var child in type.Members)
                    {
                        Visit(child, declaration, isPublic, declarations);
                    }
                }

                return;
        }
    }

    private static IReadOnlyDictionary<string, string[]> ScopesOf(List<RuntimeDeclaration> declarations)
    {
        var direct = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in declarations.Where(d => d.IsType))
        {
            var around = Set(direct, type.Names[0]);
            around.Add(type.Names[0]);
            for (var outer = type.Parent; outer is not null; outer = outer.Parent)
            {
                around.Add(outer.Names[0]);
            }

            foreach (var baseType in ((TypeDeclarationSyntax)type.Node).BaseList?.Types ?? default)
            {
                around.Add(Rightmost(baseType.Type));
            }
        }

        // Bases of bases, and of the types around: closed by repeating until nothing is added.
        bool grew;
        do
        {
            grew = false;
            foreach (var scope in direct.Values)
            {
                foreach (var name in scope.ToList())
                {
                    if (direct.TryGetValue(name, out var further))
                    {
                        foreach (var added in further)
                        {
                            grew |= scope.Add(added);
                        }
                    }
                }
            }
        }
        while (grew);
        return direct.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
    }

    private static HashSet<string> Set(Dictionary<string, HashSet<string>> sets, string key)
    {
        if (!sets.TryGetValue(key, out var set))
        {
            sets[key] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        return set;
    }

    private static string Rightmost(TypeSyntax type) => type switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => type.ToString(),
    };

    // A member of a public type is API (ApiException's members whether or not an SDK calls them); so is a public type.
    // Overrides, explicit implementations, operators and constructors live as long as their type. A member whose first
    // or last trivia holds a directive stays, so removing it never unbalances an #if.
    private static bool IsTrimmable(MemberDeclarationSyntax member, RuntimeDeclaration? parent, bool isPublic, string[] names)
    {
        if (names.Length == 0 || names.Any(CalledByPattern.Contains) || HasDirectiveAtEdge(member))
        {
            return false;
        }

        if (member is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax)
        {
            return !isPublic;
        }

        if (parent is null || parent.Node is InterfaceDeclarationSyntax || IsPublicType(parent))
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

    private static bool IsPublicType(RuntimeDeclaration type)
    {
        for (var current = type; current is not null; current = current.Parent)
        {
            if (!current.Node.Modifiers.Any(m => m.IsKind(SyntaxKind.PublicKeyword) || m.IsKind(SyntaxKind.ProtectedKeyword)))
            {
                return false;
            }
        }

        return true;
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
}
