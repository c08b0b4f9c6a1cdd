using System.IO;

namespace SpecForge.IntegrationTests;

/// <summary>
/// Two libraries that each expose an SDK with <c>&lt;SpecForgeRuntime&gt;Package&lt;/SpecForgeRuntime&gt;</c> (one for
/// netstandard2.0, one for net10.0) and an app that references both: one <c>SpecForge.Runtime.ApiException</c> catches
/// what either SDK throws, and neither library declares a runtime type of its own.
/// </summary>
internal static class SharedRuntimeProjects
{
    public const string Pets = "PetsSdk";
    public const string Shop = "ShopSdk";
    public const string App = "App";

    public static readonly string[] ExpectedOutput =
    [
        "pets missing: SpecForge.Runtime.ApiException 404 from SpecForge.Runtime",
        "shop missing: SpecForge.Runtime.ApiException 404 from SpecForge.Runtime",
        "pets rejected: SpecForge.Runtime.RequestValidationException /body/name",
        "one handler caught both: True",
        "runtime types declared by PetsSdk: 0, by ShopSdk: 0",
    ];

    public static void WriteTo(string directory, string feed, string packagesFolder, string version, string spec)
    {
        ConsumerProject.WriteIsolation(directory, feed);
        WriteLibrary(Pets, "netstandard2.0", "Pets", "PetsClient", """<PackageReference Include="System.Text.Json" Version="10.0.0" />""");
        WriteLibrary(Shop, "net10.0", "Shop", "ShopClient", string.Empty);

        Directory.CreateDirectory(Path.Combine(directory, App));
        File.WriteAllText(Path.Combine(directory, App, App + ".csproj"), $"""
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
                <ProjectReference Include="../{Pets}/{Pets}.csproj" />
                <ProjectReference Include="../{Shop}/{Shop}.csproj" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, App, "Program.cs"), AppProgram);

        // The runtime package is a normal dependency of each library, so the app gets it too; the generator stays private.
        void WriteLibrary(string name, string framework, string ns, string client, string extraReference)
        {
            Directory.CreateDirectory(Path.Combine(directory, name));
            File.WriteAllText(Path.Combine(directory, name, "spec.yaml"), spec);
            File.WriteAllText(Path.Combine(directory, name, name + ".csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>{framework}</TargetFramework>
                    <LangVersion>latest</LangVersion>
                    <Nullable>enable</Nullable>
                    <GenerateDocumentationFile>true</GenerateDocumentationFile>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <RestorePackagesPath>{packagesFolder}</RestorePackagesPath>
                    <SpecForgeRuntime>Package</SpecForgeRuntime>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="SpecForge" Version="{version}" PrivateAssets="all" />
                    <PackageReference Include="SpecForge.Runtime" Version="{version}" />
                    {extraReference}
                  </ItemGroup>
                  <ItemGroup>
                    <SpecForgeSpec Include="spec.yaml" Namespace="{ns}" ClientName="{client}" Mock="true" />
                  </ItemGroup>
                </Project>
                """);
        }
    }

    private const string AppProgram = """
        using SpecForge.Runtime;
        using SpecForge.Runtime.Mocking;

        var pets = new Pets.PetsClient(new HttpClient(new Pets.PetsMockHandler(new MockServerOptions { Stateful = true })));
        var shop = new Shop.ShopClient(new HttpClient(new Shop.ShopMockHandler(new MockServerOptions { Stateful = true })));

        var caught = new List<Type>();
        foreach (var (name, call) in new (string, Func<Task>)[] { ("pets", () => pets.GetPetAsync(424242)), ("shop", () => shop.GetPetAsync(424242)) })
        {
            try
            {
                await call();
                Console.WriteLine($"{name} missing: no exception");
            }
            catch (ApiException ex)
            {
                caught.Add(ex.GetType());
                Console.WriteLine($"{name} missing: {ex.GetType().FullName} {ex.StatusCode} from {ex.GetType().Assembly.GetName().Name}");
            }
        }

        try
        {
            await pets.CreatePetAsync(new Pets.NewPet { Name = null! });
            Console.WriteLine("pets rejected: nothing");
        }
        catch (RequestValidationException ex)
        {
            Console.WriteLine($"pets rejected: {ex.GetType().FullName} {string.Join(",", ex.Violations.Select(v => v.Path))}");
        }

        Console.WriteLine($"one handler caught both: {caught.Count == 2 && caught[0] == caught[1]}");

        static int RuntimeTypes(System.Reflection.Assembly assembly) =>
            assembly.GetTypes().Count(t => t.Name is "ApiException" or "ApiTransport" or "Wire" or "MockEngine" or "ConstraintViolation");
        Console.WriteLine($"runtime types declared by PetsSdk: {RuntimeTypes(typeof(Pets.PetsClient).Assembly)}, by ShopSdk: {RuntimeTypes(typeof(Shop.ShopClient).Assembly)}");
        """;
}
