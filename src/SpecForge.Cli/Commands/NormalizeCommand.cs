using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Documentation;
using Spectre.Console;

namespace SpecForge.Cli.Commands;

/// <summary>
/// The options of <c>specforge normalize</c>, once parsed. Sources in the normalized spec are named relative to
/// <paramref name="SourceRoot"/> (the current folder when null).
/// </summary>
/// <paramref name="Report"/> names an extra report to print: <c>constraints</c> lists every constraint phrase skipped as ambiguous.
internal sealed record NormalizeOptions(IReadOnlyList<string> Inputs, string Output, string? Title, string? SourceRoot = null, string? Report = null);

/// <summary>
/// <c>specforge normalize &lt;input&gt;... --output &lt;file&gt; [--title T]</c>: reads documentation files about one API
/// (markdown reference, endpoint pages, rendered pages, docs indexes, OpenAPI) and writes one OpenAPI 3.1 JSON document.
/// </summary>
internal static class NormalizeCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("input") { Description = "Documentation files about one API.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "The OpenAPI 3.1 JSON file to write.", Required = true };
        var title = new Option<string?>("--title") { Description = "The API's title in the normalized spec (default: the docs' own)." };
        var report = new Option<string?>("--report") { Description = "An extra report: 'constraints' lists the constraint phrases read, the keywords set and every phrase skipped as ambiguous." };
        report.AcceptOnlyFromAmong("constraints");

        var command = new Command("normalize", "Normalize documentation into an OpenAPI 3.1 document.") { inputs, output, title, report };
        command.SetAction(parseResult => Run(
            new NormalizeOptions(parseResult.GetValue(inputs) ?? Array.Empty<string>(), parseResult.GetValue(output)!, parseResult.GetValue(title), Report: parseResult.GetValue(report)),
            AnsiConsole.Console,
            Console.Error));
        return command;
    }

    public static int Run(NormalizeOptions options, IAnsiConsole console, TextWriter stderr)
    {
        if (CliDiagnostics.FirstMissing(options.Inputs) is { } missing)
        {
            DiagnosticPrinter.Print(missing, stderr);
            return ExitCodes.UsageError;
        }

        var root = options.SourceRoot ?? Directory.GetCurrentDirectory();
        var documents = new List<DocumentInput>();
        foreach (var path in options.Inputs)
        {
            if (CliDiagnostics.TryRead(path, out var problem) is not { } text)
            {
                DiagnosticPrinter.Print(problem!, stderr);
                return ExitCodes.UsageError;
            }

            documents.Add(new DocumentInput(DisplayPath(path, root), text));
        }

        var result = DocsNormalizer.Normalize(documents, options.Title);
        var diagnostics = result.Diagnostics.ToList();
        if (result.Json is not null && CliDiagnostics.TryWrite(options.Output, result.Json) is { } unwritable)
        {
            diagnostics.Add(unwritable);
        }

        DiagnosticPrinter.Print(diagnostics, stderr);
        console.Write(SummaryTable(result));
        if (options.Report == "constraints")
        {
            console.Write(ConstraintsReport(result));
        }

        return result.Json is null || diagnostics.Any(d => d.Severity == SpecSeverity.Error) ? ExitCodes.SpecErrors : ExitCodes.Success;
    }

    private static Table SummaryTable(NormalizationResult result)
    {
        var table = new Table().AddColumn("what").AddColumn(new TableColumn("count").RightAligned());
        table.AddRow("operations", result.Summary.Operations.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("parameters", result.Summary.Parameters.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (result.Summary.IndexedEndpoints > 0)
        {
            table.AddRow("indexed endpoints", result.Summary.IndexedEndpoints.ToString(System.Globalization.CultureInfo.InvariantCulture));
            table.AddRow("indexed but not in the spec", result.Summary.MissingFromSpec.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (result.Summary.ConstraintPhrases + result.Summary.ConstraintsAmbiguous > 0)
        {
            table.AddRow("constraint phrases read", result.Summary.ConstraintPhrases.ToString(System.Globalization.CultureInfo.InvariantCulture));
            table.AddRow("constraint keywords set", result.Summary.ConstraintKeywords.ToString(System.Globalization.CultureInfo.InvariantCulture));
            table.AddRow("constraint phrases skipped as ambiguous", result.Summary.ConstraintsAmbiguous.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var group in result.Diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            table.AddRow(Markup.Escape($"{group.Key} {DiagnosticCatalog.Get(group.Key).Title} ({group.First().Severity.ToString().ToLowerInvariant()})"), group.Count().ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return table;
    }

    // A docs author fixes an ambiguous phrase where it is written, so each row leads with its position.
    private static Table ConstraintsReport(NormalizationResult result)
    {
        var table = new Table().AddColumn("skipped as ambiguous").AddColumn("why");
        foreach (var skipped in result.Diagnostics.Where(d => d.Id == DiagnosticCatalog.ConstraintAmbiguous))
        {
            table.AddRow(Markup.Escape($"{skipped.FilePath}({skipped.Line},{skipped.Column})"), Markup.Escape(skipped.Message));
        }

        return table;
    }

    // Sources in the normalized spec must not depend on where the repository is checked out: a file below the
    // root is named relative to it, with forward slashes on every OS.
    internal static string DisplayPath(string path, string root)
    {
        var relative = Path.GetRelativePath(root, Path.GetFullPath(path));
        return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? Path.GetFullPath(path) : relative).Replace('\\', '/');
    }

}
