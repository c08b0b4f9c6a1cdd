using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SpecForge.Tests.Shared;
using SpecForge.Tests.SharedGenerator;

namespace SpecForge.Generator.Tests.Infrastructure;

/// <summary>
/// One generator driver kept across runs, as an IDE keeps it while the user types: each edit replaces an input by
/// instance and runs again, and the run's tracked steps tell what the edit made the pipeline do.
/// </summary>
internal sealed class IncrementalSession
{
    private static readonly Compilation Placeholder =
        Compilations.Create(GeneratorHarness.LatestParseOptions, "namespace Consumer { internal static class Placeholder { } }");

    private readonly Dictionary<string, AdditionalText> _texts;
    private GeneratorDriver _driver;
    private Compilation _compilation;

    private IncrementalSession(GeneratorDriver driver, IReadOnlyDictionary<string, AdditionalText> texts, Compilation compilation)
    {
        _driver = driver;
        _texts = texts.ToDictionary(pair => pair.Key, pair => pair.Value);
        _compilation = compilation;
    }

    /// <summary>The result of the latest run.</summary>
    public GeneratorRunResult Last => _driver.GetRunResult().Results.Single();

    /// <summary>Runs the generator once over <paramref name="files"/>, in <paramref name="compilation"/> or a plain one.</summary>
    public static IncrementalSession Start(TestFile[] files, Compilation? compilation = null)
    {
        var driver = GeneratorHarness.CreateDriver(files, out var texts);
        var session = new IncrementalSession(driver, texts, compilation ?? Placeholder);
        session.Run();
        Assert.NotEmpty(session.Last.GeneratedSources);
        return session;
    }

    /// <summary>Adds a C# file that no SpecForge input depends on.</summary>
    public GeneratorRunResult EditCode()
    {
        _compilation = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "namespace Consumer { internal static class Unrelated" + _compilation.SyntaxTrees.Count() + " { } }", GeneratorHarness.LatestParseOptions));
        return Run();
    }

    /// <summary>Replaces the text of the additional file at <paramref name="path"/> with <paramref name="edit"/> of it.</summary>
    public GeneratorRunResult EditFile(string path, Func<string, string> edit)
    {
        var old = _texts[path];
        var edited = edit(old.GetText()!.ToString());
        Assert.NotEqual(old.GetText()!.ToString(), edited);
        var replacement = new InMemoryAdditionalText(path, edited);
        _driver = _driver.ReplaceAdditionalText(old, replacement);
        _texts[path] = replacement;
        return Run();
    }

    private GeneratorRunResult Run()
    {
        _driver = _driver.RunGenerators(_compilation);
        var result = Last;
        Assert.Null(result.Exception);
        return result;
    }
}
