using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SpecForge.Core.Collections;
using SpecForge.Core.Emitting;
using SpecForge.Tests.Shared;

namespace SpecForge.Core.Tests.Validation;

/// <summary>
/// The runtime templates are compiled into Core as C# and rendered into every SDK as Handlebars; these tests hold the
/// two readings together: rendering may only fill in the header, and the rendered files must compile cleanly.
/// </summary>
public sealed class RuntimeTemplateTests
{
    private const string HeaderEnd = "#endif";
    private static readonly CSharpParseOptions CSharp9 = new(LanguageVersion.CSharp9);

    public static TheoryData<string> RuntimeFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in RuntimeFilePaths())
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void The_validation_runtime_is_there()
    {
        var names = RuntimeFilePaths().Select(Path.GetFileName).ToList();

        Assert.Contains("Validation.Violation.hbs", names);
        Assert.Contains("Validation.Rules.hbs", names);
        Assert.Contains("Validation.SchemaValidator.hbs", names);
    }

    [Theory]
    [MemberData(nameof(RuntimeFiles))]
    public void Rendering_fills_in_only_the_header(string fileName)
    {
        var source = SourceLines(fileName);
        var rendered = Render(fileName).Split('\n');
        var sourceHeaderEnd = HeaderEndIndex(source, fileName);
        var renderedHeaderEnd = HeaderEndIndex(rendered, fileName + " (rendered)");

        var header = string.Join("\n", rendered.Take(renderedHeaderEnd));
        Assert.True(
            header.Contains("namespace Acme.Api.Validation", StringComparison.Ordinal) || header.Contains("namespace Acme.Api.Mocking", StringComparison.Ordinal),
            $"{fileName}: the rendered header names no Acme.Api.Validation or Acme.Api.Mocking namespace:\n{header}");
        Assert.Contains("#nullable enable", header, StringComparison.Ordinal);

        var problems = new List<string>();
        for (var index = sourceHeaderEnd; index < source.Length; index++)
        {
            var renderedIndex = index - sourceHeaderEnd + renderedHeaderEnd;
            var renderedLine = renderedIndex < rendered.Length ? rendered[renderedIndex] : "<missing>";
            if (!string.Equals(source[index], renderedLine, StringComparison.Ordinal))
            {
                problems.Add($"{fileName} line {index + 1}: source '{source[index]}' rendered as '{renderedLine}'");
            }
        }

        Assert.True(rendered.Length - renderedHeaderEnd == source.Length - sourceHeaderEnd, $"{fileName}: rendering changed the number of lines after the header.");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Take(20)));
    }

    [Theory]
    [MemberData(nameof(RuntimeFiles))]
    public void Only_the_header_holds_handlebars_expressions(string fileName)
    {
        var source = SourceLines(fileName);
        var problems = new List<string>();
        for (var index = HeaderEndIndex(source, fileName); index < source.Length; index++)
        {
            if (source[index].Contains("{{", StringComparison.Ordinal) || source[index].Contains("}}", StringComparison.Ordinal))
            {
                problems.Add($"{fileName} line {index + 1}: '{source[index].Trim()}' holds '{{{{' or '}}}}', which Handlebars would read");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Rendered_runtime_compiles_without_any_diagnostic_as_csharp_9()
    {
        var files = RuntimeFilePaths().Select(Path.GetFileName).Select(name => name!).ToList();
        var trees = files.Select(name => CSharpSyntaxTree.ParseText(Render(name), CSharp9, path: name)).ToList();
        var compilation = Compilations.Create(CSharp9).AddSyntaxTrees(trees);

        var problems = Compilations.Problems(compilation, CSharp9);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Take(30).Select(Describe)));
    }

    // "Validation.Rules.hbs line 120 (rendered line 125): error CS0103: ..." so the author finds the line in the template.
    private static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var fileName = span.Path;
        if (string.IsNullOrEmpty(fileName))
        {
            return diagnostic.ToString();
        }

        var renderedLine = span.StartLinePosition.Line;
        var offset = HeaderEndIndex(Render(fileName).Split('\n'), fileName) - HeaderEndIndex(SourceLines(fileName), fileName);
        var sourceLine = renderedLine - offset + 1;
        return $"{fileName} line {sourceLine} (rendered line {renderedLine + 1}): {diagnostic.Severity} {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    private static IEnumerable<string> RuntimeFilePaths() =>
        Directory.GetFiles(RepoPaths.InRepo("templates", "csharp", "Runtime"), "*.hbs").OrderBy(f => f, StringComparer.Ordinal);

    private static string[] SourceLines(string fileName) =>
        File.ReadAllText(RepoPaths.InRepo("templates", "csharp", "Runtime", fileName)).Replace("\r\n", "\n").Split('\n');

    private static string Render(string fileName) =>
        TemplateSet.For(EquatableArray<TemplateOverride>.Empty).Render(DefaultTemplates.NameOf(fileName), new { Namespace = "Acme.Api" });

    // The index of the first line after the header's #endif; everything from there on is plain C#.
    private static int HeaderEndIndex(string[] lines, string fileName)
    {
        var index = Array.FindIndex(lines, line => line.TrimEnd() == HeaderEnd);
        Assert.True(index >= 0, $"{fileName}: no '{HeaderEnd}' line closes the runtime header.");
        return index + 1;
    }
}
