using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SpecForge.Core.Emitting;
using SpecForge.Tests.Shared;

namespace SpecForge.FuzzTests.Fuzzing;

/// <summary>Compiles generated files the way a strict consumer would (nullable, warnings as errors, documentation mode).</summary>
internal static class OutputCompiler
{
    private static readonly CSharpParseOptions ParseOptions = Compilations.ParseOptions(LanguageVersion.Latest);

    public static IReadOnlyList<string> Problems(IEnumerable<GeneratedFile> files)
    {
        var compilation = Compilations.Create(ParseOptions, files.Select(f => f.Source).ToArray());
        return Compilations.Problems(compilation, ParseOptions).Select(d => d.ToString()).ToList();
    }
}
