using System;
using System.IO;
using System.Threading.Tasks;

namespace SpecForge.IntegrationTests.Infrastructure;

/// <summary>Runs the real <c>specforge</c> tool as a child process, to prove what in-process tests cannot: argument parsing and exit codes.</summary>
internal static class CliProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    // The referenced CLI project is copied next to the tests with its runtimeconfig, so `dotnet specforge.dll` runs it.
    public static string Assembly { get; } = Path.Combine(AppContext.BaseDirectory, "specforge.dll");

    public static Task<ProcessResult> RunAsync(params string[] arguments)
    {
        Assert.True(File.Exists(Assembly), $"The CLI was not copied next to the tests: {Assembly}");
        return ProcessRunner.RunDotnetAsync(AppContext.BaseDirectory, Timeout, [Assembly, .. arguments]);
    }
}
