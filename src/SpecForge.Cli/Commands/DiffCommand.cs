using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Diffing.Ignoring;
using SpecForge.Core.Diffing.Reports;
using SpecForge.Core.Diffing;
using SpecForge.Core.Documentation;
using SpecForge.Core.Reading.External;

namespace SpecForge.Cli.Commands;

/// <summary>The level at or above which <c>specforge diff</c> exits with 1.</summary>
internal enum FailOn
{
    /// <summary>Always exit 0 when the comparison itself worked.</summary>
    Never,

    /// <summary>Exit 1 on any warning or breaking change.</summary>
    Warning,

    /// <summary>Exit 1 on any breaking change.</summary>
    Breaking,
}

/// <summary>The options of <c>specforge diff</c>, once parsed.</summary>
internal sealed record DiffOptions(
    string Old,
    string New,
    DiffFormat Format = DiffFormat.Text,
    FailOn FailOn = FailOn.Never,
    string? IgnoreFile = null,
    string? Output = null,
    IReadOnlyList<string>? OldCompanions = null,
    IReadOnlyList<string>? NewCompanions = null);

/// <summary>
/// <c>specforge diff &lt;old&gt; &lt;new&gt; [--format text|markdown|json] [--fail-on breaking|warning|never] [--ignore file]</c>:
/// what changed between two versions of an API (OpenAPI of any version, markdown docs, or two docs indexes), each
/// change classified as breaking, warning or info. Exit codes: 0, 1 when a change reaches <c>--fail-on</c>, 2 on errors.
/// </summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var old = new Argument<string>("old") { Description = "The old version: an OpenAPI document, markdown docs or a docs index (llms.txt)." };
        var @new = new Argument<string>("new") { Description = "The new version, of the same kind." };
        var format = new Option<DiffFormat>("--format", "-f") { Description = "text (terminal), markdown (a PR comment) or json.", DefaultValueFactory = _ => DiffFormat.Text };
        var failOn = new Option<FailOn>("--fail-on") { Description = "Exit 1 when a change at this level or above exists: breaking, warning or never.", DefaultValueFactory = _ => FailOn.Never };
        var ignore = new Option<string?>("--ignore") { Description = "A file of acknowledged changes: '<rule-id | /pointer | METHOD /path | rule@/pointer> <reason>' per line." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var oldCompanions = new Option<string[]>("--old-companion") { Description = "Another documentation file of the old version (repeatable).", AllowMultipleArgumentsPerToken = true };
        var newCompanions = new Option<string[]>("--new-companion") { Description = "Another documentation file of the new version (repeatable).", AllowMultipleArgumentsPerToken = true };

        var command = new Command("diff", "Compare two versions of an API and classify every change.") { old, @new, format, failOn, ignore, output, oldCompanions, newCompanions };
        command.SetAction(parseResult => Run(
            new DiffOptions(
                parseResult.GetValue(old)!,
                parseResult.GetValue(@new)!,
                parseResult.GetValue(format),
                parseResult.GetValue(failOn),
                parseResult.GetValue(ignore),
                parseResult.GetValue(output),
                parseResult.GetValue(oldCompanions),
                parseResult.GetValue(newCompanions)),
            Console.Out,
            Console.Error));
        return command;
    }

    public static int Run(DiffOptions options, TextWriter stdout, TextWriter stderr)
    {
        var oldFiles = new[] { options.Old }.Concat(options.OldCompanions ?? Array.Empty<string>()).ToList();
        var newFiles = new[] { options.New }.Concat(options.NewCompanions ?? Array.Empty<string>()).ToList();
        var allFiles = oldFiles.Concat(newFiles).Concat(options.IgnoreFile is null ? Array.Empty<string>() : new[] { options.IgnoreFile }).ToList();
        if (CliDiagnostics.FirstMissing(allFiles) is { } missing)
        {
            DiagnosticPrinter.Print(missing, stderr);
            return ExitCodes.UsageError;
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in allFiles.Distinct(StringComparer.Ordinal))
        {
            if (CliDiagnostics.TryRead(path, out var problem) is not { } content)
            {
                DiagnosticPrinter.Print(problem!, stderr);
                return ExitCodes.UsageError;
            }

            texts[path] = content;
        }

        // A multi-file spec's parts are read from beside each side's root file.
        var report = SpecDiff.Compare(Read(oldFiles, texts), Read(newFiles, texts), SpecFileSource.Disk);
        var ignoreFile = options.IgnoreFile is null ? null : DiffIgnoreFile.Parse(options.IgnoreFile, texts[options.IgnoreFile]);
        var errors = report.Diagnostics.Concat(ignoreFile?.Diagnostics ?? Array.Empty<SpecDiagnostic>()).Where(d => d.Severity == SpecSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            DiagnosticPrinter.Print(errors, stderr);
            return ExitCodes.InputErrors;
        }

        var outcome = ignoreFile?.Apply(report);
        var kept = outcome?.Kept ?? report;
        DiagnosticPrinter.Print(outcome?.Diagnostics ?? Array.Empty<SpecDiagnostic>(), stderr);

        var text = DiffReportWriter.Write(kept, options.Format, outcome?.Ignored);
        if (options.Output is null)
        {
            stdout.Write(text);
        }
        else if (CliDiagnostics.TryWrite(options.Output, text) is { } unwritable)
        {
            DiagnosticPrinter.Print(unwritable, stderr);
            return ExitCodes.InputErrors;
        }

        var failing = Failing(kept, options.FailOn).ToList();
        DiagnosticPrinter.Print(failing.Select(change => FailOnDiagnostic(change, kept, options.FailOn)), stderr);
        return failing.Count > 0 ? ExitCodes.ChangesFound : ExitCodes.Success;
    }

    // One line per change that fails the run, where it is, so a CI log links each to its place in the docs.
    private static SpecDiagnostic FailOnDiagnostic(SpecChange change, DiffReport report, FailOn failOn)
    {
        var (file, location) = change.New is { } now ? (report.NewPath, now) : (report.OldPath, change.Old!);
        return SpecDiagnostic.Create(
            DiagnosticCatalog.DiffFailOnChange,
            $"{change.Level.ToString().ToLowerInvariant()} change {change.RuleId} (--fail-on {failOn.ToString().ToLowerInvariant()}): {change.Message}",
            location.File ?? file,
            Math.Max(1, location.Line),
            Math.Max(1, location.Column));
    }

    private static IEnumerable<SpecChange> Failing(DiffReport report, FailOn failOn) => failOn switch
    {
        FailOn.Breaking => report.Changes.Where(c => c.Level == ChangeLevel.Breaking),
        FailOn.Warning => report.Changes.Where(c => c.Level >= ChangeLevel.Warning),
        _ => Enumerable.Empty<SpecChange>(),
    };

    // Names in the report are as the user typed them, so they can be pasted back into a shell.
    private static List<DocumentInput> Read(IEnumerable<string> files, IReadOnlyDictionary<string, string> texts) =>
        files.Select(path => new DocumentInput(path.Replace('\\', '/'), texts[path])).ToList();
}
