using System;
using System.CommandLine;
using SpecForge.Cli;
using SpecForge.Cli.Commands;

var root = new RootCommand("SpecForge: turn API documentation into a typed C# SDK.");
root.Subcommands.Add(GenerateCommand.Create());
root.Subcommands.Add(NormalizeCommand.Create());
root.Subcommands.Add(MockCommand.Create());
root.Subcommands.Add(DiffCommand.Create());
root.Subcommands.Add(RegenCommand.Create());

var parseResult = root.Parse(args);
if (parseResult.Errors.Count > 0)
{
    foreach (var error in parseResult.Errors)
    {
        Console.Error.WriteLine("error: " + error.Message);
    }

    Console.Error.WriteLine("Run 'specforge --help' for usage.");
    return ExitCodes.UsageError;
}

return parseResult.Invoke();
