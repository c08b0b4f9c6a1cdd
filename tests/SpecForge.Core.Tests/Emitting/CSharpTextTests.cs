using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using SpecForge.Core.Emitting;

namespace SpecForge.Core.Tests.Emitting;

/// <summary>Spec text must never be able to become code (DESIGN.md rule 11).</summary>
public sealed class CSharpTextTests
{
    // Enumerated when the tests run rather than serialized at discovery, which would turn lone surrogates into U+FFFD.
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
        "x\u2028public static int Injected { get { return 42; } } //",
        "bidi \u202Eevil\u202C and \u2066isolate\u2069 and \u202A\u202B\u202D\u2067\u2068",
        "lone \uD800 high, lone \uDC00 low, reversed \uDC00\uD800, pair \uD83D\uDE00",
        "invisible \u200B\uFEFF\u00AD\u2060 and noncharacters \uFFFE\uFFFF",
    };

    [Theory]
    [MemberData(nameof(Hostile), DisableDiscoveryEnumeration = true)]
    public void A_string_literal_round_trips_through_the_compiler(string value)
    {
        var literal = CSharpText.StringLiteral(value);

        var expression = SyntaxFactory.ParseExpression(literal);
        Assert.False(expression.ContainsDiagnostics, literal);
        Assert.Equal(SyntaxKind.StringLiteralExpression, expression.Kind());
        Assert.Equal(value, ((Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax)expression).Token.ValueText);
    }

    [Theory]
    [MemberData(nameof(Hostile), DisableDiscoveryEnumeration = true)]
    public void A_string_literal_shows_nothing_invisible_and_nothing_that_breaks_a_line(string value)
    {
        var literal = CSharpText.StringLiteral(value);

        Assert.DoesNotContain(literal, c => char.IsControl(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format
            or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator);
        Assert.Equal(-1, SourceGuard.FindForbidden(literal));
    }

    [Theory]
    [MemberData(nameof(Hostile), DisableDiscoveryEnumeration = true)]
    public void Doc_lines_stay_inside_the_comment(string value)
    {
        var lines = CSharpText.DocLines(value);
        var source = "/// <summary>\n" + string.Concat(lines.Select(l => "/// " + l + "\n")) + "/// </summary>\nclass C { }\n";

        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(documentationMode: Microsoft.CodeAnalysis.DocumentationMode.Diagnose));
        Assert.Empty(tree.GetDiagnostics());
        var members = tree.GetCompilationUnitRoot().Members;
        Assert.Equal("C", Assert.IsType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>(Assert.Single(members)).Identifier.Text);
        Assert.All(lines, l => Assert.Equal(-1, SourceGuard.FindForbidden(l)));
        Assert.All(lines, l => Assert.DoesNotContain(l, CSharpText.IsLineTerminator));
    }

    [Theory]
    [MemberData(nameof(Hostile), DisableDiscoveryEnumeration = true)]
    public void Xml_escaped_text_is_one_line_of_well_formed_doc_comment(string value)
    {
        var text = CSharpText.XmlEscape(value);
        var source = "/// <summary>The value <c>" + text + "</c>.</summary>\nclass C { }\n";

        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(documentationMode: Microsoft.CodeAnalysis.DocumentationMode.Diagnose));
        Assert.Empty(tree.GetDiagnostics());
        Assert.Single(tree.GetCompilationUnitRoot().Members);
        Assert.Equal(-1, SourceGuard.FindForbidden(text));
        Assert.DoesNotContain(text, c => char.IsControl(c));
    }

    [Fact]
    public void Xml_escaping_turns_line_breaks_into_spaces_and_shows_bidi_controls_as_references()
    {
        Assert.Equal("a b c d e f", CSharpText.XmlEscape("a\nb\u2028c\u2029d\u0085e\rf"));
        Assert.Equal("x&#x202E;y&#x2066;z", CSharpText.XmlEscape("x\u202Ey\u2066z"));
        Assert.Equal("\uFFFD \uFFFD \uD83D\uDE00 \uFFFD", CSharpText.XmlEscape("\uD800 \0 \uD83D\uDE00 \uFFFF"));
        Assert.Equal("&lt;c&gt; &amp;", CSharpText.XmlEscape("<c> &"));
    }

    [Fact]
    public void Literals_escape_what_is_invisible_and_keep_what_is_printable()
    {
        Assert.Equal("\"a\\u2028b\\u202ec\\ud800d\\ufeff\"", CSharpText.StringLiteral("a\u2028b\u202Ec\uD800d\uFEFF"));
        Assert.Equal("\"ünï 名前 🎉\"", CSharpText.StringLiteral("ünï 名前 🎉"));
    }

    [Fact]
    public void Doc_lines_split_on_every_line_terminator_C_sharp_knows()
    {
        Assert.Equal(new[] { "a", "b", "c", "d", "e", "f" }, CSharpText.DocLines("a\r\nb\nc\u2028d\u2029e\u0085f"));
    }

    [Fact]
    public void Doc_lines_drop_blank_edges_keep_indentation_and_escape_markup()
    {
        Assert.Equal(new[] { " a &lt; b &amp;&amp; c &gt; d", string.Empty, "second" }, CSharpText.DocLines("\n\n a < b && c > d\n\nsecond\n\n"));
        Assert.Empty(CSharpText.DocLines("  \n "));
    }
}
