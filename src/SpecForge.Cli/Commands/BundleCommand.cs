using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Reading.External;

namespace SpecForge.Cli.Commands;

/// <summary>
/// <c>specforge bundle &lt;root&gt; --output &lt;file&gt;</c>: writes a multi-file spec as one JSON document, with every
/// schema, parameter and response a part holds moved under <c>components</c> and referenced from there.
/// </summary>
internal static class BundleCommand
{
    public static Command Create()
    {
        var rootSpec = new Argument<string>("root") { Description = "The spec file whose $refs name the other files (they are read from its folder and below)." };
        var output = new Option<string>("--output", "-o") { Description = "The single JSON file to write.", Required = true };

        var command = new Command("bundle", "Write a multi-file OpenAPI spec as one JSON document.") { rootSpec, output };
        command.SetAction(parseResult => Run(parseResult.GetValue(rootSpec)!, parseResult.GetValue(output)!, Console.Out, Console.Error));
        return command;
    }

    public static int Run(string rootSpec, string output, TextWriter stdout, TextWriter stderr)
    {
        if (CliDiagnostics.TryRead(rootSpec, out var problem) is not { } text)
        {
            DiagnosticPrinter.Print(problem!, stderr);
            return ExitCodes.UsageError;
        }

        var result = SpecBundle.Bundle(Path.GetFullPath(rootSpec), text, SpecFileSource.Disk);
        var diagnostics = result.Diagnostics.ToList();
        if (result.Json is not null && CliDiagnostics.TryWrite(output, result.Json) is { } unwritable)
        {
            diagnostics.Add(unwritable);
        }

        DiagnosticPrinter.Print(diagnostics, stderr);
        if (result.Json is null || diagnostics.Any(d => d.Severity == SpecSeverity.Error))
        {
            stderr.WriteLine($"specforge bundle: {rootSpec} was not bundled completely; see the errors above.");
            return ExitCodes.SpecErrors;
        }

        stdout.WriteLine($"specforge bundle: {rootSpec} written as one document to {output}.");
        return ExitCodes.Success;
    }
}
