using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using SpecForge.Tests.Shared;
using SpecForge.Tests.SharedGenerator;

namespace SpecForge.Generator.Tests.Infrastructure;

/// <summary>
/// SpecForgeGenerator under Microsoft.CodeAnalysis.Testing, fed the way MSBuild feeds the compiler: each file an
/// AdditionalFile, its item metadata in a global analyzer config. The expected diagnostics are the whole list, each
/// with its id, severity, file and span, so an extra or a moved diagnostic fails the test. A generator that throws
/// shows up as Roslyn's CS8785 among the generator's diagnostics, which are compared whatever
/// <see cref="AnalyzerTest{TVerifier}.CompilerDiagnostics"/> says, so no test here passes over a crash.
/// </summary>
internal sealed class SpecForgeGeneratorTest : CSharpSourceGeneratorTest<SpecForgeGenerator, DefaultVerifier>
{
    private SpecForgeGeneratorTest(IReadOnlyCollection<TestFile> files, bool generatedCodeMustCompileCleanly)
    {
        // ReferenceAssemblies.Net.Net80 fetches Microsoft.NETCore.App.Ref 8.0.0 from a NuGet feed while the test runs
        // (the package cache holds only the SDK's own patch), so the test would need the network. A reference set with
        // no package resolves nothing and asks no feed; the running runtime's own assemblies, those every other
        // generator test compiles against, stand in for it.
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.AdditionalReferences.AddRange(Compilations.RuntimeAssemblies);

        // The framework needs one C# source; a consumer's project always has some.
        TestState.Sources.Add(("/Consumer/Placeholder.cs", "namespace Consumer { internal static class Placeholder { } }"));
        foreach (var file in files)
        {
            TestState.AdditionalFiles.Add((file.Path, file.Text));
        }

        TestState.AnalyzerConfigFiles.Add(("/.globalconfig", GlobalConfig(files)));

        // The generated files are many and have snapshot tests of their own; these tests are about diagnostics.
        TestBehaviors = TestBehaviors.SkipGeneratedSourcesCheck;

        // When the test is also about the generated code, every compiler warning counts, as in a strict consumer build.
        CompilerDiagnostics = generatedCodeMustCompileCleanly ? CompilerDiagnostics.Warnings : CompilerDiagnostics.None;
    }

    /// <summary>The consumer compilation with the generated files in it, once <see cref="RunAsync"/> has run.</summary>
    public Compilation? Output { get; private set; }

    /// <summary>The hint names of the generated files, once <see cref="RunAsync"/> has run.</summary>
    public IReadOnlyList<string> GeneratedHintNames =>
        (Output ?? throw new System.InvalidOperationException("Run the test first.")).SyntaxTrees
            .Select(tree => tree.FilePath)
            .Where(path => !path.StartsWith("/Consumer/", System.StringComparison.Ordinal))
            .Select(path => Path.GetFileName(path))
            .ToList();

    /// <summary>Runs the generator over <paramref name="files"/> and verifies it reports exactly <paramref name="expected"/>.</summary>
    public static Task<SpecForgeGeneratorTest> VerifyAsync(TestFile[] files, params DiagnosticResult[] expected) =>
        VerifyAsync(files, generatedCodeMustCompileCleanly: false, expected);

    /// <summary>As <see cref="VerifyAsync(TestFile[], DiagnosticResult[])"/>, and the generated code compiles with no warning.</summary>
    public static Task<SpecForgeGeneratorTest> VerifyCompilingCleanlyAsync(TestFile[] files, params DiagnosticResult[] expected) =>
        VerifyAsync(files, generatedCodeMustCompileCleanly: true, expected);

    private static async Task<SpecForgeGeneratorTest> VerifyAsync(TestFile[] files, bool generatedCodeMustCompileCleanly, DiagnosticResult[] expected)
    {
        var test = new SpecForgeGeneratorTest(files, generatedCodeMustCompileCleanly);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
        return test;
    }

    // The same language and framework symbols as GeneratorHarness, with documentation diagnostics on as in
    // Compilations.Problems, so "compiles cleanly" means here what it means in the other generator tests.
    protected override ParseOptions CreateParseOptions() =>
        GeneratorHarness.LatestParseOptions.WithDocumentationMode(DocumentationMode.Diagnose);

    protected override CompilationOptions CreateCompilationOptions() =>
        ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);

    protected override async Task<(Compilation compilation, ImmutableArray<Diagnostic> generatorDiagnostics)> GetProjectCompilationAsync(
        Project project, IVerifier verifier, CancellationToken cancellationToken)
    {
        var result = await base.GetProjectCompilationAsync(project, verifier, cancellationToken);
        Output = result.compilation;
        return result;
    }

    // Section names of a global config are absolute paths, which the test files' paths already are.
    private static string GlobalConfig(IEnumerable<TestFile> files)
    {
        var config = new StringBuilder("is_global = true\n");
        foreach (var file in files)
        {
            config.Append('[').Append(file.Path).Append("]\n");
            foreach (var (key, value) in GeneratorHarness.Metadata(file))
            {
                config.Append(key).Append(" = ").Append(value).Append('\n');
            }
        }

        return config.ToString();
    }
}
