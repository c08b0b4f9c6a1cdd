using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SpecForge.Generator;

namespace SpecForge.IntegrationTests.Infrastructure;

/// <summary>An additional file as the compiler would pass it, read once from disk.</summary>
internal sealed class FileAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public FileAdditionalText(string path)
    {
        Path = path;
        _text = SourceText.From(File.ReadAllText(path));
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>Analyzer-config options backed by a dictionary, with the compiler's case-insensitive keys.</summary>
internal sealed class DictionaryAnalyzerConfigOptions : AnalyzerConfigOptions
{
    public static readonly DictionaryAnalyzerConfigOptions Empty = new(new Dictionary<string, string>());

    private readonly Dictionary<string, string> _values;

    public DictionaryAnalyzerConfigOptions(IDictionary<string, string> values) =>
        _values = new Dictionary<string, string>(values, KeyComparer);

    public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
}

/// <summary>What MSBuild's generated .editorconfig would say: per-file item metadata and no global properties.</summary>
internal sealed class TestAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, AnalyzerConfigOptions> _byPath;

    public TestAnalyzerConfigOptionsProvider(Dictionary<string, AnalyzerConfigOptions> byPath) => _byPath = byPath;

    public override AnalyzerConfigOptions GlobalOptions => DictionaryAnalyzerConfigOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryAnalyzerConfigOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _byPath.TryGetValue(textFile.Path, out var options) ? options : DictionaryAnalyzerConfigOptions.Empty;
}

/// <summary>Runs <see cref="SpecForgeGenerator"/> through <see cref="CSharpGeneratorDriver"/> the way a build does.</summary>
internal static class GeneratorHarness
{
    public static GeneratorRunResult Run(string specPath, string? @namespace, string? clientName, IEnumerable<string> templatePaths)
    {
        var files = new List<AdditionalText>();
        var options = new Dictionary<string, AnalyzerConfigOptions>(StringComparer.Ordinal);

        var spec = new FileAdditionalText(specPath);
        files.Add(spec);
        var specMetadata = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.SpecForgeKind"] = "Spec" };
        if (@namespace is not null)
        {
            specMetadata["build_metadata.AdditionalFiles.Namespace"] = @namespace;
        }

        if (clientName is not null)
        {
            specMetadata["build_metadata.AdditionalFiles.ClientName"] = clientName;
        }

        options[spec.Path] = new DictionaryAnalyzerConfigOptions(specMetadata);
        foreach (var templatePath in templatePaths)
        {
            var template = new FileAdditionalText(templatePath);
            files.Add(template);
            options[template.Path] = new DictionaryAnalyzerConfigOptions(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.SpecForgeKind"] = "Template" });
        }

        // The CLI always emits for a current compiler, so the driver gets the latest language version too.
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText("internal static class Placeholder { }", parseOptions)],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new SpecForgeGenerator().AsSourceGenerator()],
            files.ToImmutableArray(),
            parseOptions,
            new TestAnalyzerConfigOptionsProvider(options));
        driver = driver.RunGenerators(compilation);
        return driver.GetRunResult().Results.Single();
    }
}
