using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using SpecForge.Cli.Regen;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Diffing;
using SpecForge.Core.Diffing.Ignoring;

namespace SpecForge.Cli.Commands;

/// <summary>The options of <c>specforge regen</c>, once parsed.</summary>
internal sealed record RegenOptions(string Manifest, bool Check);

/// <summary>
/// <c>specforge regen [--check] [--manifest specs/specforge.json]</c>: recomputes every committed artifact (normalized
/// specs, SDK surfaces), prints what changed at the API level, and writes the files, or with <c>--check</c> only
/// reports. Exit 1 when something is stale under <c>--check</c> or a breaking change is not in the ignore file.
/// </summary>
internal static class RegenCommand
{
    private const int ShownLines = 12;

    public static Command Create()
    {
        var check = new Option<bool>("--check") { Description = "Write nothing; exit 1 when a committed file is stale (for CI)." };
        var manifest = new Option<string>("--manifest", "-m") { Description = "The manifest listing the committed artifacts.", DefaultValueFactory = _ => RegenManifest.DefaultPath };
        var command = new Command("regen", "Regenerate the committed normalized specs and SDK surfaces; --check fails CI when they are stale.") { check, manifest };
        command.SetAction(parseResult => Run(new RegenOptions(parseResult.GetValue(manifest)!, parseResult.GetValue(check)), Console.Out, Console.Error));
        return command;
    }

    public static int Run(RegenOptions options, TextWriter stdout, TextWriter stderr)
    {
        var (manifest, problem) = RegenManifest.Load(options.Manifest);
        if (manifest is null)
        {
            DiagnosticPrinter.Print(problem!, stderr);
            return ExitCodes.UsageError;
        }

        var ignoreFile = manifest.IgnoreFile is { } path && File.Exists(path) ? DiffIgnoreFile.Parse(Display(path, manifest), File.ReadAllText(path)) : null;
        var results = Regenerator.Run(manifest);
        var errors = results.SelectMany(r => r.Errors).Concat(ignoreFile?.Diagnostics.Where(d => d.Severity == SpecSeverity.Error) ?? Array.Empty<SpecDiagnostic>()).ToList();
        if (errors.Count > 0)
        {
            // Nothing is written when any input has errors; the errors say why.
            DiagnosticPrinter.Print(errors, stderr);
            return ExitCodes.InputErrors;
        }

        var unacknowledged = new List<(SpecChange Change, string File)>();
        foreach (var result in results)
        {
            stdout.WriteLine(result.Api.Name);
            foreach (var artifact in result.Artifacts)
            {
                unacknowledged.AddRange(Print(artifact, manifest, ignoreFile, stdout).Select(change => (change, Display(artifact.Path, manifest))));
            }
        }

        var stale = results.SelectMany(r => r.Artifacts).Where(a => a.IsStale).ToList();
        var unwritable = new List<SpecDiagnostic>();
        if (!options.Check)
        {
            unwritable.AddRange(stale.Select(artifact => CliDiagnostics.TryWrite(artifact.Path, artifact.Fresh)).OfType<SpecDiagnostic>());
        }

        stdout.WriteLine(Verdict(stale.Count, options.Check));
        DiagnosticPrinter.Print(unwritable, stderr);
        if (options.Check)
        {
            DiagnosticPrinter.Print(stale.Select(artifact => SpecDiagnostic.Create(DiagnosticCatalog.CommittedFileStale, "This committed file is stale; run `specforge regen` (or build/regen.sh) and commit the result.", Display(artifact.Path, manifest), 1, 1)), stderr);
        }

        var where = manifest.IgnoreFile is null ? "an ignore file named in the manifest" : Display(manifest.IgnoreFile, manifest);
        DiagnosticPrinter.Print(unacknowledged.Select(pair => Unacknowledged(pair.Change, pair.File, where)), stderr);
        if (unwritable.Count > 0)
        {
            return ExitCodes.InputErrors;
        }

        return (options.Check && stale.Count > 0) || unacknowledged.Count > 0 ? ExitCodes.ChangesFound : ExitCodes.Success;
    }

    // At the change's place in the regenerated spec, so a CI log links it; the selector to acknowledge it is in the text.
    private static SpecDiagnostic Unacknowledged(SpecChange change, string file, string ignoreFile)
    {
        var location = change.New ?? change.Old;
        return SpecDiagnostic.Create(
            DiagnosticCatalog.BreakingChangeUnacknowledged,
            $"{change.RuleId}: {change.Message}. Fix the docs, or acknowledge it in {ignoreFile} as '{change.RuleId}@{location?.Pointer} <reason>'.",
            location?.File ?? file,
            Math.Max(1, location?.Line ?? 1),
            Math.Max(1, location?.Column ?? 1));
    }

    private static string Verdict(int stale, bool check) => (stale, check) switch
    {
        (0, _) => "Everything committed is up to date.",
        (_, true) => $"{stale} committed file(s) are stale; run `specforge regen` (or build/regen.sh) and commit the result.",
        _ => $"{stale} file(s) written.",
    };

    // Returns the breaking changes the ignore file does not acknowledge.
    private static IEnumerable<SpecChange> Print(RegenArtifact artifact, RegenManifest manifest, DiffIgnoreFile? ignoreFile, TextWriter stdout)
    {
        var name = Display(artifact.Path, manifest);
        if (!artifact.IsStale)
        {
            stdout.WriteLine($"  up to date  {name}");
            return Array.Empty<SpecChange>();
        }

        if (artifact.Committed is null)
        {
            stdout.WriteLine($"  new         {name}");
            return Array.Empty<SpecChange>();
        }

        if (artifact.Semantic is { } semantic)
        {
            var outcome = ignoreFile?.Apply(semantic);
            var kept = outcome?.Kept.Changes ?? semantic.Changes;
            var ignored = outcome?.Ignored.Count ?? 0;
            stdout.WriteLine($"  stale       {name}  ({Counts(kept)}{(ignored > 0 ? $", {ignored} acknowledged" : string.Empty)})");
            if (semantic.Changes.Count == 0)
            {
                stdout.WriteLine("                the text differs but the API does not (source lines moved, formatting)");
            }

            foreach (var change in kept.OrderByDescending(c => c.Level).Take(ShownLines))
            {
                stdout.WriteLine($"                {change.Level.ToString().ToLowerInvariant(),-8}  {change.RuleId}  {change.Message}");
            }

            More(kept.Count, stdout);
            return kept.Where(c => c.Level == ChangeLevel.Breaking);
        }

        var surface = SurfaceDiff.Between(artifact.Committed, artifact.Fresh);
        stdout.WriteLine($"  stale       {name}  (+{surface.Added.Count} -{surface.Removed.Count} lines of SDK surface)");
        foreach (var line in surface.Removed.Select(l => "- " + l).Concat(surface.Added.Select(l => "+ " + l)).Take(ShownLines))
        {
            stdout.WriteLine("                " + line);
        }

        More(surface.Added.Count + surface.Removed.Count, stdout);
        return Array.Empty<SpecChange>();
    }

    private static void More(int total, TextWriter stdout)
    {
        if (total > ShownLines)
        {
            stdout.WriteLine($"                … and {total - ShownLines} more");
        }
    }

    private static string Counts(IReadOnlyList<SpecChange> changes) =>
        $"{changes.Count(c => c.Level == ChangeLevel.Breaking)} breaking, {changes.Count(c => c.Level == ChangeLevel.Warning)} warning, {changes.Count(c => c.Level == ChangeLevel.Info)} info";

    private static string Display(string path, RegenManifest manifest) => NormalizeCommand.DisplayPath(path, manifest.SourceRoot);
}
