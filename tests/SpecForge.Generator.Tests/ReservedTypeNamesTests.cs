using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SpecForge.Core.Emitting;
using SpecForge.Generator.Tests.Infrastructure;
using SpecForge.Tests.Shared;
using SpecForge.Tests.SharedGenerator;

namespace SpecForge.Generator.Tests;

/// <summary>
/// The names the artifacts declare come from one list (<see cref="ArtifactTypeNames"/>) that Modeling reserves, so a
/// schema is never named like a generated type, whatever it is called.
/// </summary>
public sealed class ReservedTypeNamesTests
{
    [Fact]
    public void Every_type_the_default_templates_declare_is_reserved_or_one_of_the_models_own()
    {
        var spec = new TestFile("/specs/store-v30.yaml", File.ReadAllText(FixtureSnapshotTests.FixturePath("store-v30.yaml")), Namespace: "Store", ClientName: "StoreClient", Mock: "true");
        var (result, output) = RunWithAspNetCore(spec);
        GeneratedCode.AssertCleanAndCompiles(result, output);
        var sdk = GeneratorHarness.Sources(result).Where(s => !GeneratedCode.IsRuntime(s.HintName)).ToList();

        // Both the DI extension and the mock's endpoints are emitted, so every artifact's declarations are seen.
        Assert.Contains(sdk, s => s.HintName == "StoreClient.DependencyInjection.g.cs");
        Assert.Contains(sdk, s => s.HintName == "StoreClient.MockServer.Endpoints.g.cs");
        var reserved = ArtifactTypeNames.For("StoreClient");
        foreach (var (hintName, text) in sdk.Where(s => !IsModelTypeFile(s.HintName)))
        {
            foreach (var declared in TopLevelTypes(text))
            {
                Assert.True(reserved.Contains(declared), $"{hintName} declares '{declared}', which ArtifactTypeNames does not reserve.");
            }
        }

        // A union's Branch enum is kept from the union's own name by the members Modeling gives it (UnionDeclares), not
        // from every schema's: a record named Branch beside a union is fine (the next test builds one).
        foreach (var nested in sdk.Where(s => IsModelTypeFile(s.HintName)).SelectMany(s => NestedTypes(s.Text)).Distinct().Where(n => n != "Branch"))
        {
            Assert.Contains(nested, reserved);
        }
    }

    [Fact]
    public void A_union_named_like_its_own_branch_enum_and_a_record_named_branch_beside_unions_compile()
    {
        var text = """
            openapi: 3.0.0
            info: { title: T, version: "1" }
            paths:
              /things:
                get:
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              branch: { $ref: '#/components/schemas/Branch' }
                              either: { oneOf: [ { type: string }, { type: integer } ] }
                              tree: { $ref: '#/components/schemas/Tree' }
            components:
              schemas:
                Branch: { oneOf: [ { type: string }, { type: integer, format: int64 } ] }
                Tree: { type: object, properties: { name: { type: string } } }
            """;

        var (_, result, output) = GeneratorHarness.Run(new[] { new TestFile("/specs/t.yaml", text, Namespace: "T", ClientName: "TClient") });

        GeneratedCode.AssertCleanAndCompiles(result, output);
        // The union schema named Branch is renamed: no top-level class (what a union is) takes the name.
        Assert.Null(output.GetTypeByMetadataName("T.Branch"));
    }

    [Fact]
    public void Schemas_named_like_every_generated_type_are_renamed_and_the_sdk_compiles()
    {
        var names = ArtifactTypeNames.For("ApiClient").Append("ApiClientHttp").Append("SpecForge").ToList();
        var schemas = string.Join("\n", names.Select(n => $"    {n}: {{ type: object, properties: {{ id: {{ type: string }} }} }}"));
        var text = $$"""
            openapi: 3.0.0
            info: { title: T, version: "1" }
            paths:
              /things:
                get:
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema: { type: array, items: { $ref: "#/components/schemas/ApiClientOptions" } }
            components:
              schemas:
            {{schemas}}
            """;

        var (result, output) = RunWithAspNetCore(new TestFile("/specs/api.yaml", text, Mock: "true"));

        GeneratedCode.AssertCleanAndCompiles(result, output);
        var dtos = GeneratorHarness.Sources(result).Where(s => s.HintName.StartsWith("ApiClient.Models.", StringComparison.Ordinal)).SelectMany(s => TopLevelTypes(s.Text)).ToList();
        Assert.Equal(names.Count, dtos.Count);
        Assert.DoesNotContain(dtos, t => ArtifactTypeNames.For("ApiClient").Contains(t) || t == "SpecForge");
    }

    private static bool IsModelTypeFile(string hintName) =>
        new[] { ".Models.", ".Group." }.Any(part => hintName.Contains(part, StringComparison.Ordinal));

    private static string[] TopLevelTypes(string source) =>
        CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>()
            .Where(t => t.Parent is BaseNamespaceDeclarationSyntax or CompilationUnitSyntax)
            .Select(t => t.Identifier.ValueText)
            .ToArray();

    private static string[] NestedTypes(string source) =>
        CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>()
            .Where(t => t.Parent is BaseTypeDeclarationSyntax)
            .Select(t => t.Identifier.ValueText)
            .ToArray();

    private static (GeneratorDriverRunResult Result, Compilation Output) RunWithAspNetCore(TestFile spec)
    {
        var (_, result, output) = GeneratorHarness.Run(new[] { spec }, references: AspNetCoreReferences.Value);
        return (result, output);
    }
}
