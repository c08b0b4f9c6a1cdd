using System;
using System.Linq;
using SpecForge.FuzzTests.Fuzzing;
using Xunit.Abstractions;

// Cases are timed and their memory measured one at a time; another test running beside them would blur both.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace SpecForge.FuzzTests;

/// <summary>
/// The fixed-seed fuzz run CI does on every push: mutants of the repository's fixtures and seed docs (and of
/// ../shared/corpus when present) through generate, normalize and diff, each within 10 s and 1 GiB, with no internal
/// error, no exception, every failure explained by a located error, and a sample of the generated code compiled.
/// <c>build/fuzz.sh --count N --seed S</c> runs any number of cases.
/// </summary>
public sealed class FuzzingTests
{
    // Fixed so a failure here is one anybody can rerun: build/fuzz.sh --count 1000 --seed 20261206 --compile-every 10.
    private const int Seed = 20261206;
    private const int Cases = 1000;
    private const int CompileEvery = 10;

    private readonly ITestOutputHelper _output;

    public FuzzingTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void A_thousand_mutated_specs_and_docs_pass_every_check()
    {
        var session = new FuzzSession(new FuzzSettings(Cases, Seed, CompileEvery, TimeSpan.FromSeconds(10), MemoryBudgetBytes: 1L << 30));

        session.Run();

        _output.WriteLine(session.Summary());
        Assert.Equal(Cases, session.Outcomes.Count);
        Assert.True(!session.Failures.Any(), "Fuzz failures (rerun one with build/fuzz.sh):\n" + string.Join("\n", session.Failures.Take(20)));
        Assert.True(session.Outcomes.Count(o => o.Compiled) >= 20, "Too few outputs were compiled to judge the generated code.");
        Assert.Contains(session.Outcomes, o => o.ExitCode > 0);
        Assert.Contains(session.Outcomes, o => o.ExitCode == 0);
    }
}
