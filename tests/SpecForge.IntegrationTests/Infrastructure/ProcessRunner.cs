using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace SpecForge.IntegrationTests.Infrastructure;

/// <summary>What a child process did; <see cref="Describe"/> is meant for assertion messages, so a CI log explains a failure.</summary>
internal sealed record ProcessResult(string CommandLine, int ExitCode, bool TimedOut, string StandardOutput, string StandardError, TimeSpan Elapsed)
{
    public string Output => StandardOutput + StandardError;

    public string Describe() =>
        $"`{CommandLine}` {(TimedOut ? "timed out" : "exited with " + ExitCode)} after {Elapsed.TotalSeconds:F1}s."
        + $"{Environment.NewLine}--- stdout ---{Environment.NewLine}{StandardOutput}"
        + $"{Environment.NewLine}--- stderr ---{Environment.NewLine}{StandardError}";
}

/// <summary>Runs <c>dotnet</c> as a child process with a deadline and a quiet, reproducible environment.</summary>
internal static class ProcessRunner
{
    // The host running the tests, so the children use the same SDK install even when PATH has another one first.
    public static string DotnetHost { get; } = FindDotnetHost();

    public static Task<ProcessResult> RunDotnetAsync(string workingDirectory, TimeSpan timeout, params string[] arguments) =>
        RunAsync(DotnetHost, workingDirectory, timeout, null, arguments);

    /// <summary>Runs <paramref name="fileName"/> the same way, with <paramref name="environment"/> added to the child's environment.</summary>
    public static async Task<ProcessResult> RunAsync(string fileName, string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        ConfigureEnvironment(startInfo.Environment);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[name] = value;
        }

        var commandLine = (fileName == DotnetHost ? "dotnet" : fileName) + " " + string.Join(" ", arguments);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start " + commandLine);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();

        // The streams are awaited too: a build server that inherited them would otherwise leave the reads hanging.
        var timedOut = false;
        try
        {
            await Task.WhenAll(process.WaitForExitAsync(), stdout, stderr).WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            timedOut = true;
            process.Kill(entireProcessTree: true);
            await Task.WhenAny(Task.WhenAll(stdout, stderr), Task.Delay(TimeSpan.FromSeconds(10)));
        }

        return new ProcessResult(
            commandLine,
            timedOut ? -1 : process.ExitCode,
            timedOut,
            stdout.IsCompletedSuccessfully ? stdout.Result : string.Empty,
            stderr.IsCompletedSuccessfully ? stderr.Result : string.Empty,
            watch.Elapsed);
    }

    private static string FindDotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        return Environment.ProcessPath is { } current && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }

    private static void ConfigureEnvironment(IDictionary<string, string?> environment)
    {
        // `dotnet test` leaves MSBuild's own variables behind; inherited, they would point the child build at the parent's MSBuild.
        foreach (var name in environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            environment.Remove(name);
        }

        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        environment["DOTNET_GENERATE_ASPNET_CERTIFICATE"] = "0";

        // Assertions look for English summaries such as "0 Warning(s)".
        environment["DOTNET_CLI_UI_LANGUAGE"] = "en";

        // Node reuse leaves MSBuild processes running after the test, holding temp files open.
        environment["MSBUILDDISABLENODEREUSE"] = "1";
    }
}
