using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SpecForge.RuntimeMapping;

/// <summary>
/// What one runtime declaration's own text names, sorted by how far each name reaches: <c>Wire.Format(x)</c> names
/// Wire's <c>Format</c>, a bare <c>Format(x)</c> inside Wire names a <c>Format</c> in Wire's scope, and only a name
/// whose receiver is unknown (<c>value.Format()</c>) names every <c>Format</c> of the runtime.
/// </summary>
public sealed class RuntimeReferences
{
    /// <summary>Names whose declaring type is unknown: they keep every declaration so named.</summary>
    public HashSet<string> Global { get; } = new(StringComparer.Ordinal);

    /// <summary>Bare names, looked up in the scope of the type the declaration is in.</summary>
    public HashSet<string> Scoped { get; } = new(StringComparer.Ordinal);

    /// <summary>Names after a runtime type's name: that type's member (or nested type).</summary>
    public HashSet<(string Type, string Name)> Qualified { get; } = new();

    /// <summary>
    /// Sorts the names of <paramref name="node"/>'s tokens (where <paramref name="descendInto"/> lets it look), its doc
    /// comments' <c>cref</c>s and the words of its inactive <c>#if</c> branches, which a build for another target
    /// compiles. A qualifier counts as a type only when no member of the runtime goes by its name (a property named
    /// after its type reads the same).
    /// </summary>
    public static RuntimeReferences Of(SyntaxNode node, Func<SyntaxNode, bool> descendInto, ISet<string> typeNames, ISet<string> memberNames)
    {
        var references = new RuntimeReferences();
        foreach (var token in node.DescendantTokens(descendInto))
        {
            if (token.IsKind(SyntaxKind.IdentifierToken) && token.Parent is SimpleNameSyntax name)
            {
                references.Add(name, typeNames, memberNames);
            }

            references.AddTrivia(token.LeadingTrivia);
            references.AddTrivia(token.TrailingTrivia);
        }

        return references;
    }

    private void Add(SimpleNameSyntax name, ISet<string> typeNames, ISet<string> memberNames)
    {
        var text = name.Identifier.ValueText;
        switch (name.Parent)
        {
            case MemberAccessExpressionSyntax access when access.Name == name:
                AddQualified(access.Expression, text, typeNames, memberNames);
                return;
            case QualifiedNameSyntax qualified when qualified.Right == name:
                AddQualified(qualified.Left, text, typeNames, memberNames);
                return;
            case MemberBindingExpressionSyntax or NameColonSyntax or ExpressionColonSyntax:
                Global.Add(text);
                return;
            case AssignmentExpressionSyntax assignment when assignment.Left == name && assignment.Parent is InitializerExpressionSyntax:
                // An object or with initializer's member belongs to the created type, which syntax does not tell.
                Global.Add(text);
                return;
            default:
                Scoped.Add(text);
                return;
        }
    }

    private void AddQualified(ExpressionSyntax qualifier, string name, ISet<string> typeNames, ISet<string> memberNames)
    {
        switch (qualifier)
        {
            case ThisExpressionSyntax or BaseExpressionSyntax:
                Scoped.Add(name);
                return;
            case PredefinedTypeSyntax:
                // string.Format, int.Parse: the framework's, never the runtime's.
                return;
        }

        var rightmost = RightmostName(qualifier);
        if (rightmost is not null && typeNames.Contains(rightmost) && !memberNames.Contains(rightmost))
        {
            Qualified.Add((rightmost, name));
        }
        else
        {
            Global.Add(name);
        }
    }

    /// <summary>The last name of a (qualified) name or member access: <c>Wire</c> of <c>Client.Wire</c>; null for anything else.</summary>
    internal static string? RightmostName(ExpressionSyntax expression) => expression switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => null,
    };

    private void AddTrivia(SyntaxTriviaList trivia)
    {
        foreach (var item in trivia)
        {
            if (item.IsKind(SyntaxKind.DisabledTextTrivia))
            {
                AddWords(item.ToString(), Global);
            }
            else if (item.HasStructure && item.GetStructure() is { } structure)
            {
                foreach (var token in structure.DescendantTokens())
                {
                    if (token.IsKind(SyntaxKind.IdentifierToken))
                    {
                        Global.Add(token.ValueText);
                    }
                }
            }
        }
    }

    private static void AddWords(string text, HashSet<string> words)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!IsPart(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsPart(text[i]))
            {
                i++;
            }

            if (!char.IsDigit(text[start]))
            {
                words.Add(text.Substring(start, i - start));
            }
        }
    }

    private static bool IsPart(char c) => c == '_' || char.IsLetterOrDigit(c);
}
