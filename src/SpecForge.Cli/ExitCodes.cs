namespace SpecForge.Cli;

/// <summary>The process exit codes of every verb, documented in README.md.</summary>
internal static class ExitCodes
{
    /// <summary>Everything worked (warnings may have been printed).</summary>
    public const int Success = 0;

    /// <summary>The input has errors; what could be produced was still written.</summary>
    public const int SpecErrors = 1;

    /// <summary>
    /// <c>diff</c>: a change at the <c>--fail-on</c> level exists. <c>regen</c>: a committed file is stale (with
    /// <c>--check</c>) or a breaking change is not acknowledged by the ignore file.
    /// </summary>
    public const int ChangesFound = 1;

    /// <summary>The command line was wrong (unknown option, missing argument, file not found).</summary>
    public const int UsageError = 2;

    /// <summary><c>diff</c> and <c>regen</c>: an input could not be read, so no verdict can be given.</summary>
    public const int InputErrors = 2;
}
