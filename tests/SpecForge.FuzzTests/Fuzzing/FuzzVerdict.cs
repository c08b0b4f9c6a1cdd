using System;

namespace SpecForge.FuzzTests.Fuzzing;

/// <summary>How one fuzz case ended. Everything but <see cref="Passed"/> is a bug.</summary>
internal enum FuzzVerdict
{
    /// <summary>Finished in time and memory; any failure was explained by a located error.</summary>
    Passed,

    /// <summary>SF9999: SpecForge caught an exception of its own.</summary>
    InternalError,

    /// <summary>An exception escaped the engine, which must never throw.</summary>
    UnhandledException,

    /// <summary>Still running after the time budget.</summary>
    Timeout,

    /// <summary>The managed heap grew past the memory budget.</summary>
    MemoryOverBudget,

    /// <summary>The command would exit non-zero without a located error saying why, or blamed the wrong file.</summary>
    Unexplained,

    /// <summary>A diagnostic message holds a line break, so spec text could forge a line of its own.</summary>
    UnsafeMessage,

    /// <summary>Generated source holds a raw character that ends a C# line inside a comment or literal.</summary>
    UnsafeOutput,

    /// <summary>The generated code of a sampled case does not compile cleanly.</summary>
    CompileFailed,
}

/// <summary>What one case did: its verdict, a detail for the report, time, peak heap growth and exit code.</summary>
internal sealed record FuzzOutcome(FuzzInput Input, FuzzVerdict Verdict, string Detail, TimeSpan Elapsed, long PeakBytes, int ExitCode, bool Compiled = false)
{
    public override string ToString() => $"{Verdict} {Input}: {Detail}";
}
