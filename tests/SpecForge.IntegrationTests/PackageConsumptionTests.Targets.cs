using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SpecForge.IntegrationTests.Infrastructure;

namespace SpecForge.IntegrationTests;

/// <summary>The package on every target framework and language version the README's table names.</summary>
public sealed partial class PackageConsumptionTests
{
    private static readonly Regex AnyWarning = new(@"\bwarning [A-Z]+[0-9]+", RegexOptions.IgnoreCase);

    [Fact]
    public void Library_compiles_without_warnings_for_every_listed_target_at_csharp_9()
    {
        var build = RequireStep(_fixture.LibraryBuild, "dotnet build (multi-target library)");

        Assert.True(build.ExitCode == 0, build.Describe());
        Assert.DoesNotMatch(AnyWarning, build.Output);
        foreach (var target in TargetConsumerProjects.LibraryTargets)
        {
            var assembly = Path.Combine(_fixture.TargetsDirectory, TargetConsumerProjects.Library, "bin", "Debug", target, TargetConsumerProjects.Library + ".dll");
            Assert.True(File.Exists(assembly), $"No {target} build of the library at {assembly}.\n{build.Describe()}");
        }
    }

    [Fact]
    public void Netstandard_build_of_the_sdk_runs_against_its_mock_with_dates_as_DateTime()
    {
        var build = RequireStep(_fixture.HostBuild, "dotnet build (host of the netstandard2.0 library)");
        Assert.True(build.ExitCode == 0, build.Describe());

        // The host must have loaded the netstandard2.0 assembly, or the pre-.NET 6 paths never ran.
        var referenced = Path.Combine(_fixture.TargetsDirectory, TargetConsumerProjects.Host, "bin", "Debug", "net10.0", TargetConsumerProjects.Library + ".dll");
        var netstandard = Path.Combine(_fixture.TargetsDirectory, TargetConsumerProjects.Library, "bin", "Debug", "netstandard2.0", TargetConsumerProjects.Library + ".dll");
        Assert.True(File.Exists(referenced) && File.ReadAllBytes(referenced).AsSpan().SequenceEqual(File.ReadAllBytes(netstandard)), "The host did not copy the netstandard2.0 build.\n" + build.Describe());

        var run = RequireStep(_fixture.HostRun, "dotnet run (host)");
        Assert.True(run.ExitCode == 0, run.Describe());
        var lines = run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(TargetConsumerProjects.ExpectedOutput.SequenceEqual(lines), $"Expected:{Environment.NewLine}{string.Join(Environment.NewLine, TargetConsumerProjects.ExpectedOutput)}{Environment.NewLine}{run.Describe()}");
    }

    [Fact]
    public void Csharp_7_3_project_gets_one_diagnostic_naming_the_language_version_and_no_compiler_errors()
    {
        var build = RequireStep(_fixture.LegacyBuild, "dotnet build (netstandard2.0 at C# 7.3)");

        Assert.True(build.ExitCode != 0, build.Describe());
        var match = Regex.Match(build.Output, @"(?:^|[\\/])petstore\.yaml\(1,1\): error SF5003: (.*)$", RegexOptions.Multiline);
        Assert.True(match.Success, "No SF5003 at petstore.yaml.\n" + build.Describe());
        Assert.Contains("C# 7.3", match.Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains("<LangVersion>9.0</LangVersion>", match.Groups[1].Value, StringComparison.Ordinal);

        // Nothing was generated, so the compiler has nothing to fail on: SF5003 is the whole story.
        Assert.DoesNotMatch(new Regex(@"error CS\d+"), build.Output);
    }
}
