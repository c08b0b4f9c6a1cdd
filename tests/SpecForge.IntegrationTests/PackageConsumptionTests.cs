using System;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SpecForge.IntegrationTests.Infrastructure;
using SpecForge.Tests.Shared;

namespace SpecForge.IntegrationTests;

/// <summary>The packed SpecForge package, consumed by PackageReference from a project that knows nothing of this repository.</summary>
public sealed partial class PackageConsumptionTests : IClassFixture<PackedConsumerFixture>
{
    private readonly PackedConsumerFixture _fixture;

    public PackageConsumptionTests(PackedConsumerFixture fixture) => _fixture = fixture;

    [Fact]
    public void Pack_produces_the_generator_and_the_tool_package()
    {
        var pack = RequireStep(_fixture.Pack, "dotnet pack");

        Assert.True(pack.ExitCode == 0, pack.Describe());
        Assert.True(File.Exists(_fixture.GeneratorPackage), $"Missing {_fixture.GeneratorPackage}.\n{pack.Describe()}");
        Assert.True(File.Exists(_fixture.CliPackage), $"Missing {_fixture.CliPackage}.\n{pack.Describe()}");
    }

    [Fact]
    public void Generator_package_holds_the_analyzer_and_its_dependencies_and_the_props_only()
    {
        RequireStep(_fixture.Pack, "dotnet pack");
        using var package = ZipFile.OpenRead(_fixture.GeneratorPackage);
        var contents = package.Entries.Select(e => e.FullName).Where(IsContent).OrderBy(n => n, StringComparer.Ordinal).ToArray();

        Assert.Equal(
            [
                "analyzers/dotnet/cs/Microsoft.OpenApi.dll",
                "analyzers/dotnet/cs/Scriban.Signed.dll",
                "analyzers/dotnet/cs/SpecForge.Core.dll",
                "analyzers/dotnet/cs/SpecForge.Generator.dll",
                "analyzers/dotnet/cs/SpecForge.Runtime.dll",
                "analyzers/dotnet/cs/YamlDotNet.dll",
                "build/SpecForge.props",
                "buildTransitive/SpecForge.props",
            ],
            contents);
        Assert.DoesNotContain(package.Entries, e => e.FullName.StartsWith("lib/", StringComparison.OrdinalIgnoreCase));

        // A consumer must not inherit Microsoft.OpenApi & co. as runtime dependencies of its own app.
        var nuspec = ReadNuspec(package, "SpecForge.nuspec");
        Assert.DoesNotContain(nuspec.Descendants(), e => e.Name.LocalName == "dependency");
        Assert.Equal("true", nuspec.Descendants().Single(e => e.Name.LocalName == "developmentDependency").Value);
    }

    [Fact]
    public void Cli_package_is_a_dotnet_tool_named_specforge()
    {
        RequireStep(_fixture.Pack, "dotnet pack");
        using var package = ZipFile.OpenRead(_fixture.CliPackage);

        var nuspec = ReadNuspec(package, "SpecForge.Cli.nuspec");
        Assert.Contains(nuspec.Descendants().Where(e => e.Name.LocalName == "packageType"), e => (string?)e.Attribute("name") == "DotnetTool");

        var settingsEntry = package.Entries.SingleOrDefault(e => e.FullName.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal));
        Assert.True(settingsEntry is not null, "No DotnetToolSettings.xml in " + string.Join(", ", package.Entries.Select(e => e.FullName)));
        using var stream = settingsEntry.Open();
        var command = XDocument.Load(stream).Descendants("Command").Single();
        Assert.Equal("specforge", (string?)command.Attribute("Name"));
        Assert.Equal("specforge.dll", (string?)command.Attribute("EntryPoint"));
        Assert.Contains(package.Entries, e => e.FullName == Path.GetDirectoryName(settingsEntry.FullName)!.Replace('\\', '/') + "/specforge.dll");
    }

    [Fact]
    public void Consumer_builds_without_warnings_and_calls_the_generated_client()
    {
        Assert.False(
            Path.GetFullPath(_fixture.ConsumerDirectory).StartsWith(RepoPaths.Root, StringComparison.Ordinal),
            "The consumer must live outside the repository so the repository's Directory.Build.props cannot apply.");
        var build = RequireStep(_fixture.Build, "dotnet build (consumer)");
        Assert.True(build.ExitCode == 0, build.Describe());
        Assert.True(build.StandardOutput.Contains(" 0 Warning(s)", StringComparison.Ordinal), build.Describe());
        Assert.DoesNotMatch(new Regex(@"\bwarning [A-Z]+[0-9]+", RegexOptions.IgnoreCase), build.Output);

        // NuGet records the hash of the package it restored; it must be the one packed a moment ago.
        var restoredHash = Path.Combine(_fixture.PackagesFolder, "specforge", PackedConsumerFixture.Version, $"specforge.{PackedConsumerFixture.Version}.nupkg.sha512");
        Assert.True(File.Exists(restoredHash), $"SpecForge was not restored into {_fixture.PackagesFolder}.\n{build.Describe()}");
        Assert.Equal(Convert.ToBase64String(SHA512.HashData(File.ReadAllBytes(_fixture.GeneratorPackage))), File.ReadAllText(restoredHash).Trim());

        var run = RequireStep(_fixture.Run, "dotnet run (consumer)");
        Assert.True(run.ExitCode == 0, run.Describe());
        var lines = run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(
            ConsumerProject.ExpectedOutput.SequenceEqual(lines),
            $"Expected the consumer to print:{Environment.NewLine}{string.Join(Environment.NewLine, ConsumerProject.ExpectedOutput)}{Environment.NewLine}{run.Describe()}");
    }

    [Fact]
    public void Consumer_builds_and_runs_with_the_oldest_supported_compiler()
    {
        var build = RequireStep(_fixture.MinimumCompilerBuild, "dotnet build (consumer, Roslyn " + ConsumerProject.MinimumCompilerVersion + ")");
        Assert.True(build.ExitCode == 0, build.Describe());
        Assert.DoesNotMatch(new Regex(@"\bwarning [A-Z]+[0-9]+", RegexOptions.IgnoreCase), build.Output);

        // Without this the SDK's own compiler could have built it and the test would prove nothing.
        var toolset = "microsoft.net.compilers.toolset" + Path.DirectorySeparatorChar + ConsumerProject.MinimumCompilerVersion;
        Assert.True(build.Output.Contains(toolset, StringComparison.OrdinalIgnoreCase), "The build did not run the compiler from " + toolset + ".\n" + build.Describe());

        var run = RequireStep(_fixture.MinimumCompilerRun, "dotnet run (consumer, Roslyn " + ConsumerProject.MinimumCompilerVersion + ")");
        Assert.True(run.ExitCode == 0, run.Describe());
        var lines = run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(ConsumerProject.ExpectedOutput.SequenceEqual(lines), run.Describe());
    }

    [Fact]
    public void Consumer_build_reports_malformed_spec_at_its_line()
    {
        var broken = RequireStep(_fixture.BrokenBuild, "dotnet build (consumer, malformed spec)");

        Assert.True(broken.ExitCode != 0, broken.Describe());
        // Matched by file name: the compiler may print the folder differently (a symlinked temp path on macOS, say).
        var match = Regex.Match(broken.Output, @"(?:^|[\\/])petstore\.yaml\((\d+),(\d+)\): error (SF100[12]): ", RegexOptions.Multiline);
        Assert.True(match.Success, "No SF1001/SF1002 located in petstore.yaml.\n" + broken.Describe());
        Assert.True(
            match.Groups[1].Value == FixtureFiles.MalformedLine.ToString(CultureInfo.InvariantCulture) && match.Groups[3].Value == "SF1002",
            $"Expected SF1002 on line {FixtureFiles.MalformedLine}, got '{match.Value}'.{Environment.NewLine}{broken.Describe()}");
    }

    // Files NuGet adds to every package are not the package's content.
    private static bool IsContent(string entry) =>
        !entry.StartsWith("_rels/", StringComparison.Ordinal)
        && !entry.StartsWith("package/", StringComparison.Ordinal)
        && entry != "[Content_Types].xml"
        && !entry.EndsWith(".nuspec", StringComparison.Ordinal);

    private static XDocument ReadNuspec(ZipArchive package, string name)
    {
        var entry = package.GetEntry(name);
        Assert.True(entry is not null, $"No {name} in the package.");
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    // A step is skipped when an earlier one failed; the earlier step's output is the useful part of the message.
    private ProcessResult RequireStep(ProcessResult? step, string name)
    {
        if (step is not null)
        {
            return step;
        }

        var earlier = new[] { _fixture.Pack, _fixture.Build, _fixture.Run }.LastOrDefault(s => s is not null);
        Assert.Fail($"'{name}' did not run because an earlier step failed.\n{earlier?.Describe()}");
        return null!;
    }
}
