using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using SpecForge.Core.Emitting;

namespace SpecForge.Core.Tests.Emitting;

/// <summary>Spec text must never be able to become code (DESIGN.md rule 11).</summary>
public sealed class CSharpTextTests
{
    public static readonly TheoryData<string> Hostile = new()
    {
        "\"; System.Environment.Exit(1); \"",
        "back\\slash\\\"",
        "line\nbreak\r\nand\u2028separator\u2029and\u0085next",
        "*/ class Injected {} /*",
        "\"\"\" raw \"\"\"",
        "#endregion\n#error boom",
        "</summary><code>x</code>",
        "tab\tnul\0bell\a",
        "ünïcödé 名前 🎉",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void A_string_literal_round_trips_through_the_compiler(string value)
    {
        var literal = CSharpText.StringLiteral(value);

        var expression = SyntaxFactory.ParseExpression(literal);
        Assert.False(expression.ContainsDiagnostics, literal);
        Assert.Equal(SyntaxKind.StringLiteralExpression, expression.Kind());
        Assert.Equal(value, ((Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax)expression).Token.ValueText);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Doc_lines_stay_inside_the_comment(string value)
    {
        var lines = CSharpText.DocLines(value);
        var source = "/// <summary>\n" + string.Concat(lines.Select(l => "/// " + l + "\n")) + "/// </summary>\nclass C { }\n";

        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(documentationMode: Microsoft.CodeAnalysis.DocumentationMode.Diagnose));
        Assert.Empty(tree.GetDiagnostics());
        var members = tree.GetCompilationUnitRoot().Members;
        Assert.Equal("C", Assert.IsType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>(Assert.Single(members)).Identifier.Text);
        Assert.All(lines, l => Assert.DoesNotContain('\n', l));
    }

    [Fact]
    public void Doc_lines_drop_blank_edges_keep_indentation_and_escape_markup()
    {
        Assert.Equal(new[] { " a &lt; b &amp;&amp; c &gt; d", string.Empty, "second" }, CSharpText.DocLines("\n\n a < b && c > d\n\nsecond\n\n"));
        Assert.Empty(CSharpText.DocLines("  \n "));
    }
}
