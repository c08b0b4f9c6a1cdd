using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SpecForge.Core.Emitting;

namespace SpecForge.Cli.Regen;

/// <summary>
/// The public surface of a generated SDK as text: one line per public type and per public member, bodies and docs
/// left out. Committed beside the spec, it turns "the generator or the docs changed" into a reviewable diff of what
/// SDK users can call, the way PublicAPI.Shipped.txt does for hand-written libraries.
/// </summary>
internal static class SdkSurface
{
    /// <summary>The surface of <paramref name="files"/>, sorted so that file order and member moves do not show.</summary>
    public static string Describe(IEnumerable<GeneratedFile> files)
    {
        var types = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var root = CSharpSyntaxTree.ParseText(file.Source, new CSharpParseOptions(LanguageVersion.Latest)).GetCompilationUnitRoot();
            foreach (var type in root.DescendantNodes().OfType<BaseTypeDeclarationSyntax>().Where(IsVisible))
            {
                var members = Members(types, TypeLine(type));
                foreach (var member in type is TypeDeclarationSyntax declared ? declared.Members.Where(IsVisible) : Enumerable.Empty<MemberDeclarationSyntax>())
                {
                    if (member is not BaseTypeDeclarationSyntax && !IsParameterlessConstructor(member) && Signature(member) is { } signature)
                    {
                        members.Add(signature);
                    }
                }

                if (type is EnumDeclarationSyntax @enum)
                {
                    foreach (var value in @enum.Members)
                    {
                        members.Add(value.Identifier.Text);
                    }
                }
            }
        }

        var text = new StringBuilder();
        foreach (var type in types)
        {
            text.Append(type.Key).Append('\n');
            foreach (var member in type.Value)
            {
                text.Append("  ").Append(member).Append('\n');
            }
        }

        return text.ToString();
    }

    // Partial declarations of one type spread over several files (record, converter, validator) meet under one line.
    private static SortedSet<string> Members(SortedDictionary<string, SortedSet<string>> types, string line)
    {
        if (!types.TryGetValue(line, out var members))
        {
            members = new SortedSet<string>(StringComparer.Ordinal);
            types.Add(line, members);
        }

        return members;
    }

    private static string TypeLine(BaseTypeDeclarationSyntax type)
    {
        var kind = type switch
        {
            RecordDeclarationSyntax r => r.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword) ? "record struct" : "record",
            TypeDeclarationSyntax t => t.Keyword.Text,
            EnumDeclarationSyntax e => e.EnumKeyword.Text,
            _ => type.Kind().ToString(),
        };
        var modifiers = type.Modifiers.Where(m => !m.IsKind(SyntaxKind.PartialKeyword) && !m.IsKind(SyntaxKind.PublicKeyword)).Select(m => m.Text);
        var prefix = string.Join(" ", modifiers.Append(kind));
        var generics = type is TypeDeclarationSyntax { TypeParameterList: { } parameters } ? Flatten(parameters) : string.Empty;
        return $"{prefix} {FullName(type)}{generics}";
    }

    private static string FullName(BaseTypeDeclarationSyntax type)
    {
        var parts = new List<string> { type.Identifier.Text };
        for (var parent = type.Parent; parent is not null; parent = parent.Parent)
        {
            switch (parent)
            {
                case BaseTypeDeclarationSyntax outer:
                    parts.Add(outer.Identifier.Text);
                    break;
                case BaseNamespaceDeclarationSyntax ns:
                    parts.Add(ns.Name.ToString());
                    break;
            }
        }

        parts.Reverse();
        return string.Join(".", parts);
    }

    // Every generated record has a public parameterless constructor: implicit, which a reading of the syntax cannot see,
    // or declared because its reading constructor would hide it. Listing it where it is written would report how a
    // record is written, not a change in what users can call.
    private static bool IsParameterlessConstructor(MemberDeclarationSyntax member) =>
        member is ConstructorDeclarationSyntax { ParameterList.Parameters.Count: 0, Parent: RecordDeclarationSyntax } constructor
        && !constructor.Modifiers.Any(SyntaxKind.StaticKeyword);

    // Only what a consumer can reach: public members of public types all the way out, and interface members.
    private static bool IsVisible(MemberDeclarationSyntax member)
    {
        for (SyntaxNode? node = member; node is MemberDeclarationSyntax declaration and not BaseNamespaceDeclarationSyntax; node = node.Parent)
        {
            var inInterface = declaration.Parent is InterfaceDeclarationSyntax;
            if (!inInterface && !declaration.Modifiers.Any(SyntaxKind.PublicKeyword))
            {
                return false;
            }
        }

        return true;
    }

    private static string? Signature(MemberDeclarationSyntax member)
    {
        var header = member switch
        {
            MethodDeclarationSyntax m => m.WithBody(null).WithExpressionBody(null).WithSemicolonToken(default).WithAttributeLists(default),
            ConstructorDeclarationSyntax c => c.WithBody(null).WithExpressionBody(null).WithInitializer(null).WithSemicolonToken(default).WithAttributeLists(default),
            OperatorDeclarationSyntax o => o.WithBody(null).WithExpressionBody(null).WithSemicolonToken(default).WithAttributeLists(default),
            ConversionOperatorDeclarationSyntax o => o.WithBody(null).WithExpressionBody(null).WithSemicolonToken(default).WithAttributeLists(default),
            PropertyDeclarationSyntax p => p.WithInitializer(null).WithSemicolonToken(default).WithAttributeLists(default)
                .WithExpressionBody(null).WithAccessorList(Accessors(p.AccessorList)),
            IndexerDeclarationSyntax i => i.WithExpressionBody(null).WithSemicolonToken(default).WithAttributeLists(default).WithAccessorList(Accessors(i.AccessorList)),
            FieldDeclarationSyntax f => f.WithAttributeLists(default) as MemberDeclarationSyntax,
            EventFieldDeclarationSyntax e => e.WithAttributeLists(default),
            _ => null,
        };

        // Fields and events cannot lose their semicolon in the syntax tree, so it goes from the text.
        return header is null ? null : Flatten(header).TrimEnd(';');
    }

    // "{ get; init; }" says what callers may do; accessor bodies and non-public accessors say nothing about that.
    // An expression-bodied property ("=> x") reads as "{ get; }".
    private static AccessorListSyntax Accessors(AccessorListSyntax? accessors)
    {
        var visible = accessors is null
            ? new[] { SyntaxKind.GetAccessorDeclaration }
            : accessors.Accessors
                .Where(a => !a.Modifiers.Any(SyntaxKind.PrivateKeyword) && !a.Modifiers.Any(SyntaxKind.InternalKeyword) && !a.Modifiers.Any(SyntaxKind.ProtectedKeyword))
                .Select(a => a.Kind())
                .ToArray();
        return SyntaxFactory.AccessorList(SyntaxFactory.List(visible.Select(kind =>
            SyntaxFactory.AccessorDeclaration(kind).WithSemicolonToken(SyntaxFactory.Token(SyntaxKind.SemicolonToken)))));
    }

    // "global::" keeps generated code safe from user types named System; in a listing it is only noise. "async" is
    // how a method is written, not what a caller sees.
    private static string Flatten(SyntaxNode node) =>
        string.Join(" ", node.WithoutTrivia().NormalizeWhitespace(elasticTrivia: false).ToString()
            .Replace("global::", string.Empty)
            .Split(new[] { '\r', '\n', ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries)
            .Where(token => token != "async"));
}
