using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SpecForge.Generator.Tests.Infrastructure;
using SpecForge.Tests.Shared;
using SpecForge.Tests.SharedGenerator;

namespace SpecForge.Generator.Tests;

/// <summary>
/// <c>&lt;SpecForgeRuntime&gt;Package&lt;/SpecForgeRuntime&gt;</c>: the SDKs call the referenced SpecForge.Runtime assembly
/// (the one src/SpecForge.Runtime compiles and packs) and no runtime source is emitted.
/// </summary>
public sealed class RuntimePackageTests
{
    private const string DatedSpec = """
        openapi: 3.0.3
        info: { title: Dated, version: "1" }
        paths:
          /days:
            get:
              operationId: listDays
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: { $ref: "#/components/schemas/Day" }
        components:
          schemas:
            Day:
              type: object
              properties:
                on: { type: string, format: date }
        """;

    private static readonly Dictionary<string, string> PackageMode = new() { ["build_property.SpecForgeRuntime"] = "Package", ["build_property.RootNamespace"] = "My.App" };

    // The compiled runtime the tests run against is the package's assembly: same project, same build.
    private static readonly MetadataReference CompiledRuntime = MetadataReference.CreateFromFile(typeof(SpecForge.Runtime.ApiException).Assembly.Location);

    private static TestFile Fixture(string name, string ns, string? mock = null) =>
        new("/specs/" + name, File.ReadAllText(FixtureSnapshotTests.FixturePath(name)), Namespace: ns, Mock: mock);

    [Fact]
    public void Two_sdks_call_the_referenced_runtime_and_no_runtime_source_is_emitted()
    {
        // With ASP.NET Core referenced, so the mock's endpoints (Map…Mock) call the packaged engine too.
        var (_, result, output) = GeneratorHarness.Run(
            new[] { Fixture("store-v30.yaml", "Store", mock: "true"), Fixture("store-v31.yaml", "People") },
            globalOptions: PackageMode,
            references: AspNetCoreReferences.Value.Append(CompiledRuntime));

        GeneratedCode.AssertCleanAndCompiles(result, Compilations.AsTheSdkBuilds(output));
        var hints = GeneratorHarness.Sources(result).Select(s => s.HintName).ToList();
        Assert.DoesNotContain(hints, hint => GeneratedCode.IsRuntime(hint) || hint.StartsWith("SpecForge.Runtime.", StringComparison.Ordinal));
        Assert.Contains("StoreV30Client.Client.g.cs", hints);
        Assert.Contains("StoreV30Client.MockServer.Endpoints.g.cs", hints);

        // The exception both SDKs throw is the package's, the only one in the compilation.
        var exception = output.GetTypeByMetadataName("SpecForge.Runtime.ApiException");
        Assert.NotNull(exception);
        Assert.Equal("SpecForge.Runtime", exception!.ContainingAssembly.Name);
        Assert.Null(output.GetTypeByMetadataName("My.App.SpecForge.ApiException"));
        var client = GeneratorHarness.Sources(result).Single(s => s.HintName == "StoreV30Client.Client.g.cs").Text;
        Assert.Contains("global::SpecForge.Runtime.Client.ApiTransport", client, StringComparison.Ordinal);
    }

    [Fact]
    public void The_packaged_runtime_hides_its_plumbing_and_the_emitted_runtime_keeps_it_internal()
    {
        var wire = typeof(SpecForge.Runtime.ApiException).Assembly.GetType("SpecForge.Runtime.Client.Wire")!;
        Assert.True(wire.IsPublic);
        var browsable = wire.GetCustomAttributes(typeof(EditorBrowsableAttribute), false).Cast<EditorBrowsableAttribute>().Single();
        Assert.Equal(EditorBrowsableState.Never, browsable.State);

        var (_, result, output) = GeneratorHarness.Run(
            new[] { Fixture("store-v30.yaml", "Store") },
            globalOptions: new Dictionary<string, string> { ["build_property.RootNamespace"] = "My.App" });

        GeneratedCode.AssertCleanAndCompiles(result, output);
        Assert.Equal(Accessibility.Internal, output.GetTypeByMetadataName("My.App.SpecForge.Client.Wire")!.DeclaredAccessibility);
        Assert.Equal(Accessibility.Internal, output.GetTypeByMetadataName("My.App.SpecForge.Validation.Checks")!.DeclaredAccessibility);
        Assert.Equal(Accessibility.Public, output.GetTypeByMetadataName("My.App.SpecForge.ApiException")!.DeclaredAccessibility);
        Assert.DoesNotContain(GeneratorHarness.Sources(result).Where(s => !s.HintName.Contains(".Surface.", StringComparison.Ordinal)), s => s.Text.Contains("EditorBrowsableState.Never)]\n    public", StringComparison.Ordinal));

        // A public enum's nested converter derives from the runtime's, so that base is a hidden surface type, as public as the SDK.
        var enumConverter = output.GetTypeByMetadataName("My.App.SpecForge.StringEnumConverter`1")!;
        Assert.Equal(Accessibility.Public, enumConverter.DeclaredAccessibility);
        Assert.Contains(enumConverter.GetAttributes(), a => a.AttributeClass?.Name == nameof(EditorBrowsableAttribute));
    }

    [Fact]
    public void Without_the_package_referenced_each_spec_gets_one_error_naming_the_reference_to_add()
    {
        var (_, result, _) = GeneratorHarness.Run(new[] { Fixture("store-v30.yaml", "Store"), Fixture("store-v31.yaml", "People") }, globalOptions: PackageMode);

        Assert.Equal(2, result.Diagnostics.Length);
        Assert.All(result.Diagnostics, error =>
        {
            Assert.Equal("SF5004", error.Id);
            Assert.Equal(DiagnosticSeverity.Error, error.Severity);
            Assert.Contains("<PackageReference Include=\"SpecForge.Runtime\" Version=\"" + GeneratorVersion.ToString(3) + "\" />", error.GetMessage(), StringComparison.Ordinal);
        });
        Assert.Equal(new[] { "/specs/store-v30.yaml", "/specs/store-v31.yaml" }, result.Diagnostics.Select(d => d.Location.GetLineSpan().Path).OrderBy(p => p, StringComparer.Ordinal));
        Assert.Empty(GeneratorHarness.Sources(result));
    }

    [Fact]
    public void A_runtime_of_another_version_is_refused_with_both_versions_named()
    {
        var other = FakeRuntime(new Version(9, 8, 7), withDateOnly: false);

        var (_, result, _) = GeneratorHarness.Run(new[] { Fixture("store-v30.yaml", "Store") }, globalOptions: PackageMode, references: new[] { other });

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("SF5004", error.Id);
        Assert.Contains("SpecForge.Runtime 9.8.7", error.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("generator is " + GeneratorVersion.ToString(3), error.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.Sources(result));
    }

    [Fact]
    public void A_value_other_than_source_or_package_is_an_error()
    {
        var (_, result, _) = GeneratorHarness.Run(
            new[] { Fixture("store-v30.yaml", "Store") },
            globalOptions: new Dictionary<string, string> { ["build_property.SpecForgeRuntime"] = "Nuget" });

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("SF5004", error.Id);
        Assert.Contains("'Nuget'", error.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.Sources(result));
    }

    [Theory]
    [InlineData(true, "global::System.DateOnly")]
    [InlineData(false, "global::System.DateTime")]
    public void Dates_follow_the_build_of_the_package_the_project_references(bool withDateOnly, string expected)
    {
        // A net6.0 or net7.0 project defines NET6_0_OR_GREATER yet gets the package's netstandard2.0 build.
        var runtime = FakeRuntime(GeneratorVersion, withDateOnly);

        var (_, result, _) = GeneratorHarness.Run(new[] { new TestFile("/specs/dated.yaml", DatedSpec, Namespace: "Dated") }, globalOptions: PackageMode, references: new[] { runtime });

        Assert.Empty(result.Diagnostics);
        var day = GeneratorHarness.Sources(result).Single(s => s.HintName.EndsWith(".Models.D.g.cs", StringComparison.Ordinal)).Text;
        Assert.Contains(expected + "? On { get; init; }", day, StringComparison.Ordinal);
    }

    private static Version GeneratorVersion => typeof(SpecForge.Core.SpecPipeline).Assembly.GetName().Version!;

    // An assembly named SpecForge.Runtime with only what the generator looks at: the exception and the codec's date reader.
    private static MetadataReference FakeRuntime(Version version, bool withDateOnly)
    {
        var source = $$"""
            [assembly: System.Reflection.AssemblyVersion("{{version}}")]
            namespace SpecForge.Runtime { public class ApiException : System.Exception { } }
            namespace SpecForge.Runtime.Client { public static class JsonCodec { public static {{(withDateOnly ? "System.DateOnly" : "System.DateTime")}} ReadDate() => default; } }
            """;
        var compilation = CSharpCompilation.Create(
            "SpecForge.Runtime",
            new[] { CSharpSyntaxTree.ParseText(source) },
            Compilations.RuntimeAssemblies,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, Compilations.Describe(emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
