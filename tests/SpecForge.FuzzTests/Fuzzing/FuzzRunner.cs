using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using SpecForge.Core;
using SpecForge.Core.Collections;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Diffing;
using SpecForge.Core.Documentation;
using SpecForge.Core.Emitting;

namespace SpecForge.FuzzTests.Fuzzing;

/// <summary>
/// Runs one fuzz input through its command's engine, in process, with a time and a memory budget, and judges the
/// result the way a user would: no internal error, no exception, an exit code explained by a located error in the
/// right file, messages that cannot forge a line, output without raw line terminators, and (when asked) code that
/// compiles.
/// </summary>
internal sealed class FuzzRunner
{
    // The compiler runs generators on thread-pool threads; a case gets no more stack than they have.
    private const int StackBytes = 1024 * 1024;

    private const long MaxCompiledChars = 3_000_000;

    private readonly ConcurrentDictionary<string, bool> _seedReadsCleanly = new(StringComparer.Ordinal);

    public FuzzRunner(TimeSpan timeBudget, long memoryBudgetBytes)
    {
        TimeBudget = timeBudget;
        MemoryBudgetBytes = memoryBudgetBytes;
    }

    public TimeSpan TimeBudget { get; }

    public long MemoryBudgetBytes { get; }

    /// <summary>A case ran past its budget and its thread is still going: later figures would be unreliable.</summary>
    public bool Poisoned { get; private set; }

    /// <summary>Runs and judges <paramref name="input"/>; when it passed with code, <paramref name="compile"/> says whether to compile it.</summary>
    public FuzzOutcome Run(FuzzInput input, bool compile) => Run(input, () => compile);

    public FuzzOutcome Run(FuzzInput input, Func<bool> compile)
    {
        Run(input, out var result, out var failure, out var elapsed, out var peak, out var finished);
        if (!finished)
        {
            Poisoned = true;
            return new FuzzOutcome(input, FuzzVerdict.Timeout, $"still running after {TimeBudget.TotalSeconds:0} s", elapsed, peak, -1);
        }

        if (peak > MemoryBudgetBytes)
        {
            return new FuzzOutcome(input, FuzzVerdict.MemoryOverBudget, $"heap grew by {peak / (1024 * 1024)} MiB", elapsed, peak, -1);
        }

        if (failure is not null)
        {
            var verdict = failure is OutOfMemoryException or InsufficientExecutionStackException ? FuzzVerdict.MemoryOverBudget : FuzzVerdict.UnhandledException;
            return new FuzzOutcome(input, verdict, failure.GetType().Name + ": " + failure.Message + " " + FirstFrame(failure), elapsed, peak, -1);
        }

        var judged = Judge(input, result!);
        // Compiling Stripe's output takes minutes; the corpus compile tests cover large specs, the sample covers mutants.
        if (judged.Verdict == FuzzVerdict.Passed && result!.Files.Count > 0 && result.Files.Sum(f => (long)f.Source.Length) <= MaxCompiledChars && compile())
        {
            var problems = OutputCompiler.Problems(result.Files);
            judged = problems.Count == 0
                ? judged with { Compiled = true }
                : judged with { Verdict = FuzzVerdict.CompileFailed, Detail = string.Join(" | ", problems.Take(3)) };
        }

        return judged with { Elapsed = elapsed, PeakBytes = peak };
    }

    private void Run(FuzzInput input, out EngineResult? result, out Exception? failure, out TimeSpan elapsed, out long peak, out bool finished)
    {
        EngineResult? captured = null;
        Exception? thrown = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    captured = Execute(input);
                }
                catch (Exception ex)
                {
                    thrown = ex;
                }
            },
            StackBytes) { IsBackground = true, Name = "fuzz case " + input.Id };

        using (var memory = new MemoryWatch())
        {
            var clock = Stopwatch.StartNew();
            thread.Start();
            finished = thread.Join(TimeBudget);
            elapsed = clock.Elapsed;
            peak = memory.PeakGrowth;
        }

        result = captured;
        failure = thrown;
    }

    private static EngineResult Execute(FuzzInput input)
    {
        var path = "fuzz/" + Path.GetFileName(input.Path);
        switch (input.Target)
        {
            case FuzzTarget.Generate:
                var spec = SpecInput.Create(path, input.Text, null, null, rootNamespace: null);
                var (parsed, emitted) = SpecPipeline.Run(spec, EquatableArray<TemplateOverride>.Empty, EmitOptions.Latest);
                var diagnostics = parsed.Diagnostics.Concat(emitted?.Diagnostics ?? EquatableArray<SpecDiagnostic>.Empty).ToList();
                var files = emitted?.Files.ToList() ?? new List<GeneratedFile>();
                return new EngineResult(path, null, diagnostics, SpecPipeline.HasErrors(diagnostics) || parsed.Model is null ? 1 : 0, files);
            case FuzzTarget.Normalize:
                var normalized = DocsNormalizer.Normalize(new[] { new DocumentInput(path, input.Text) });
                var failed = normalized.Json is null || SpecPipeline.HasErrors(normalized.Diagnostics);
                return new EngineResult(path, null, normalized.Diagnostics.ToList(), failed ? 1 : 0, new List<GeneratedFile>());
            default:
                var name = Path.GetFileName(input.Path);
                var mutantIsNew = input.Target == FuzzTarget.DiffNew;
                var oldSide = new DocumentInput("old/" + name, mutantIsNew ? input.Original : input.Text);
                var newSide = new DocumentInput("new/" + name, mutantIsNew ? input.Text : input.Original);
                var report = SpecDiff.Compare(oldSide, newSide);
                var (mutantPath, otherPath) = mutantIsNew ? (newSide.Path, oldSide.Path) : (oldSide.Path, newSide.Path);
                return new EngineResult(mutantPath, otherPath, report.Diagnostics.ToList(), SpecPipeline.HasErrors(report.Diagnostics) ? 2 : 0, new List<GeneratedFile>());
        }
    }

    private FuzzOutcome Judge(FuzzInput input, EngineResult result)
    {
        FuzzOutcome Verdict(FuzzVerdict verdict, string detail) => new(input, verdict, detail, TimeSpan.Zero, 0, result.ExitCode);

        if (result.Diagnostics.FirstOrDefault(d => d.Id == DiagnosticCatalog.InternalError) is { } internalError)
        {
            return Verdict(FuzzVerdict.InternalError, internalError.ToString());
        }

        if (result.Diagnostics.FirstOrDefault(d => HasLineBreak(d.Message) || HasLineBreak(d.FilePath)) is { } unsafeMessage)
        {
            return Verdict(FuzzVerdict.UnsafeMessage, unsafeMessage.ToString().Replace("\n", "\\n").Replace("\r", "\\r"));
        }

        if (result.ExitCode != 0)
        {
            var errors = result.Diagnostics.Where(d => d.Severity == SpecSeverity.Error).ToList();
            if (!errors.Any(d => d.Line > 0 && d.FilePath == result.InputPath))
            {
                var detail = errors.Count == 0 ? "non-zero exit without an error" : "no located error in the mutated file: " + errors[0];
                if (result.OtherPath is null || SeedReadsCleanly(input) || !errors.Any(d => d.Line > 0 && d.FilePath == result.OtherPath))
                {
                    return Verdict(FuzzVerdict.Unexplained, detail);
                }
            }

            if (result.OtherPath is not null && SeedReadsCleanly(input) && errors.FirstOrDefault(d => d.FilePath == result.OtherPath) is { } blamed)
            {
                return Verdict(FuzzVerdict.Unexplained, "blamed the unmutated side: " + blamed);
            }
        }

        if (result.Files.FirstOrDefault(f => UnsafeCharacterIndex(f.Source) >= 0) is { } unsafeFile)
        {
            var at = UnsafeCharacterIndex(unsafeFile.Source);
            return Verdict(FuzzVerdict.UnsafeOutput, $"{unsafeFile.HintName} holds U+{(int)unsafeFile.Source[at]:X4} at offset {at}");
        }

        return Verdict(FuzzVerdict.Passed, result.ExitCode == 0 ? "exit 0" : "exit " + result.ExitCode);
    }

    private bool SeedReadsCleanly(FuzzInput input) =>
        _seedReadsCleanly.GetOrAdd(input.SeedName, _ =>
            !SpecPipeline.HasErrors(SpecDiff.Compare(new DocumentInput("a/" + Path.GetFileName(input.Path), input.Original), new DocumentInput("b/" + Path.GetFileName(input.Path), input.Original)).Diagnostics));

    private static bool HasLineBreak(string text) => text.IndexOfAny(new[] { '\r', '\n', '\u0085', '\u2028', '\u2029' }) >= 0;

    // Our templates never hold these; in generated source they could only have come from a spec, unescaped.
    internal static int UnsafeCharacterIndex(string source)
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c is '\u0085' or '\u2028' or '\u2029' or '\0')
            {
                return i;
            }

            if (char.IsHighSurrogate(c) && (i + 1 == source.Length || !char.IsLowSurrogate(source[i + 1])))
            {
                return i;
            }

            if (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(source[i - 1])))
            {
                return i;
            }
        }

        return -1;
    }

    private static string FirstFrame(Exception ex) => ex.StackTrace?.Split('\n').FirstOrDefault()?.Trim() ?? string.Empty;

    private sealed record EngineResult(string InputPath, string? OtherPath, IReadOnlyList<SpecDiagnostic> Diagnostics, int ExitCode, IReadOnlyList<GeneratedFile> Files);
}
