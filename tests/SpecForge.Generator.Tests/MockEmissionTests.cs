using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SpecForge.Generator.Tests.Infrastructure;
using SpecForge.Tests.Shared;
using SpecForge.Tests.SharedGenerator;

namespace SpecForge.Generator.Tests;

/// <summary>
/// The mock server is emitted when the project is a web project or asks for it (<c>Mock="true"</c>), never when it
/// says <c>Mock="false"</c>; <c>Map&lt;Base&gt;Mock</c> only where ASP.NET Core is referenced, so every project compiles.
/// </summary>
public sealed class MockEmissionTests
{

    private static TestFile Store(string? mock = null) =>
        new("/specs/store-v30.yaml", File.ReadAllText(FixtureSnapshotTests.FixturePath("store-v30.yaml")), Namespace: "Store", ClientName: "StoreClient", Mock: mock);

    [Fact]
    public void Without_asp_net_core_or_metadata_no_mock_is_emitted()
    {
        var (result, _) = Run(new[] { Store() }, withAspNetCore: false);

        var names = HintNames(result);
        Assert.Contains("StoreClient.Client.g.cs", names);
        Assert.DoesNotContain(names, IsMockFile);
    }

    [Fact]
    public void Mock_true_without_asp_net_core_emits_the_bcl_only_mock_and_no_endpoints()
    {
        var (result, output) = Run(new[] { Store("true") }, withAspNetCore: false);

        var names = HintNames(result);
        Assert.Contains("StoreClient.MockServer.g.cs", names);
        Assert.Contains("StoreClient.MockServer.Handler.g.cs", names);
        Assert.Contains(names, name => name.StartsWith("Store.SpecForge.Mocking.", StringComparison.Ordinal));
        Assert.Contains(names, name => name.StartsWith("Store.SpecForge.Validation.SchemaValidator", StringComparison.Ordinal));
        Assert.DoesNotContain("StoreClient.MockServer.Endpoints.g.cs", names);
        Assert.NotNull(output.GetTypeByMetadataName("Store.StoreMock"));
        Assert.Equal("HttpMessageHandler", output.GetTypeByMetadataName("Store.StoreMockHandler")!.BaseType!.Name);
        GeneratedCode.AssertCleanAndCompiles(result, output);
    }

    [Fact]
    public void With_asp_net_core_the_mock_and_its_endpoints_are_emitted_and_compile()
    {
        var (result, output) = Run(new[] { Store() }, withAspNetCore: true);

        Assert.Contains("StoreClient.MockServer.Endpoints.g.cs", HintNames(result));
        var map = output.GetTypeByMetadataName("Store.StoreMockEndpoints")!.GetMembers("MapStoreMock").OfType<IMethodSymbol>().Single();
        Assert.True(map.IsExtensionMethod);
        Assert.Equal("Microsoft.AspNetCore.Routing.IEndpointRouteBuilder", map.Parameters[0].Type.ToDisplayString());
        GeneratedCode.AssertCleanAndCompiles(result, output);
    }

    [Fact]
    public void Mock_false_wins_over_an_asp_net_core_reference()
    {
        var (result, output) = Run(new[] { Store("false") }, withAspNetCore: true);

        Assert.DoesNotContain(HintNames(result), IsMockFile);
        GeneratedCode.AssertCleanAndCompiles(result, output);
    }

    [Fact]
    public void The_embedded_spec_is_the_document_as_openapi_31_json()
    {
        var (result, _) = Run(new[] { Store("true") }, withAspNetCore: false);

        // store-v30.yaml is OpenAPI 3.0 YAML; the mock runs on the 3.1 JSON of the same document.
        var server = GeneratorHarness.Sources(result).Single(s => s.HintName == "StoreClient.MockServer.g.cs").Text;
        Assert.Contains("SpecJson => \"{\\\"openapi\\\":\\\"3.1.", server, StringComparison.Ordinal);
        Assert.Contains("\"u8;", server, StringComparison.Ordinal);
    }

    [Fact]
    public void Before_csharp_11_the_spec_is_a_byte_array_and_still_compiles()
    {
        var parseOptions = Compilations.ParseOptions(LanguageVersion.CSharp10);
        var (result, output) = Run(new[] { Store("true") }, withAspNetCore: true, parseOptions);

        var server = GeneratorHarness.Sources(result).Single(s => s.HintName == "StoreClient.MockServer.g.cs").Text;
        Assert.Contains("private static readonly byte[] SpecBytes = new byte[]", server, StringComparison.Ordinal);
        Assert.DoesNotContain("\"u8", server, StringComparison.Ordinal);
        GeneratedCode.AssertCleanAndCompiles(result, output, parseOptions);
    }

    [Theory]
    [InlineData("trustpager", "trustpager.openapi.json", "TrustPager")]
    [InlineData("mindhunters", "mindhunters.openapi.json", "Mindhunters")]
    public void The_seed_apis_mocks_compile_with_zero_warnings(string folder, string file, string name)
    {
        var path = RepoPaths.InRepo("specs", folder, file);
        var (result, output) = Run(new[] { new TestFile(path, File.ReadAllText(path), Namespace: name, ClientName: name + "Client") }, withAspNetCore: true);

        Assert.NotNull(output.GetTypeByMetadataName($"{name}.{name}MockEndpoints"));
        Assert.NotNull(output.GetTypeByMetadataName($"{name}.{name}MockHandler"));
        GeneratedCode.AssertCleanAndCompiles(result, output);
    }

    [Fact]
    public void A_schema_named_like_a_mock_type_is_renamed_instead_of_clashing()
    {
        const string spec = """
            openapi: 3.0.3
            info: { title: Clash, version: "1" }
            paths:
              /things:
                get:
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema: { $ref: "#/components/schemas/ClashMock" }
            components:
              schemas:
                ClashMock:
                  type: object
                  properties:
                    mocking: { type: string }
            """;
        var (result, output) = Run(new[] { new TestFile("/specs/clash.yaml", spec, Namespace: "Clash", ClientName: "ClashClient") }, withAspNetCore: true);

        GeneratedCode.AssertCleanAndCompiles(result, output);
        Assert.NotNull(output.GetTypeByMetadataName("Clash.ClashMock2"));
    }

    private static bool IsMockFile(string hintName) =>
        hintName.Contains(".MockServer", StringComparison.Ordinal) || hintName.Contains(".SpecForge.Mocking.", StringComparison.Ordinal);

    private static List<string> HintNames(GeneratorDriverRunResult result) =>
        GeneratorHarness.Sources(result).Select(s => s.HintName).ToList();

    private static (GeneratorDriverRunResult Result, Compilation Output) Run(IEnumerable<TestFile> files, bool withAspNetCore, CSharpParseOptions? parseOptions = null)
    {
        var (_, result, output) = GeneratorHarness.Run(files, parseOptions, references: withAspNetCore ? AspNetCoreReferences.Value : null);
        return (result, output);
    }
}
