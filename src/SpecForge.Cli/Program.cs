using System;
using System.CommandLine;
using SpecForge.Cli;
using SpecForge.Cli.Commands;

var root = new RootCommand("SpecForge: turn API documentation into a typed C# SDK.");
root.Subcommands.Add(GenerateCommand.Create());
root.Subcommands.Add(NormalizeCommand.Create());
root.Subcommands.Add(BundleCommand.Create());
root.Subcommands.Add(MockCommand.Create());
root.Subcommands.Add(DiffCommand.Create());
root.Subcommands.Add(RegenCommand.Create());
root.Subcommands.Add(TemplatesCommand.Create());

var parseResult = root.Parse(args);
if (parseResult.Errors.Count > 0)
{
    foreach (var error in parseResult.Errors)
    {
        DiagnosticPrinter.Print(CliDiagnostics.CommandLine(error.Message + " Run 'specforge --help' for usage."), Console.Error);
    }

    return ExitCodes.UsageError;
}

try
{
    return parseResult.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception ex) when (ex is not OutOfMemoryException)
{
    // Every verb reports its own problems; this is for the bug none foresaw, so that it too ends with a line saying why.
    DiagnosticPrinter.Print(CliDiagnostics.Internal(ex), Console.Error);
    return ExitCodes.SpecErrors;
}
