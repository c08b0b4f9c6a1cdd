using System.IO;

namespace SpecForge.IntegrationTests;

/// <summary>
/// Consumers of the package on every target the README lists: a library an SDK author would publish
/// (netstandard2.0, net462, net8.0 and net10.0 at C# 9, the oldest language SpecForge supports), a net10.0 app that
/// runs that library's netstandard2.0 build, and a netstandard2.0 library left at its default C# 7.3.
/// </summary>
internal static class TargetConsumerProjects
{
    public const string Library = "Sdk";
    public const string Host = "Host";
    public const string Legacy = "Legacy";

    public static readonly string[] LibraryTargets = ["netstandard2.0", "net462", "net8.0", "net10.0"];

    /// <summary>What the host prints, running the netstandard2.0 build against its own in-process mock.</summary>
    public static readonly string[] ExpectedOutput =
    [
        "created: Rex dog 2020-02-29 (DateTime)",
        "read back: Rex 2020-02-29",
        "rejected: RequestValidationException /body/name",
        "missing: ApiException 404",
        "sent: X-Trace=t1",
        "slow: TimeoutException",
    ];

    public static void WriteTo(string directory, string feed, string packagesFolder, string version, string spec)
    {
        ConsumerProject.WriteIsolation(directory, feed);

        // netstandard2.0 and .NET Framework need the System.Text.Json package; net462 also takes PolySharp, whose
        // IsExternalInit SpecForge must not declare a second time. Warnings are errors, documentation included.
        WriteProject(Library, spec, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFrameworks>{string.Join(";", LibraryTargets)}</TargetFrameworks>
                <LangVersion>9.0</LangVersion>
                <Nullable>enable</Nullable>
                <RootNamespace>TargetSdk</RootNamespace>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <RestorePackagesPath>{packagesFolder}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="SpecForge" Version="{version}" PrivateAssets="all" />
                <PackageReference Include="System.Text.Json" Version="10.0.0" Condition="'$(TargetFramework)' == 'netstandard2.0' Or '$(TargetFramework)' == 'net462'" />
                <PackageReference Include="PolySharp" Version="1.17.1" PrivateAssets="all" Condition="'$(TargetFramework)' == 'net462'" />
              </ItemGroup>
              <ItemGroup>
                <SpecForgeSpec Include="petstore.yaml" Namespace="Petstore" ClientName="PetstoreClient" Mock="true" />
              </ItemGroup>
            </Project>
            """);

        // The library's netstandard2.0 build, run by a modern app: the runtime's pre-.NET 6 paths (dates as DateTime,
        // reads without cancellable overloads) are the ones executed.
        WriteProject(Host, specText: null, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <RestorePackagesPath>{packagesFolder}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../{Library}/{Library}.csproj" SetTargetFramework="TargetFramework=netstandard2.0" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, Host, "Program.cs"), HostProgram);

        WriteProject(Legacy, spec, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
                <RestorePackagesPath>{packagesFolder}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="SpecForge" Version="{version}" PrivateAssets="all" />
                <PackageReference Include="System.Text.Json" Version="10.0.0" />
              </ItemGroup>
              <ItemGroup>
                <SpecForgeSpec Include="petstore.yaml" Namespace="Petstore" ClientName="PetstoreClient" />
              </ItemGroup>
            </Project>
            """);

        void WriteProject(string name, string? specText, string project)
        {
            Directory.CreateDirectory(Path.Combine(directory, name));
            File.WriteAllText(Path.Combine(directory, name, name + ".csproj"), project);
            if (specText is not null)
            {
                File.WriteAllText(Path.Combine(directory, name, "petstore.yaml"), specText);
            }
        }
    }

    // The spec's server is https://pets.example.com/v1; the mock answers under the same base path.
    private const string HostProgram = """
        using System.Globalization;
        using Petstore;
        using TargetSdk.SpecForge;
        using TargetSdk.SpecForge.Mocking;

        using var http = new HttpClient(new PetstoreMockHandler(new MockServerOptions { Stateful = true, Seed = 7 }));
        var client = new PetstoreClient(http);

        var created = await client.CreatePetAsync(new NewPet { Name = "Rex", Tag = "dog", BirthDate = new DateTime(2020, 2, 29) });
        Console.WriteLine($"created: {created.Name} {created.Tag} {created.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} ({created.BirthDate?.GetType().Name})");

        var read = await client.GetPetAsync(created.Id);
        Console.WriteLine($"read back: {read.Name} {read.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");

        try
        {
            await client.CreatePetAsync(new NewPet { Name = null! });
            Console.WriteLine("rejected: nothing");
        }
        catch (RequestValidationException ex)
        {
            Console.WriteLine($"rejected: {ex.GetType().Name} {string.Join(",", ex.Violations.Select(v => v.Path))}");
        }

        try
        {
            await client.GetPetAsync(created.Id + 1000);
            Console.WriteLine("missing: no exception");
        }
        catch (ApiException ex)
        {
            Console.WriteLine($"missing: {ex.GetType().Name} {ex.StatusCode}");
        }

        // Per-call options on the netstandard2.0 build: its header and hook, and a timeout that runs out in a slow handler.
        using var slowHttp = new HttpClient(new SlowHandler(new PetstoreMockHandler()));
        try
        {
            await new PetstoreClient(slowHttp).ListPetsAsync(requestOptions: new RequestOptions
            {
                Headers = { ["X-Trace"] = "t1" },
                Timeout = TimeSpan.FromMilliseconds(200),
                OnRequest = request => Console.WriteLine($"sent: X-Trace={string.Join(",", request.Headers.GetValues("X-Trace"))}"),
            });
            Console.WriteLine("slow: no timeout");
        }
        catch (TimeoutException ex)
        {
            Console.WriteLine($"slow: {ex.GetType().Name}");
        }

        /// <summary>Holds every request back far longer than the call's timeout.</summary>
        internal sealed class SlowHandler : DelegatingHandler
        {
            public SlowHandler(HttpMessageHandler inner)
                : base(inner)
            {
            }

            protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
                return await base.SendAsync(request, cancellationToken);
            }
        }
        """;
}
