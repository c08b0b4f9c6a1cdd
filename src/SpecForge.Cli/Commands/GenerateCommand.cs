using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System;
using SpecForge.Core.Collections;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Emitting;
using SpecForge.Core.Emitting.Runtime;
using SpecForge.Core.Reading.External;
using SpecForge.Core.Reading.Selecting;
using SpecForge.Core;

namespace SpecForge.Cli.Commands;

/// <summary>The options of <c>specforge generate</c>, once parsed.</summary>
internal sealed record GenerateOptions(
    string SpecPath,
    string OutputDirectory,
    string? Namespace,
    string? ClientName,
    IReadOnlyList<string> TemplatePaths,
    OperationFilter? Operations = null)
{
    /// <summary>Leave out the typed validators and the client's checks (<c>--no-validators</c>).</summary>
    public bool NoValidators { get; init; }

    /// <summary>Models and their JSON mapping only (<c>--no-client</c>).</summary>
    public bool NoClient { get; init; }

    /// <summary>Also write the in-process mock handler (<c>--mock</c>).</summary>
    public bool Mock { get; init; }

    /// <summary>Declare every generated type internal (<c>--visibility internal</c>).</summary>
    public bool Internal { get; init; }

    /// <summary>The target framework the files compile for (<c>--framework</c>); .NET 6 or later when null.</summary>
    public TargetFramework? Framework { get; init; }

    /// <summary>The files call the SpecForge.Runtime package instead of a runtime written beside them (<c>--runtime package</c>).</summary>
    public bool UsesRuntimePackage { get; init; }

    /// <summary>The files keep <c>#nullable enable</c>, so the compiler's nullable analysis checks them too (<c>--nullable-warnings</c>).</summary>
    public bool NullableWarnings { get; init; }
}

/// <summary>
/// <c>specforge generate &lt;spec&gt; --output &lt;dir&gt; [--namespace N] [--client-name C] [--template file.sbncs]...
/// [--include PATTERN]... [--exclude PATTERN]... [--no-validators] [--no-client] [--mock] [--visibility public|internal]
/// [--framework TFM] [--runtime source|package] [--nullable-warnings]</c>:
/// writes the same files the source generator adds to a compilation, from the same Core code.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var spec = new Argument<string>("spec") { Description = "The OpenAPI document (.json, .yaml or .yml)." };
        var output = new Option<string>("--output", "-o") { Description = "The folder to write the generated files to.", Required = true };
        var @namespace = new Option<string?>("--namespace", "-n") { Description = "The namespace of the generated code (default: the spec's file name)." };
        var clientName = new Option<string?>("--client-name", "-c") { Description = "The client class name (default: the spec's file name + 'Client')." };
        var templates = new Option<string[]>("--template", "-t") { Description = "A template that replaces the default with the same file name; repeatable.", AllowMultipleArgumentsPerToken = true };
        var include = OperationOptions.Include();
        var exclude = OperationOptions.Exclude();
        var noValidators = new Option<bool>("--no-validators") { Description = "Leave out the typed validators (Validate()) and the client's request checks." };
        var noClient = new Option<bool>("--no-client") { Description = "Write the models and their JSON mapping only: no client, options or DI registration." };
        var mock = new Option<bool>("--mock") { Description = "Also write the in-process mock (an HttpMessageHandler serving the spec); the ASP.NET Core endpoints come from the source generator." };

        var visibility = new Option<string>("--visibility") { Description = "The accessibility of every generated type: public (default) or internal, to embed the SDK in a library.", DefaultValueFactory = _ => "public" };
        visibility.AcceptOnlyFromAmong("public", "internal");

        var framework = new Option<string?>("--framework", "-f")
        {
            Description = "The target framework the files compile for (default: net8.0 or later). netstandard2.0 and .NET Framework (net462, net48) "
                + "get DateTime for format: date, strings for format: time, initializers instead of required members, and an IsExternalInit file "
                + "(delete it if the project references PolySharp).",
        };
        framework.Validators.Add(result =>
        {
            if (TargetFramework.Parse(result.GetValueOrDefault<string?>()) is null)
            {
                result.AddError("'" + result.GetValueOrDefault<string?>() + "' is not a target framework moniker (net8.0, netstandard2.0, net462).");
            }
        });

        var runtime = new Option<string>("--runtime")
        {
            Description = "source (default): also write the runtime the SDK calls, in <namespace>.SpecForge. package: write none; the SDK calls "
                + "the SpecForge.Runtime package of this version, which the project references.",
            DefaultValueFactory = _ => "source",
        };
        runtime.AcceptOnlyFromAmong("source", "package");
        var nullableWarnings = new Option<bool>("--nullable-warnings")
        {
            Description = "Keep '#nullable enable' in the written files, so the compiler's nullable analysis checks their code too. By default they "
                + "declare nullable annotations only (their API still says what may be null), which compiles a large SDK about a fifth faster.",
        };
        var command = new Command("generate", "Generate C# from an OpenAPI document.") { spec, output, @namespace, clientName, templates, include, exclude, noValidators, noClient, mock, visibility, framework, runtime, nullableWarnings };
        command.SetAction(parseResult => Run(
            new GenerateOptions(
                parseResult.GetValue(spec)!,
                parseResult.GetValue(output)!,
                parseResult.GetValue(@namespace),
                parseResult.GetValue(clientName),
                parseResult.GetValue(templates) ?? Array.Empty<string>(),
                OperationOptions.Filter(parseResult, include, exclude))
            {
                NoValidators = parseResult.GetValue(noValidators),
                NoClient = parseResult.GetValue(noClient),
                Mock = parseResult.GetValue(mock),
                Internal = parseResult.GetValue(visibility) == "internal",
                Framework = TargetFramework.Parse(parseResult.GetValue(framework)),
                UsesRuntimePackage = parseResult.GetValue(runtime) == "package",
                NullableWarnings = parseResult.GetValue(nullableWarnings),
            },
            Console.Out,
            Console.Error));
        return command;
    }

    public static int Run(GenerateOptions options, TextWriter stdout, TextWriter stderr)
    {
        if (CliDiagnostics.FirstMissing(options.TemplatePaths.Prepend(options.SpecPath)) is { } missing)
        {
            DiagnosticPrinter.Print(missing, stderr);
            return ExitCodes.UsageError;
        }

        var inputs = options.TemplatePaths.Prepend(options.SpecPath).Select(path => (Path: path, Text: CliDiagnostics.TryRead(path, out var problem), Problem: problem)).ToList();
        if (inputs.FirstOrDefault(i => i.Problem is not null).Problem is { } unreadable)
        {
            DiagnosticPrinter.Print(unreadable, stderr);
            return ExitCodes.UsageError;
        }

        var input = SpecInput.Create(options.SpecPath, inputs[0].Text!, options.Namespace, options.ClientName, rootNamespace: null) with
        {
            Files = SpecFileSource.Disk,
            Operations = options.Operations ?? OperationFilter.All,
            Validators = !options.NoValidators,
            Client = !options.NoClient,
            Mock = options.Mock,
            IsInternal = options.Internal,
            DatesAsDateTime = options.Framework?.IsBeforeNet6 == true || (options.UsesRuntimePackage && options.Framework?.GetsNetstandardRuntimePackage == true),
        };
        if (options.UsesRuntimePackage)
        {
            input = input with { RuntimeNamespace = RuntimeEmitter.PackageNamespace };
        }

        var overrides = inputs.Skip(1)
            .Select(template => new TemplateOverride(Path.GetFileName(template.Path), template.Path, template.Text!))
            .ToEquatableArray();
        var emitOptions = (options.Framework?.EmitOptions ?? EmitOptions.Latest) with { NullableWarnings = options.NullableWarnings };
        var (parsed, emitted) = SpecPipeline.Run(input, overrides, emitOptions, withRuntime: !options.UsesRuntimePackage);

        var diagnostics = parsed.Diagnostics.Concat(emitted?.Diagnostics ?? EquatableArray<SpecDiagnostic>.Empty).ToList();
        var files = emitted?.Files ?? EquatableArray<GeneratedFile>.Empty;
        if (emitted is not null && options.Framework?.IsBeforeNet6 == true)
        {
            files = files.Append(Polyfills.IsExternalInit).ToEquatableArray();
        }

        var written = 0;
        foreach (var file in files)
        {
            if (CliDiagnostics.TryWrite(Path.Combine(options.OutputDirectory, file.HintName), file.Source) is { } problem)
            {
                diagnostics.Add(problem);
                continue;
            }

            written++;
        }

        // A run that failed may have written a partial SDK: the files it did not write are still the user's last good ones.
        var removed = new List<string>();
        if (emitted is not null && !SpecPipeline.HasErrors(diagnostics))
        {
            var stale = StaleOutput.Remove(options.OutputDirectory, input.ClientName, files.Select(f => f.HintName));
            removed = stale.Removed;
            diagnostics.AddRange(stale.Problems);
        }

        DiagnosticPrinter.Print(diagnostics, stderr);
        stdout.WriteLine($"{input.ClientName}: {written} files written to {options.OutputDirectory}.");
        if (removed.Count > 0)
        {
            stdout.WriteLine($"{input.ClientName}: {removed.Count} files it no longer writes removed ({string.Join(", ", removed.Take(5))}{(removed.Count > 5 ? ", …" : string.Empty)}).");
        }

        return SpecPipeline.HasErrors(diagnostics) ? ExitCodes.SpecErrors : ExitCodes.Success;
    }
}
