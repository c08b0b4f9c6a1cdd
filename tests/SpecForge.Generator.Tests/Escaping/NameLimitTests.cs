using System;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using SpecForge.Core;
using SpecForge.Core.Collections;
using SpecForge.Core.Emitting;
using SpecForge.Core.Modeling;
using SpecForge.Generator.Tests.Infrastructure;
using SpecForge.Tests.SharedGenerator;

namespace SpecForge.Generator.Tests.Escaping;

/// <summary>
/// Names a spec makes too long for C# metadata (1,024 bytes, CS7013) or for a file name (255 bytes) are shortened with
/// a located warning, and names that would hide a member the generated type already has are never handed out.
/// </summary>
public sealed class NameLimitTests
{
    [Fact]
    public void A_very_long_operation_id_becomes_a_shortened_method_name_with_a_warning_at_the_operation()
    {
        var operationId = "get" + string.Concat(Enumerable.Repeat("VeryLongOperationName", 100));
        var spec = Lines(
            "openapi: 3.0.3",
            "info: { title: Long, version: '1' }",
            "paths:",
            "  /things:",
            "    get:",
            "      operationId: " + operationId,
            "      responses: { '204': { description: ok } }");

        var (result, output) = Run(spec);

        GeneratedCode.AssertCleanAndCompiles(result, output);
        AssertShortenedAt(result, line: 5);
        var client = output.GetTypeByMetadataName("Long.LongClient")!;
        var method = client.GetMembers().OfType<IMethodSymbol>().Single(m => m.Name.StartsWith("GetVeryLong", StringComparison.Ordinal) && m.Name.EndsWith("WithResponseAsync", StringComparison.Ordinal));
        Assert.InRange(Encoding.UTF8.GetByteCount(method.Name), 100, 1024);
    }

    [Fact]
    public void A_long_path_without_an_operation_id_is_shortened_too()
    {
        // JSON, because YAML allows no key over 1,024 characters.
        var path = string.Concat(Enumerable.Repeat("/segment-of-a-long-path", 80));
        var (result, output) = Run(Lines(
            "{ \"openapi\": \"3.0.3\", \"info\": { \"title\": \"Long\", \"version\": \"1\" },",
            "  \"paths\": {",
            "    \"" + path + "\": {",
            "      \"get\": {",
            "        \"responses\": { \"204\": { \"description\": \"ok\" } } } } } }"),
            "/specs/long.json");

        GeneratedCode.AssertCleanAndCompiles(result, output);
        AssertShortenedAt(result, line: 4, "/specs/long.json");
    }

    [Fact]
    public void Arrays_nested_180_deep_compile_with_every_name_within_the_limits()
    {
        var schema = "{ type: object, properties: { leaf: { type: string } } }";
        for (var i = 0; i < 180; i++)
        {
            schema = "{ type: array, items: " + schema + " }";
        }

        var (result, output) = Run(Lines(
            "openapi: 3.0.3",
            "info: { title: Long, version: '1' }",
            "paths: {}",
            "components:",
            "  schemas:",
            "    Foo:",
            "      type: object",
            "      properties:",
            "        deep: " + schema));

        GeneratedCode.AssertCleanAndCompiles(result, output);
        Assert.Contains(result.Diagnostics, d => d.Id == "SF5001");
        AssertNamesFit(result, output);
    }

    [Fact]
    public void A_schema_name_too_long_for_a_type_name_is_shortened_and_every_file_can_be_written()
    {
        var longName = "Pet" + new string('x', 300);
        var otherName = "Pet" + new string('x', 299) + "y";
        var nonAscii = new string('é', 200);
        var spec = Lines(
            "openapi: 3.0.3",
            "info: { title: Long, version: '1' }",
            "paths: {}",
            "components:",
            "  schemas:",
            "    " + longName + ": { type: object, properties: { a: { type: string } } }",
            "    " + otherName + ": { type: object, properties: { a: { type: string } } }",
            "    " + nonAscii + ": { type: string, enum: [a, b] }");

        var (result, output) = Run(spec);

        GeneratedCode.AssertCleanAndCompiles(result, output);
        AssertShortenedAt(result, line: 6);
        AssertShortenedAt(result, line: 7);
        AssertShortenedAt(result, line: 8);
        AssertNamesFit(result, output);
        var pets = GeneratorHarness.Sources(result).Single(s => s.HintName == "LongClient.Models.P.g.cs").Text;
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(pets, @"^    public partial record Pet\w+", System.Text.RegularExpressions.RegexOptions.Multiline).Count);

        // What `specforge generate` does with the same files, which threw PathTooLongException for such names.
        var (parsed, emitted) = SpecPipeline.Run(SpecInput.Create("/specs/long.yaml", spec, "Long", "LongClient", rootNamespace: null), EquatableArray<TemplateOverride>.Empty, EmitOptions.Latest);
        Assert.NotNull(parsed.Model);
        var directory = Path.Combine(Path.GetTempPath(), "specforge-names-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            foreach (var file in emitted!.Files)
            {
                File.WriteAllText(Path.Combine(directory, file.HintName), file.Source);
            }

            Assert.Equal(emitted.Files.Count, Directory.GetFiles(directory).Length);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void A_client_name_too_long_for_file_names_shortens_them_with_one_warning()
    {
        var spec = Lines(
            "openapi: 3.0.3",
            "info: { title: Long, version: '1' }",
            "paths: {}",
            "components:",
            "  schemas:",
            "    Pet: { type: object, properties: { a: { type: string } } }");

        var (_, result, output) = GeneratorHarness.Run(new[] { new TestFile("/specs/long.yaml", spec, Namespace: "Long", ClientName: new string('C', 250)) });

        GeneratedCode.AssertCleanAndCompiles(result, output);
        Assert.Single(result.Diagnostics, d => d.Id == "SF5002");
        var hints = GeneratorHarness.Sources(result).Select(s => s.HintName).ToList();
        Assert.All(hints, h => Assert.True(Encoding.UTF8.GetByteCount(h) <= NameLimits.FileNameBytes, h));
        Assert.All(hints, h => Assert.EndsWith(".g.cs", h));
        Assert.Equal(hints.Count, hints.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Members_never_hide_or_clash_with_what_object_records_enums_unions_and_the_client_declare()
    {
        string[] reserved = { "GetType", "MemberwiseClone", "ReferenceEquals", "Equals", "GetHashCode", "ToString", "Finalize", "EqualityContract", "PrintMembers", "Deconstruct", "Clone", "Validate", "CollectViolations", "JsonConverter" };
        var properties = string.Join(", ", reserved.Select(r => r + ": { type: string }"));
        var enumValues = string.Join(", ", reserved.Concat(new[] { "Known", "KnownValues", "IsKnown", "Value" }));
        var branches = string.Join(", ", reserved.Concat(new[] { "Kind", "Value", "Branch" }).Select(r => "{ type: object, title: " + r + ", properties: { " + r + ": { type: string } } }"));
        var (result, output) = Run(Lines(
            "openapi: 3.0.3",
            "info: { title: Long, version: '1' }",
            "paths:",
            "  /things:",
            "    get:",
            "      tags: [BuildUri]",
            "      operationId: equals",
            "      responses: { '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Thing' } } } } }",
            "  /others:",
            "    get:",
            "      tags: [ToElement]",
            "      operationId: toString",
            "      responses: { '204': { description: ok } }",
            "  /options:",
            "    get:",
            "      tags: [Options]",
            "      operationId: getHashCode",
            "      security: [{ JsonSerializerOptions: [] }]",
            "      responses: { '204': { description: ok } }",
            "components:",
            "  securitySchemes:",
            "    JsonSerializerOptions: { type: http, scheme: bearer }",
            "  schemas:",
            "    Thing: { type: object, properties: { " + properties + " } }",
            "    Word: { type: string, enum: [" + enumValues + "] }",
            "    Either: { oneOf: [" + branches + "] }"));

        GeneratedCode.AssertCleanAndCompiles(result, output);
        var thing = output.GetTypeByMetadataName("Long.Thing")!;
        Assert.All(reserved, r => Assert.Contains(thing.GetMembers().OfType<IPropertySymbol>(), p => p.Name == r + "2"));
    }

    [Fact]
    public void Tags_named_like_the_clients_transport_or_its_shared_arrays_become_groups_that_compile()
    {
        var operations = new[] { "Transport", "Shared", "Requirement1", "Errors1", "NoCredentials" }.SelectMany((tag, i) => new[]
        {
            "  /things" + i + ":",
            "    get:",
            "      tags: [" + tag + "]",
            "      operationId: get" + i,
            "      responses:",
            "        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Thing' } } } }",
            "        '404': { description: missing, content: { application/json: { schema: { $ref: '#/components/schemas/Thing' } } } }",
        });
        var (result, output) = Run(Lines(new[]
        {
            "openapi: 3.0.3",
            "info: { title: Long, version: '1' }",
            "security: [{ key: [] }]",
            "paths:",
        }.Concat(operations).Concat(new[]
        {
            "components:",
            "  securitySchemes:",
            "    key: { type: apiKey, in: header, name: X-Key }",
            "  schemas:",
            "    Thing: { type: object, properties: { id: { type: string } } }",
        }).ToArray()));

        GeneratedCode.AssertCleanAndCompiles(result, output);
        var groups = output.GetTypeByMetadataName("Long.LongClient")!.GetMembers().OfType<IPropertySymbol>().Where(p => p.Type.Name.EndsWith("Client", StringComparison.Ordinal));
        Assert.Equal(new[] { "Errors1", "NoCredentials", "Requirement1", "Shared2", "Transport2" }, groups.Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("first")]
    [InlineData("last")]
    public void A_tag_named_like_a_client_operations_request_builder_compiles_whichever_comes_first(string tagged)
    {
        // Operation "pull" on the client has a private PullRequest(...) builder; a tag "pullRequest" is a PullRequest property.
        string[] Operation(string path, string id, string? tag) => new[]
        {
            "  " + path + ":",
            "    get:",
            tag is null ? "      summary: untagged" : "      tags: [" + tag + "]",
            "      operationId: " + id,
            "      responses: { '200': { description: ok } }",
        };
        var groupOperation = Operation("/group", "listThings", "pullRequest");
        var clientOperation = Operation("/pull", "pull", null);
        var (result, output) = Run(Lines(new[] { "openapi: 3.0.3", "info: { title: Long, version: '1' }", "paths:" }
            .Concat(tagged == "first" ? groupOperation.Concat(clientOperation) : clientOperation.Concat(groupOperation)).ToArray()));

        GeneratedCode.AssertCleanAndCompiles(result, output);
        var client = output.GetTypeByMetadataName("Long.LongClient")!;
        var groupProperty = client.GetMembers().OfType<IPropertySymbol>().Single(p => p.Type.Name.EndsWith("Client", StringComparison.Ordinal)).Name;
        var publicMethods = client.GetMembers().OfType<IMethodSymbol>().Where(m => m.DeclaredAccessibility == Accessibility.Public && m.Name.EndsWith("Async", StringComparison.Ordinal)).Select(m => m.Name);
        Assert.Equal(tagged == "first" ? ("PullRequest", "Pull2Async") : ("PullRequest2", "PullAsync"), (groupProperty, publicMethods.Single(n => !n.Contains("WithResponse", StringComparison.Ordinal))));
    }

    private static (GeneratorDriverRunResult Result, Compilation Output) Run(string spec, string path = "/specs/long.yaml")
    {
        var (_, result, output) = GeneratorHarness.Run(new[] { new TestFile(path, spec, Namespace: "Long", ClientName: "LongClient") });
        return (result, output);
    }

    private static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    private static void AssertShortenedAt(GeneratorDriverRunResult result, int line, string path = "/specs/long.yaml")
    {
        var shortened = result.Diagnostics.Where(d => d.Id == "SF5001").ToList();
        Assert.Contains(shortened, d => d.DefaultSeverity == DiagnosticSeverity.Warning && d.Location.GetLineSpan().StartLinePosition.Line + 1 == line
            && d.Location.GetLineSpan().Path == path);
    }

    // Identifiers within metadata's limit, file names within the file system's.
    private static void AssertNamesFit(GeneratorDriverRunResult result, Compilation output)
    {
        Assert.All(GeneratorHarness.Sources(result), s => Assert.True(Encoding.UTF8.GetByteCount(s.HintName) <= 255, s.HintName));
        foreach (var type in output.GetSymbolsWithName(_ => true, SymbolFilter.TypeAndMember))
        {
            Assert.True(Encoding.UTF8.GetByteCount(type.Name) <= 1024, type.Name.Length > 80 ? type.Name.Substring(0, 80) : type.Name);
        }
    }
}
