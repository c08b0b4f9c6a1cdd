using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using SpecForge.Generator.Tests.Infrastructure;
using SpecForge.Tests.Shared;
using SpecForge.Tests.SharedGenerator;

namespace SpecForge.Generator.Tests.Escaping;

/// <summary>
/// A spec is untrusted input: nothing in it may become code. Every string of a spec that exercises every feature is
/// made hostile (<see cref="HostileText"/>), generated with the mock, compiled strictly and loaded; the assembly must
/// have exactly the shape of the same spec with the hostile text's benign twin, and nothing named after the sentinel.
/// </summary>
public sealed class HostileSpecTests
{
    internal static JsonObject BaseSpec() =>
        (JsonObject)JsonNode.Parse(File.ReadAllText(FixtureSnapshotTests.FixturePath(Path.Combine("Escaping", "escaping-base.json"))))!;

    [Fact]
    public void Hostile_text_in_every_string_generates_exactly_what_the_benign_spec_generates()
    {
        var hostile = Generate(SpecRewriter.Hostile().Rewrite(BaseSpec()));
        var benign = Generate(SpecRewriter.Benign().Rewrite(BaseSpec()));

        AssertSameShapeAndClean(benign, hostile);
    }

    public static TheoryData<int> LineBreakPayloads => new() { 0, 1, 2, 5 };

    // One attempt alone compiles if it gets through (after the full text, the fragments that follow it would not), so an
    // escaping gap shows as a member the spec never asked for, as it would to a consumer who does not build
    // documentation and so never sees the CS1570 a cut-short doc comment causes.
    [Theory]
    [MemberData(nameof(LineBreakPayloads))]
    public void An_injection_through_a_line_break_C_sharp_sees_leaves_no_member_behind(int payload)
    {
        var text = HostileText.Payloads[payload];
        var hostile = Generate(SpecRewriter.Hostile(text).Rewrite(BaseSpec()));
        var benign = Generate(SpecRewriter.Benign(text).Rewrite(BaseSpec()));

        AssertSameShapeAndClean(benign, hostile);
    }

    [Fact]
    public void The_hostile_text_reaches_the_generated_code_so_the_comparison_means_something()
    {
        var (result, output) = Generate(SpecRewriter.Hostile().Rewrite(BaseSpec()));
        GeneratedCode.AssertCleanAndCompiles(result, output);
        var sources = GeneratorHarness.Sources(result).ToList();
        var all = string.Concat(sources.Select(s => s.Text));

        // In doc comments, on one line each: the enum value's <c>, summaries, parameter docs, the mock's title.
        Assert.Contains(sources, s => s.Text.Split('\n').Any(l => l.TrimStart().StartsWith("/// <summary>The value <c>", System.StringComparison.Ordinal) && l.Contains("public static int Injected { get { return 42; } } //")));
        Assert.Contains("/// The mock server of Escaping base ", all);

        // In string literals, escaped: a JSON name, an enum value, a pattern, a server URL, the mock's spec.
        Assert.Contains("\\u2028public static int Injected { get { return 42; } } //", all);
        Assert.Contains("\\\"; [System.Obsolete(\\\"PWNED\\\")] public static int Injected; //", all);
        Assert.Contains(sources, s => s.HintName.EndsWith(".MockServer.g.cs", System.StringComparison.Ordinal));

        // No raw line break C# sees beyond CR and LF, no bidirectional control, no NUL anywhere.
        Assert.DoesNotContain(all, c => c is '\u0085' or '\u2028' or '\u2029' or '\0' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'));
    }

    [Fact]
    public void Lone_surrogates_from_an_in_memory_document_are_escaped_in_literals_and_replaced_in_comments()
    {
        var hostile = InMemory.Emit(SpecRewriter.Hostile(HostileText.Full + HostileText.LoneSurrogates).Rewrite(BaseSpec()));
        var benign = InMemory.Emit(SpecRewriter.Benign(HostileText.Full + HostileText.LoneSurrogates).Rewrite(BaseSpec()));

        Assert.DoesNotContain(hostile.Diagnostics, d => d.Severity == Core.Diagnostics.SpecSeverity.Error);
        var all = string.Concat(hostile.Files.Select(f => f.Source));
        Assert.DoesNotContain(all, char.IsSurrogate);
        Assert.Contains("\\ud800 \\udc00 x\\udbff", all);
        Assert.Contains("\uFFFD \uFFFD x\uFFFD", all);

        using var hostileAssembly = LoadedAssembly.From(InMemory.Compile(hostile));
        using var benignAssembly = LoadedAssembly.From(InMemory.Compile(benign));
        Assert.Empty(AssemblyShape.Mentions(hostileAssembly.Assembly, HostileText.Sentinel));
        Assert.Empty(AssemblyShape.Mentions(hostileAssembly.Assembly, HostileText.AttributeSentinel));

        // Lone surrogates have no UTF-8 form, so their JSON names are byte arrays rather than u8 literals: the method
        // bodies differ in size, the declarations must not.
        Assert.Equal(WithoutBodySizes(AssemblyShape.Of(benignAssembly.Assembly)), WithoutBodySizes(AssemblyShape.Of(hostileAssembly.Assembly)));
    }

    // Status codes are spec text too: each documented error becomes an ApiError entry, so a key that is none gets none.
    [Fact]
    public void A_response_key_that_is_no_status_code_never_becomes_code()
    {
        var spec = BaseSpec();
        var responses = (JsonObject)spec["paths"]!["/pets/{petId}"]!["get"]!["responses"]!;
        responses["404"] = JsonNode.Parse("""{ "description": "x", "content": { "application/json": { "schema": { "type": "object", "properties": { "a": { "type": "string" } } } } } }""");
        responses["4\u2028|| true) { } } public static int Injected => 42; //"] = JsonNode.Parse("""{ "description": "x", "content": { "application/json": { "schema": { "type": "object", "properties": { "a": { "type": "string" } } } } } }""");

        var (result, output) = Generate(spec);

        GeneratedCode.AssertCleanAndCompiles(result, output);
        using var assembly = LoadedAssembly.From(output);
        Assert.Empty(AssemblyShape.Mentions(assembly.Assembly, HostileText.Sentinel));
        var statuses = GeneratorHarness.Sources(result)
            .SelectMany(s => System.Text.RegularExpressions.Regex.Matches(s.Text, @"ApiError\.(?:Json<[^(]*>|Text|Untyped)\(""([^""]*)""").Select(m => m.Groups[1].Value))
            .ToList();
        Assert.Contains("404", statuses);
        Assert.All(statuses, status => Assert.Matches(@"^(?:[1-5][0-9][0-9]|[1-5]XX|default)$", status));
    }

    internal static (GeneratorDriverRunResult Result, Compilation Output) Generate(JsonObject spec)
    {
        var (_, result, output) = GeneratorHarness.Run(new[] { new TestFile("/specs/escaping.json", spec.ToJsonString(), Namespace: "Escaping", ClientName: "EscapingClient", Mock: "true") });
        return (result, output);
    }

    /// <summary>
    /// The oracle first, on assemblies emitted the way a consumer without documentation builds them (where a doc comment
    /// cut short by an injected line break is no error); then the generator's own report and the strict compile.
    /// </summary>
    internal static void AssertSameShapeAndClean((GeneratorDriverRunResult Result, Compilation Output) benign, (GeneratorDriverRunResult Result, Compilation Output) hostile)
    {
        using (var benignAssembly = LoadedAssembly.From(benign.Output))
        using (var hostileAssembly = LoadedAssembly.From(hostile.Output))
        {
            Assert.Empty(AssemblyShape.Mentions(hostileAssembly.Assembly, HostileText.Sentinel));
            Assert.Empty(AssemblyShape.Mentions(hostileAssembly.Assembly, HostileText.AttributeSentinel));

            var expected = AssemblyShape.Of(benignAssembly.Assembly);
            var actual = AssemblyShape.Of(hostileAssembly.Assembly);
            Assert.True(expected.Count > 500, $"The benign spec generated only {expected.Count} types and members; the fixture no longer exercises enough.");
            var extra = actual.Except(expected).ToList();
            var missing = expected.Except(actual).ToList();
            Assert.True(extra.Count == 0 && missing.Count == 0, "Hostile spec text changed the generated code's shape.\nOnly with hostile text:\n  " + string.Join("\n  ", extra.Take(20)) + "\nOnly with benign text:\n  " + string.Join("\n  ", missing.Take(20)));
        }

        GeneratedCode.AssertCleanAndCompiles(benign.Result, benign.Output);
        GeneratedCode.AssertCleanAndCompiles(hostile.Result, hostile.Output);
    }

    private static IEnumerable<string> WithoutBodySizes(IEnumerable<string> shape) =>
        shape.Select(line => System.Text.RegularExpressions.Regex.Replace(line, @" il=\d+", string.Empty));
}
