using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using SpecForge.Core.Emitting;

namespace SpecForge.Cli.Commands;

/// <summary>
/// <c>specforge templates export &lt;dir&gt; [--force]</c>: writes the default templates, in their artifact folders, as
/// the starting point of an override. An override only needs the file it changes, so the rest can be deleted.
/// </summary>
internal static class TemplatesCommand
{
    public static Command Create()
    {
        var directory = new Argument<string>("dir") { Description = "The folder to write the templates to." };
        var force = new Option<bool>("--force") { Description = "Overwrite templates already in the folder." };
        var export = new Command("export", "Write the default templates to a folder, to start an override from.") { directory, force };
        export.SetAction(parseResult => Export(parseResult.GetValue(directory)!, parseResult.GetValue(force), Console.Out, Console.Error));

        return new Command("templates", "Work with the templates SpecForge renders C# from (docs/templates.md).") { export };
    }

    public static int Export(string directory, bool force, TextWriter stdout, TextWriter stderr)
    {
        var templates = DefaultTemplates.ByName.Values.OrderBy(t => t.FilePath, StringComparer.Ordinal).ToList();
        var targets = templates.Select(t => (Template: t, Path: Path.Combine(directory, RelativePath(t)))).ToList();
        var existing = targets.Where(t => File.Exists(t.Path)).Select(t => t.Path).ToList();
        if (existing.Count > 0 && !force)
        {
            DiagnosticPrinter.Print(CliDiagnostics.CommandLine($"{existing.Count} templates already exist in '{directory}', e.g. '{existing[0]}'; nothing was written. Pass --force to overwrite them."), stderr);
            return ExitCodes.UsageError;
        }

        foreach (var (template, path) in targets)
        {
            if (CliDiagnostics.TryWrite(path, template.Text) is { } problem)
            {
                DiagnosticPrinter.Print(problem, stderr);
                return ExitCodes.UsageError;
            }
        }

        stdout.WriteLine($"Wrote {targets.Count} templates to {directory}. Keep only the ones you change and list them as <SpecForgeTemplate Include=\"...\" /> (docs/templates.md).");
        return ExitCodes.Success;
    }

    // The defaults are stored as templates/csharp/<artifact>/<name>.sbncs; the export keeps the artifact folders.
    private static string RelativePath(TemplateSource template) =>
        template.FilePath.Substring("templates/csharp/".Length).Replace('/', Path.DirectorySeparatorChar);
}
