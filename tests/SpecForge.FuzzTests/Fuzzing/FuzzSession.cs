using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace SpecForge.FuzzTests.Fuzzing;

/// <summary>Settings of one fuzz run.</summary>
internal sealed record FuzzSettings(int Count, int Seed, int CompileEvery, TimeSpan TimeBudget, long MemoryBudgetBytes, string? FailuresFolder = null, bool KeepGoing = false);

/// <summary>A run of many cases: each made, run and judged in turn, with the totals a README table needs.</summary>
internal sealed class FuzzSession
{
    private readonly FuzzSettings _settings;
    private readonly List<FuzzOutcome> _outcomes = new();

    public FuzzSession(FuzzSettings settings) => _settings = settings;

    public IReadOnlyList<FuzzOutcome> Outcomes => _outcomes;

    public IEnumerable<FuzzOutcome> Failures => _outcomes.Where(o => o.Verdict != FuzzVerdict.Passed);

    public bool IncludedCorpus { get; private set; }

    public void Run(TextWriter? progress = null)
    {
        var corpus = SeedCorpus.Load();
        IncludedCorpus = corpus.IncludesCorpus;
        var factory = new FuzzCaseFactory(corpus, _settings.Seed);
        var runner = new FuzzRunner(_settings.TimeBudget, _settings.MemoryBudgetBytes);
        var generated = 0;
        for (var index = 0; index < _settings.Count; index++)
        {
            var input = factory.Create(index);

            // Every K-th case that generated code is compiled, so the sample does not depend on how many cases did.
            var outcome = runner.Run(input, () => _settings.CompileEvery > 0 && generated++ % _settings.CompileEvery == 0);
            if (outcome.Verdict != FuzzVerdict.Passed)
            {
                progress?.WriteLine(outcome.ToString());
                Keep(outcome);
            }

            // Kept for the figures only: with every mutant's text, a 10,000-case run outgrew the 6 GiB heap limit.
            _outcomes.Add(outcome with { Input = outcome.Input.WithoutTexts() });

            if (progress is not null && (index + 1) % 100 == 0)
            {
                progress.WriteLine($"{index + 1} cases, {Failures.Count()} failures");
            }

            if (runner.Poisoned && !_settings.KeepGoing)
            {
                progress?.WriteLine("A case is still running past its budget; stopping here.");
                break;
            }
        }
    }

    /// <summary>The figures: counts by verdict and target, time and peak memory percentiles, the compile rate.</summary>
    public string Summary()
    {
        var text = new StringBuilder();
        var ran = _outcomes.Count;
        text.AppendLine(Invariant($"{ran} cases (seed {_settings.Seed}{(IncludedCorpus ? ", corpus included" : ", corpus absent")}), {Failures.Count()} failures"));
        foreach (var group in _outcomes.GroupBy(o => o.Verdict).OrderBy(g => g.Key))
        {
            text.AppendLine(Invariant($"  {group.Key,-20} {group.Count(),6}"));
        }

        foreach (var group in _outcomes.GroupBy(o => o.Input.Target).OrderBy(g => g.Key))
        {
            text.AppendLine(Invariant($"  {group.Key,-20} {group.Count(),6} cases, exit 0: {group.Count(o => o.ExitCode == 0)}, exit 1/2: {group.Count(o => o.ExitCode > 0)}"));
        }

        var times = _outcomes.Select(o => o.Elapsed.TotalMilliseconds).OrderBy(t => t).ToList();
        var memory = _outcomes.Select(o => o.PeakBytes / (1024.0 * 1024.0)).OrderBy(m => m).ToList();
        if (ran > 0)
        {
            text.AppendLine(Invariant($"  time per case: median {Percentile(times, 0.5):0} ms, p99 {Percentile(times, 0.99):0} ms, max {times[^1]:0} ms"));
            text.AppendLine(Invariant($"  heap growth per case: median {Percentile(memory, 0.5):0.0} MiB, p99 {Percentile(memory, 0.99):0.0} MiB, max {memory[^1]:0.0} MiB"));
        }

        var compiled = _outcomes.Where(o => o.Compiled || o.Verdict == FuzzVerdict.CompileFailed).ToList();
        if (compiled.Count > 0)
        {
            text.AppendLine(Invariant($"  compiled: {compiled.Count(o => o.Compiled)} of {compiled.Count} sampled outputs ({100.0 * compiled.Count(o => o.Compiled) / compiled.Count:0.0}%)"));
        }

        return text.ToString();
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    // A failing input is written out so it can become a regression fixture.
    private void Keep(FuzzOutcome outcome)
    {
        if (_settings.FailuresFolder is null)
        {
            return;
        }

        Directory.CreateDirectory(_settings.FailuresFolder);
        var name = outcome.Input.Id.Replace(':', '-') + "-" + outcome.Verdict + Path.GetExtension(outcome.Input.Path);
        // A lone surrogate cannot be stored as UTF-8; it is written as U+FFFD.
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
        File.WriteAllText(Path.Combine(_settings.FailuresFolder, name), outcome.Input.Text, utf8);
        File.WriteAllText(Path.Combine(_settings.FailuresFolder, name + ".why.txt"), outcome + Environment.NewLine, utf8);
    }
}
