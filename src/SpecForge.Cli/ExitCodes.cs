namespace SpecForge.Cli;

/// <summary>The process exit codes of every verb, documented in README.md.</summary>
internal static class ExitCodes
{
    /// <summary>Everything worked (warnings may have been printed).</summary>
    public const int Success = 0;

    /// <summary>The input has errors; what could be produced was still written.</summary>
    public const int SpecErrors = 1;

    /// <summary>The command line was wrong (unknown option, missing argument, file not found).</summary>
    public const int UsageError = 2;
}
