using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SpecForge.Tests.Shared;
using SpecForge.Tests.SharedGenerator;

namespace SpecForge.Generator.Tests.Infrastructure;

/// <summary>Assertions every generator run in these tests shares.</summary>
internal static class GeneratedCode
{
    /// <summary>The generator reported no errors, did not crash, and its output compiles with zero warnings.</summary>
    public static void AssertCleanAndCompiles(GeneratorDriverRunResult result, Compilation output, CSharpParseOptions? parseOptions = null)
    {
        // The test compilation treats warnings as errors, as strict consumers do; SpecForge's own warnings are allowed here.
        var generatorErrors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && !d.IsWarningAsError).ToList();
        Assert.True(generatorErrors.Count == 0, "Generator errors:\n" + Compilations.Describe(generatorErrors));
        Assert.All(result.Results, r => Assert.Null(r.Exception));

        var problems = Compilations.Problems(output, parseOptions ?? GeneratorHarness.LatestParseOptions);
        Assert.True(problems.Count == 0, "Generated code does not compile cleanly:\n" + Compilations.Describe(problems));
    }

    /// <summary>Whether a generated file is the shared runtime's (<c>&lt;Namespace&gt;.SpecForge.&lt;Part&gt;.&lt;File&gt;.g.cs</c>) rather than an SDK's.</summary>
    public static bool IsRuntime(string hintName) =>
        RuntimeFolders.Any(folder => hintName.Contains(".SpecForge." + folder + ".", System.StringComparison.Ordinal));

    // The folders of src/SpecForge.Runtime, whose files the generator emits under <namespace>.SpecForge.<folder>.
    private static readonly string[] RuntimeFolders = { "Surface", "Client", "Validation", "Mocking" };
}
