using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SpecForge.Tests.Shared;

/// <summary>Compilations against the running .NET's own assemblies, strict the way the brief demands of generated code.</summary>
internal static class Compilations
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> RuntimeReferences = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal)
                || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll" or "Microsoft.Win32.Primitives.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList());

    /// <summary>The running runtime's own System assemblies, read from disk: no package download, so they work offline.</summary>
    public static IReadOnlyList<MetadataReference> RuntimeAssemblies => RuntimeReferences.Value;

    // What the .NET SDK defines for a net10.0 project, the target these compilations reference: the runtime's sources
    // choose their framework-specific paths with these symbols, as they do in a user's build.
    private static readonly string[] Net10Symbols =
        new[] { "NET", "NETCOREAPP", "NET10_0" }
            .Concat(Enumerable.Range(5, 6).Select(v => "NET" + v + "_0_OR_GREATER"))
            .Concat(new[] { "1_0", "1_1", "2_0", "2_1", "2_2", "3_0", "3_1" }.Select(v => "NETCOREAPP" + v + "_OR_GREATER"))
            .ToArray();

    /// <summary>Parse options of a net10.0 project at <paramref name="languageVersion"/>, framework symbols included.</summary>
    public static CSharpParseOptions ParseOptions(LanguageVersion languageVersion) =>
        new(languageVersion, preprocessorSymbols: Net10Symbols);

    public static CSharpCompilation Create(CSharpParseOptions parseOptions, params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, parseOptions)),
            RuntimeReferences.Value,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error));

    /// <summary>
    /// Every warning and error of <paramref name="compilation"/> with documentation diagnostics on,
    /// as a consumer with nullable, warnings-as-errors and GenerateDocumentationFile would see them.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Problems(Compilation compilation, CSharpParseOptions parseOptions)
    {
        var documented = parseOptions.WithDocumentationMode(DocumentationMode.Diagnose);
        var reparsed = compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(
            compilation.SyntaxTrees.Select(t => CSharpSyntaxTree.ParseText(t.GetText(), documented, t.FilePath)));
        return reparsed.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning || d.IsWarningAsError)
            .ToList();
    }

    /// <summary>
    /// <paramref name="compilation"/> with the .NET SDK's default NoWarn for reference unification (CS1701/CS1702): a
    /// referenced assembly built against System.Text.Json 8, like the SpecForge.Runtime package's net8.0 build, meets
    /// version 10 here without a notice, as in every SDK-style project.
    /// </summary>
    public static Compilation AsTheSdkBuilds(Compilation compilation) =>
        compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
        {
            ["CS1701"] = ReportDiagnostic.Suppress,
            ["CS1702"] = ReportDiagnostic.Suppress,
        }));

    public static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join(Environment.NewLine, diagnostics.Take(20).Select(d => d.ToString()));
}
