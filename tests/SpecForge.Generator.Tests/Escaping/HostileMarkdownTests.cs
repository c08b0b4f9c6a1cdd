using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using SpecForge.Tests.SharedGenerator;

namespace SpecForge.Generator.Tests.Escaping;

/// <summary>
/// Markdown documentation is untrusted input too: hostile text in headings, descriptions, parameter lines and examples
/// of a reference goes through the normalizer into the generated SDK and its mock, and must change nothing but text.
/// </summary>
public sealed class HostileMarkdownTests
{
    // Where the base reference takes text; inside fences (JSON examples, curl payloads) it is written JSON-escaped.
    private const char Marker = '\u00A4';

    [Fact]
    public void Hostile_text_in_a_markdown_reference_generates_exactly_what_benign_text_generates()
    {
        var hostile = Generate(Reference(HostileText.Prose));
        var benign = Generate(Reference(HostileText.Benign(HostileText.Prose)));

        HostileSpecTests.AssertSameShapeAndClean(benign, hostile);
        var all = string.Concat(GeneratorHarness.Sources(hostile.Result).Select(s => s.Text));
        Assert.Contains("public static int Injected { get { return 42; } } //", all);
        Assert.Contains("\\u2028public static int Injected { get { return 42; } } //", all);
    }

    private static (GeneratorDriverRunResult Result, Compilation Output) Generate(string markdown)
    {
        var (_, result, output) = GeneratorHarness.Run(new[] { new TestFile("/docs/escaping.md", markdown, Namespace: "Escaping", ClientName: "EscapingClient", Mock: "true") });
        return (result, output);
    }

    // Prose gets the text as it is: markdown has no escaping, and a line break would end the heading or paragraph,
    // so CR and LF are the one thing the prose text leaves out (U+2028 and its kin do not end a markdown line).
    private static string Reference(string text)
    {
        var fenced = JsonSerializer.Serialize(text, new JsonSerializerOptions { Encoder = JavaScriptEncoder.Default });
        fenced = fenced.Substring(1, fenced.Length - 2);
        var result = new StringBuilder();
        var inFence = false;
        foreach (var line in File.ReadAllLines(FixtureSnapshotTests.FixturePath(Path.Combine("Escaping", "escaping-base.md"))))
        {
            inFence ^= line.StartsWith("```", System.StringComparison.Ordinal);
            result.Append(line.Replace(Marker.ToString(), inFence ? fenced : " " + text)).Append('\n');
        }

        return result.ToString();
    }
}
