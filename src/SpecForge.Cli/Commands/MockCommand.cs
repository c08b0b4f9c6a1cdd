using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SpecForge.Core.Collections;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Reading.External;
using SpecForge.Core.Reading.Selecting;
using SpecForge.Core;
using SpecForge.Runtime.Mocking;

namespace SpecForge.Cli.Commands;

/// <summary>The options of <c>specforge mock</c>, once parsed. Port 0 takes any free port.</summary>
internal sealed record MockOptions(
    IReadOnlyList<string> Inputs,
    int Port = 4010,
    string Host = "127.0.0.1",
    int Seed = 1,
    bool Stateful = false,
    long MaxBodyBytes = MockServerOptions.DefaultMaxRequestBodyBytes,
    OperationFilter? Operations = null);

/// <summary>
/// <c>specforge mock &lt;spec-or-markdown&gt;... [--port 4010] [--host 127.0.0.1] [--seed N] [--stateful] [--max-body-bytes N]
/// [--include PATTERN]... [--exclude PATTERN]...</c>: serves a
/// mock of the API over HTTP, run by the same engine the generated <c>&lt;Base&gt;Mock</c> embeds, until Ctrl+C.
/// Several documentation files make one API, as for <c>normalize</c>.
/// </summary>
internal static class MockCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("spec") { Description = "An OpenAPI document, or documentation files about one API.", Arity = ArgumentArity.OneOrMore };
        var port = new Option<int>("--port", "-p") { Description = "The port to listen on (0: any free port).", DefaultValueFactory = _ => 4010 };
        var host = new Option<string>("--host") { Description = "The address to listen on; loopback unless you mean to share the mock.", DefaultValueFactory = _ => "127.0.0.1" };
        var seed = new Option<int>("--seed") { Description = "The seed of generated data: same seed, same responses.", DefaultValueFactory = _ => 1 };
        var stateful = new Option<bool>("--stateful") { Description = "Writes (POST, PUT, PATCH, DELETE) change what later reads return." };
        var maxBodyBytes = new Option<long>("--max-body-bytes")
        {
            Description = "The longest request body served, in bytes; a longer one is answered 413 (default 10 MiB).",
            DefaultValueFactory = _ => MockServerOptions.DefaultMaxRequestBodyBytes,
        };

        var include = OperationOptions.Include();
        var exclude = OperationOptions.Exclude();

        var command = new Command("mock", "Serve a mock server of an API from its spec or docs.") { inputs, port, host, seed, stateful, maxBodyBytes, include, exclude };
        command.SetAction(parseResult => Run(
            new MockOptions(
                parseResult.GetValue(inputs) ?? Array.Empty<string>(),
                parseResult.GetValue(port),
                parseResult.GetValue(host)!,
                parseResult.GetValue(seed),
                parseResult.GetValue(stateful),
                parseResult.GetValue(maxBodyBytes),
                OperationOptions.Filter(parseResult, include, exclude)),
            Console.Out,
            Console.Error));
        return command;
    }

    public static int Run(MockOptions options, TextWriter stdout, TextWriter stderr)
    {
        if ((CliDiagnostics.FirstMissing(options.Inputs) ?? ValidatePort(options) ?? ValidateHost(options) ?? ValidateMaxBodyBytes(options)) is { } problem)
        {
            DiagnosticPrinter.Print(problem, stderr);
            return ExitCodes.UsageError;
        }

        if (ToSpecInput(options, out var unreadable) is not { } input)
        {
            DiagnosticPrinter.Print(unreadable!, stderr);
            return ExitCodes.UsageError;
        }

        // No mock is served from input with errors; the errors printed say why.
        var parsed = SpecPipeline.Parse(input, includeSpecJson: true);
        DiagnosticPrinter.Print(parsed.Diagnostics, stderr);
        if (parsed.Model?.SpecJson is not { } specJson || SpecPipeline.HasErrors(parsed.Diagnostics))
        {
            return ExitCodes.SpecErrors;
        }

        if (!IsLoopback(options.Host))
        {
            DiagnosticPrinter.Print(SpecDiagnostic.Create(DiagnosticCatalog.MockNotLocal, $"Listening on {options.Host} exposes the mock to other machines; use --host 127.0.0.1 to keep it local.", CliDiagnostics.Program), stderr);
        }

        var engine = MockEngine.Create(
            Encoding.UTF8.GetBytes(specJson),
            new MockServerOptions { Seed = options.Seed, Stateful = options.Stateful, MaxRequestBodyBytes = options.MaxBodyBytes });
        using var app = BuildApp(options, engine, stdout);
        try
        {
            app.Start();
        }
        catch (IOException ex)
        {
            // Kestrel says so when the port is taken or the address is not this machine's.
            DiagnosticPrinter.Print(CliDiagnostics.CommandLine($"Cannot listen on {options.Host}:{options.Port}: {ex.Message}"), stderr);
            return ExitCodes.UsageError;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        stdout.WriteLine($"Mock of {parsed.Model.Title}: {engine.Operations.Count} operations, listening on {address} (seed {options.Seed}{(options.Stateful ? ", stateful" : string.Empty)}). Ctrl+C stops it.");
        app.WaitForShutdown();
        stdout.WriteLine("Mock stopped.");
        return ExitCodes.Success;
    }

    // Several files are one API under the first one's name, exactly as the generator groups items sharing an Api name.
    private static SpecInput? ToSpecInput(MockOptions options, out SpecDiagnostic? problem)
    {
        var texts = new List<string>();
        foreach (var path in options.Inputs)
        {
            if (CliDiagnostics.TryRead(path, out problem) is not { } text)
            {
                return null;
            }

            texts.Add(text);
        }

        problem = null;
        var input = SpecInput.Create(options.Inputs[0], texts[0], @namespace: null, clientName: null, rootNamespace: null) with { Files = SpecFileSource.Disk };
        return input with
        {
            Companions = options.Inputs.Skip(1).Select((path, i) => new CompanionDocument(path, texts[i + 1])).ToEquatableArray(),
            Operations = options.Operations ?? OperationFilter.All,
        };
    }

    private static WebApplication BuildApp(MockOptions options, MockEngine engine, TextWriter log)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var rejections = new KestrelRejectionLog(log);
        builder.Logging.AddProvider(rejections);
        builder.Logging.AddFilter<KestrelRejectionLog>(KestrelRejectionLog.Category, LogLevel.Debug);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // The engine's limit, so a chunked body over it fails while it is read rather than after 30 MB (Kestrel's default).
            kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes;
            if (IPAddress.TryParse(options.Host, out var ip))
            {
                kestrel.Listen(ip, options.Port);
            }
            else
            {
                kestrel.ListenLocalhost(options.Port);
            }
        });

        var app = builder.Build();
        app.Run(async context =>
        {
            var (request, response, kestrelReports) = await MockHttpContext.AnswerAsync(engine, context).ConfigureAwait(false);
            if (kestrelReports)
            {
                rejections.AnsweredByMock(context.Connection.Id);
            }

            // Logged before writing, so an answer still shows when the client has already gone.
            log.WriteLine(LogLine(request, response));
            await MockHttpContext.WriteAsync(response, context).ConfigureAwait(false);
        });
        return app;
    }

    // "GET /contacts?limit=2 200 example 'two'": the outcome already starts with the status, so it is not repeated.
    internal static string LogLine(MockRequest request, MockResponse response)
    {
        var target = request.Query.Length == 0 ? request.Path : request.Path + "?" + request.Query;
        var status = response.Status.ToString(CultureInfo.InvariantCulture);
        var outcome = response.Outcome.StartsWith(status, StringComparison.Ordinal) ? response.Outcome : status + " " + response.Outcome;
        return $"{DateTime.Now:HH:mm:ss.fff} {request.Method} {target} {outcome}";
    }

    private static bool IsLoopback(string host) =>
        IPAddress.TryParse(host, out var ip) ? IPAddress.IsLoopback(ip) : string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase);

    private static SpecDiagnostic? ValidatePort(MockOptions options) =>
        options.Port is < 0 or > 65535 ? CliDiagnostics.CommandLine($"The port {options.Port} is not between 0 and 65535.") : null;

    private static SpecDiagnostic? ValidateMaxBodyBytes(MockOptions options) =>
        options.MaxBodyBytes < 0 ? CliDiagnostics.CommandLine($"The body limit {options.MaxBodyBytes} is negative.") : null;

    private static SpecDiagnostic? ValidateHost(MockOptions options) =>
        IPAddress.TryParse(options.Host, out _) || string.Equals(options.Host, "localhost", StringComparison.OrdinalIgnoreCase)
            ? null
            : CliDiagnostics.CommandLine($"The host '{options.Host}' is not an IP address or 'localhost'.");
}
