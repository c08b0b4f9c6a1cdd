using System;
using System.IO;
using System.Threading.Tasks;
using SpecForge.IntegrationTests.Infrastructure;
using SpecForge.Tests.Shared;

namespace SpecForge.IntegrationTests;

/// <summary>
/// Packs Generator.sln once and builds one consumer of the package, outside the repository, for all of
/// <see cref="PackageConsumptionTests"/>. Each step records its result instead of throwing, so every test
/// reports the step it is about (with the step's output) rather than one opaque fixture failure.
/// </summary>
public sealed class PackedConsumerFixture : IAsyncLifetime
{
    public const string Version = "0.1.0";

    // Generous next to the usual 10-20 s, yet a hung child cannot eat the CI budget shared with everything else.
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(1);

    // Compiler and MSBuild servers would outlive the test, holding the temp folder and the output pipes open.
    private static readonly string[] NoBuildServers = ["--disable-build-servers", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-tl:off"];

    private readonly TempDirectory _root = new("specforge-it");

    public string Feed => _root.Combine("feed");

    public string ConsumerDirectory => _root.Combine("consumer");

    public string PackagesFolder => _root.Combine("packages");

    public string SpecPath => Path.Combine(ConsumerDirectory, "petstore.yaml");

    public string GeneratorPackage => Path.Combine(Feed, $"SpecForge.{Version}.nupkg");

    public string CliPackage => Path.Combine(Feed, $"SpecForge.Cli.{Version}.nupkg");

    public string RuntimePackage => Path.Combine(Feed, $"SpecForge.Runtime.{Version}.nupkg");

    public string SharedRuntimeDirectory => _root.Combine("shared-runtime");

    internal ProcessResult? SharedRuntimeBuild { get; private set; }

    internal ProcessResult? SharedRuntimeRun { get; private set; }

    internal ProcessResult? Pack { get; private set; }

    internal ProcessResult? Build { get; private set; }

    internal ProcessResult? Run { get; private set; }

    internal ProcessResult? BrokenBuild { get; private set; }

    internal ProcessResult? MinimumCompilerBuild { get; private set; }

    internal ProcessResult? MinimumCompilerRun { get; private set; }

    public string TargetsDirectory => _root.Combine("targets");

    internal ProcessResult? LibraryBuild { get; private set; }

    internal ProcessResult? HostBuild { get; private set; }

    internal ProcessResult? HostRun { get; private set; }

    internal ProcessResult? LegacyBuild { get; private set; }

    public async Task InitializeAsync()
    {
        // bin/ and obj/ go to a private artifacts folder: the package is always built from the current source, and
        // the pack never races another Release build of the repository (benchmarks, a developer's IDE) over src/*/obj.
        Pack = await ProcessRunner.RunDotnetAsync(
            RepoPaths.Root,
            PackTimeout,
            ["pack", RepoPaths.InRepo("Generator.sln"), "-c", "Release", "-o", Feed, "--artifacts-path", _root.Combine("artifacts"), .. NoBuildServers]);
        if (Pack.ExitCode != 0 || !File.Exists(GeneratorPackage))
        {
            return;
        }

        await BuildTargetConsumersAsync();
        await BuildSharedRuntimeConsumersAsync();

        ConsumerProject.WriteTo(ConsumerDirectory, Feed, PackagesFolder, Version);
        WriteSpec(FixtureFiles.Petstore);
        File.WriteAllText(Path.Combine(ConsumerDirectory, ConsumerProject.SubsetSpec), File.ReadAllText(FixtureFiles.PathOf(FixtureFiles.Petstore)));
        Build = await ProcessRunner.RunDotnetAsync(ConsumerDirectory, BuildTimeout, ["build", .. NoBuildServers]);
        if (Build.ExitCode != 0)
        {
            return;
        }

        Run = await ProcessRunner.RunDotnetAsync(ConsumerDirectory, RunTimeout, ["run", "--no-build"]);

        // The same project and restore with only the spec edited, as a user would break it; a second consumer would double the cost.
        WriteSpec(FixtureFiles.Malformed);
        BrokenBuild = await ProcessRunner.RunDotnetAsync(ConsumerDirectory, BuildTimeout, ["build", "--no-restore", .. NoBuildServers]);

        // The same project again, compiled by the oldest compiler the README promises: the generator, Scriban and the
        // emitted code must all work there. Normal verbosity prints the csc command line, which names the compiler used.
        WriteSpec(FixtureFiles.Petstore);
        MinimumCompilerBuild = await ProcessRunner.RunDotnetAsync(
            ConsumerDirectory,
            BuildTimeout,
            ["build", "--no-incremental", "-v:n", "-p:ConsumerCompilerVersion=" + ConsumerProject.MinimumCompilerVersion, .. NoBuildServers]);
        if (MinimumCompilerBuild.ExitCode == 0)
        {
            MinimumCompilerRun = await ProcessRunner.RunDotnetAsync(ConsumerDirectory, RunTimeout, ["run", "--no-build"]);
        }
    }

    // Independent of the main consumer, so a failure there still lets these report on their own.
    private async Task BuildTargetConsumersAsync()
    {
        TargetConsumerProjects.WriteTo(TargetsDirectory, Feed, PackagesFolder, Version, File.ReadAllText(FixtureFiles.PathOf(FixtureFiles.Petstore)));
        LibraryBuild = await ProcessRunner.RunDotnetAsync(
            Path.Combine(TargetsDirectory, TargetConsumerProjects.Library), BuildTimeout, ["build", .. NoBuildServers]);
        HostBuild = await ProcessRunner.RunDotnetAsync(
            Path.Combine(TargetsDirectory, TargetConsumerProjects.Host), BuildTimeout, ["build", .. NoBuildServers]);
        if (HostBuild.ExitCode == 0)
        {
            HostRun = await ProcessRunner.RunDotnetAsync(Path.Combine(TargetsDirectory, TargetConsumerProjects.Host), RunTimeout, ["run", "--no-build"]);
        }

        LegacyBuild = await ProcessRunner.RunDotnetAsync(
            Path.Combine(TargetsDirectory, TargetConsumerProjects.Legacy), BuildTimeout, ["build", .. NoBuildServers]);
    }

    private async Task BuildSharedRuntimeConsumersAsync()
    {
        SharedRuntimeProjects.WriteTo(SharedRuntimeDirectory, Feed, PackagesFolder, Version, File.ReadAllText(FixtureFiles.PathOf(FixtureFiles.Petstore)));
        var app = Path.Combine(SharedRuntimeDirectory, SharedRuntimeProjects.App);
        SharedRuntimeBuild = await ProcessRunner.RunDotnetAsync(app, BuildTimeout, ["build", .. NoBuildServers]);
        if (SharedRuntimeBuild.ExitCode == 0)
        {
            SharedRuntimeRun = await ProcessRunner.RunDotnetAsync(app, RunTimeout, ["run", "--no-build"]);
        }
    }

    public Task DisposeAsync()
    {
        _root.Dispose();
        return Task.CompletedTask;
    }

    // Written rather than copied: File.Copy keeps the fixture's old timestamp, and the incremental build would then
    // consider the compilation up to date and never rerun the generator.
    private void WriteSpec(string fixture) => File.WriteAllText(SpecPath, File.ReadAllText(FixtureFiles.PathOf(fixture)));
}
