using System.IO;
using SpecForge.Tests.Shared;

namespace SpecForge.IntegrationTests;

/// <summary>The files of a console app that uses SpecForge the way the README tells users to: by PackageReference.</summary>
internal static class ConsumerProject
{
    /// <summary>What Program.cs prints for the canned responses of its stub handler.</summary>
    public static readonly string[] ExpectedOutput =
    [
        "request: GET https://pets.example.com/v1/pets/7",
        "pet: 7 Rex dog 2020-02-29 owner=Ada",
        "request: GET https://pets.example.com/v1/pets?limit=2&tag=dog&tag=good",
        "pets: 2 [Rex, Fido]",
        "request: GET https://pets.example.com/v1/pets/404",
        "missing: ApiException 404",
        "subset: DeletePetWithResponseAsync, GetPetWithResponseAsync",
        "customized: DataContract on Pet, DataMember(name) on Pet.Name, Pet is IApiModel, PetstoreClient says: PetstoreClient of https://pets.example.com/v1",
    ];

    /// <summary>
    /// Four customizations a user makes, each one small override file and no copy of a default template: an attribute
    /// on every DTO and on every property, an interface on every DTO, a method on the client and on its interface.
    /// </summary>
    private static readonly (string File, string Text)[] Templates =
    [
        ("Dto.Attributes.sbncs", "    [global::System.Runtime.Serialization.DataContract]\n"),
        ("Dto.Property.Attributes.sbncs", "        [global::System.Runtime.Serialization.DataMember(Name = {{ JsonNameLiteral }})]\n"),
        ("Dto.Interfaces.sbncs", "global::Consumer.IApiModel\n"),
        ("Client.Members.sbncs", """
            {{~ if IsInterface ~}}
                    /// <summary>Names the client and where it sends requests.</summary>
                    string Describe();
            {{~ else ~}}
                    /// <inheritdoc/>
                    public string Describe() => "{{ ClientName }} of " + DefaultBaseUrl;
            {{~ end ~}}

            """),
    ];

    /// <summary>The second spec item, a copy of the petstore the project generates only two operations of.</summary>
    public const string SubsetSpec = "pets-subset.yaml";

    /// <summary>The compiler of the oldest .NET SDK the README names (9.0.300): Roslyn 4.14, which the generator is built against.</summary>
    public const string MinimumCompilerVersion = "4.14.0";

    public static void WriteTo(string directory, string feed, string packagesFolder, string version)
    {
        WriteIsolation(directory, feed);

        // A private packages folder: a stale SpecForge 0.1.0 in the machine-wide cache would otherwise win over the fresh pack.
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
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
                <PackageReference Include="SpecForge" Version="{version}" PrivateAssets="all" />
                <!-- The oldest compiler the generator supports, the one .NET SDK 9.0.300 ships, when a test asks for it. -->
                <PackageReference Include="Microsoft.Net.Compilers.Toolset" Version="$(ConsumerCompilerVersion)" PrivateAssets="all" Condition="'$(ConsumerCompilerVersion)' != ''" />
              </ItemGroup>
              <ItemGroup>
                <SpecForgeSpec Include="petstore.yaml" Namespace="Petstore" ClientName="PetstoreClient" />
                <SpecForgeTemplate Include="MyTemplates/*.sbncs" />
                <!-- Over lines and with ';', both of which the .editorconfig the compiler reads metadata from would cut. -->
                <SpecForgeSpec Include="{SubsetSpec}" Namespace="PetsSubset" ClientName="PetsSubsetClient">
                  <IncludeOperations>
                    getPet;
                    DELETE /pets/*
                  </IncludeOperations>
                </SpecForgeSpec>
              </ItemGroup>
            </Project>
            """);

        File.WriteAllText(Path.Combine(directory, "Program.cs"), Program);
        File.WriteAllText(Path.Combine(directory, "Contracts.cs"), "namespace Consumer;\n\n/// <summary>Implemented by every DTO through the Dto.Interfaces override.</summary>\npublic interface IApiModel\n{\n}\n");
        Directory.CreateDirectory(Path.Combine(directory, "MyTemplates"));
        foreach (var (file, text) in Templates)
        {
            File.WriteAllText(Path.Combine(directory, "MyTemplates", file), text);
        }
    }

    /// <summary>
    /// What keeps a consumer folder independent of everything around it: empty Directory.* files, the repository's SDK
    /// pin, and a nuget.config from which SpecForge can only come from <paramref name="feed"/>.
    /// </summary>
    public static void WriteIsolation(string directory, string feed)
    {
        Directory.CreateDirectory(directory);

        // Empty Directory.* files stop MSBuild's upward search, so nothing above the temp folder can leak in.
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "Directory.Packages.props"), "<Project />\n");

        // The repository's SDK pin, so the consumer compiles with the same SDK that built the package.
        File.Copy(RepoPaths.InRepo("global.json"), Path.Combine(directory, "global.json"));

        // nuget.org stays available for anything else the SDK restores; the mapping makes the local feed the only place
        // SpecForge can come from, even if a package of that name and version exists on nuget.org.
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $$"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{{feed}}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="local">
                  <package pattern="SpecForge" />
                  <package pattern="SpecForge.*" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """);
    }

    // Typed locals (long, DateOnly?, IReadOnlyList<Pet>) make the build itself check the generated signatures.
    private const string Program = """"
        using System.Globalization;
        using System.Net;
        using System.Text;
        using Consumer.SpecForge;
        using Petstore;

        using var http = new HttpClient(new StubHandler());
        var client = new PetstoreClient(http);

        Pet pet = await client.GetPetAsync(7);
        long id = pet.Id;
        string name = pet.Name;
        DateOnly? born = pet.BirthDate;
        Owner? owner = pet.Owner;
        Console.WriteLine($"pet: {id} {name} {pet.Tag} {born?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} owner={owner?.Name}");

        IReadOnlyList<Pet> pets = await client.ListPetsAsync(limit: 2, tag: new[] { "dog", "good" });
        Console.WriteLine($"pets: {pets.Count} [{string.Join(", ", pets.Select(p => p.Name))}]");

        try
        {
            await client.GetPetAsync(404);
            Console.WriteLine("missing: no exception");
        }
        catch (ApiException ex)
        {
            Console.WriteLine($"missing: {ex.GetType().Name} {ex.StatusCode}");
        }

        var subset = typeof(PetsSubset.PetsSubsetClient).GetMethods().Select(m => m.Name).Where(n => n.EndsWith("WithResponseAsync", StringComparison.Ordinal)).Order();
        Console.WriteLine($"subset: {string.Join(", ", subset)}");

        var contract = typeof(Pet).GetCustomAttributes(typeof(System.Runtime.Serialization.DataContractAttribute), false).Length == 1;
        var member = (System.Runtime.Serialization.DataMemberAttribute?)Attribute.GetCustomAttribute(typeof(Pet).GetProperty(nameof(Pet.Name))!, typeof(System.Runtime.Serialization.DataMemberAttribute));
        Consumer.IApiModel model = pet;
        IPetstoreClient described = client;
        Console.WriteLine($"customized: {(contract ? "DataContract on Pet" : "no DataContract")}, DataMember({member?.Name}) on Pet.Name, Pet is {model.GetType().GetInterfaces().Single(i => i.Name == "IApiModel").Name}, PetstoreClient says: {described.Describe()}");

        /// <summary>Answers in-process, so the consumer needs no network; it echoes each request for the test to check.</summary>
        internal sealed class StubHandler : HttpMessageHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                Console.WriteLine($"request: {request.Method} {request.RequestUri}");
                var path = request.RequestUri!.AbsolutePath;
                var (status, json) = path switch
                {
                    "/v1/pets/7" => (HttpStatusCode.OK, """{"id":7,"name":"Rex","tag":"dog","birthDate":"2020-02-29","owner":{"name":"Ada"}}"""),
                    "/v1/pets" => (HttpStatusCode.OK, """[{"id":7,"name":"Rex"},{"id":8,"name":"Fido"}]"""),
                    _ => (HttpStatusCode.NotFound, """{"message":"no such pet"}"""),
                };
                return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
            }
        }
        """";
}
