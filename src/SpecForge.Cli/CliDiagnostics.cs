using System;
using System.Collections.Generic;
using System.IO;
using SpecForge.Core.Diagnostics;

namespace SpecForge.Cli;

/// <summary>
/// The command line's own diagnostics, in the same <c>file(line,col): severity id: message</c> form as the spec's, so
/// every non-zero exit is explained by a line editors and CI logs can link. A problem with the command line itself
/// names the program instead of a file.
/// </summary>
internal static class CliDiagnostics
{
    public const string Program = "specforge";

    public static SpecDiagnostic FileNotFound(string path) =>
        SpecDiagnostic.Create(DiagnosticCatalog.InputFileUnreadable, "The file does not exist.", path, 1, 1);

    public static SpecDiagnostic CommandLine(string message) =>
        SpecDiagnostic.Create(DiagnosticCatalog.CommandLineInvalid, message, Program);

    public static SpecDiagnostic CannotWrite(string path, Exception ex) =>
        SpecDiagnostic.Create(DiagnosticCatalog.OutputUnwritable, $"Cannot write here: {ex.Message}", path, 1, 1);

    /// <summary>SF9999 for an exception no command expected, so even a bug ends with a line that says what happened.</summary>
    public static SpecDiagnostic Internal(Exception ex) =>
        SpecDiagnostic.Create(DiagnosticCatalog.InternalError, $"SpecForge failed unexpectedly: {ex.GetType().Name}: {ex.Message}", Program);

    /// <summary>SF0001 for the first of <paramref name="paths"/> that is not an existing file, or null.</summary>
    public static SpecDiagnostic? FirstMissing(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                return FileNotFound(path);
            }
        }

        return null;
    }

    /// <summary>
    /// Reads <paramref name="path"/>, or returns null with SF0001 in <paramref name="problem"/> when it cannot be read
    /// (it vanished, permissions, a folder of that name).
    /// </summary>
    public static string? TryRead(string path, out SpecDiagnostic? problem)
    {
        try
        {
            problem = null;
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            problem = SpecDiagnostic.Create(DiagnosticCatalog.InputFileUnreadable, $"The file cannot be read: {ex.Message}", path, 1, 1);
            return null;
        }
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/>, creating its folder; SF0003 when that fails.</summary>
    public static SpecDiagnostic? TryWrite(string path, string text)
    {
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            File.WriteAllText(path, text);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return CannotWrite(path, ex);
        }
    }
}
