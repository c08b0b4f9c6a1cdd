using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using SpecForge.IntegrationTests.Infrastructure;

namespace SpecForge.IntegrationTests;

/// <summary><c>&lt;SpecForgeRuntime&gt;Package&lt;/SpecForgeRuntime&gt;</c>: several assemblies share the packed SpecForge.Runtime.</summary>
public sealed partial class PackageConsumptionTests
{
    [Fact]
    public void Runtime_package_holds_the_runtime_for_netstandard2_0_and_net8_0_and_nothing_else()
    {
        RequireStep(_fixture.Pack, "dotnet pack");
        Assert.True(File.Exists(_fixture.RuntimePackage), $"Missing {_fixture.RuntimePackage}.");
        using var package = ZipFile.OpenRead(_fixture.RuntimePackage);
        var contents = package.Entries.Select(e => e.FullName).Where(IsContent).OrderBy(n => n, StringComparer.Ordinal).ToArray();

        Assert.Equal(
            [
                "lib/net8.0/SpecForge.Runtime.dll",
                "lib/net8.0/SpecForge.Runtime.xml",
                "lib/netstandard2.0/SpecForge.Runtime.dll",
                "lib/netstandard2.0/SpecForge.Runtime.xml",
            ],
            contents);
    }

    [Fact]
    public void Two_libraries_on_the_runtime_package_share_one_ApiException_in_an_app_that_uses_both()
    {
        var build = RequireStep(_fixture.SharedRuntimeBuild, "dotnet build (app over two SDK libraries on the runtime package)");
        Assert.True(build.ExitCode == 0, build.Describe());
        Assert.DoesNotMatch(AnyWarning, build.Output);

        var run = RequireStep(_fixture.SharedRuntimeRun, "dotnet run (app over two SDK libraries)");
        Assert.True(run.ExitCode == 0, run.Describe());
        // The last line counts the runtime's types in each library assembly by reflection: none, they are the package's.
        var lines = run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(SharedRuntimeProjects.ExpectedOutput.SequenceEqual(lines), $"Expected:{Environment.NewLine}{string.Join(Environment.NewLine, SharedRuntimeProjects.ExpectedOutput)}{Environment.NewLine}{run.Describe()}");
    }
}
