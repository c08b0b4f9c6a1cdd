using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecForge.Generator.Tests.Infrastructure;
using SpecForge.Tests.Shared;
using SpecForge.Tests.SharedGenerator;

namespace SpecForge.Generator.Tests;

/// <summary>The first customers' docs, given to the generator as they are published: markdown in, compiling SDK out.</summary>
public sealed class SeedApiTests
{
    [Fact]
    public void The_trustpager_reference_markdown_becomes_a_compiling_sdk()
    {
        var path = RepoPaths.InRepo("specs", "trustpager", "trustpager-full-reference.md");

        var (_, result, output) = GeneratorHarness.Run(new[] { new TestFile(path, File.ReadAllText(path), Namespace: "TrustPager", ClientName: "TrustPagerClient") });

        GeneratedCode.AssertCleanAndCompiles(result, output);
        var client = output.GetTypeByMetadataName("TrustPager.TrustPagerClient")!;
        var contacts = output.GetTypeByMetadataName("TrustPager.ContactsClient")!;
        var opportunities = output.GetTypeByMetadataName("TrustPager.OpportunitiesClient")!;

        // One group per section of the reference, and one plain method per operation across the client and its groups.
        var groups = client.GetMembers().OfType<IPropertySymbol>().Where(p => p.Type.TypeKind == TypeKind.Interface).ToList();
        Assert.Equal(59, groups.Count);
        var methods = groups.Select(g => g.Type).Append(client)
            .SelectMany(type => type.GetMembers().OfType<IMethodSymbol>())
            .Where(m => m.Name.EndsWith("Async", System.StringComparison.Ordinal) && !m.Name.EndsWith("WithResponseAsync", System.StringComparison.Ordinal) && !m.Name.EndsWith("AllAsync", System.StringComparison.Ordinal))
            .Where(m => m.ContainingType.TypeKind == TypeKind.Interface || m.DeclaredAccessibility == Accessibility.Public)
            .ToList();
        Assert.Equal(656, methods.Count);
        Assert.Contains(contacts.GetMembers("GetByIdAsync").OfType<IMethodSymbol>(), m => m.Parameters[0].Type.ToDisplayString() == "System.Guid");
        Assert.Single(contacts.GetMembers("GetAllAsync"));
        Assert.True(opportunities.GetMembers("GetDealsAsync").Single().GetAttributes().Any(a => a.AttributeClass?.Name == "ObsoleteAttribute"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id.StartsWith("SF1", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Mindhunters_pages_and_index_sharing_an_api_name_become_one_compiling_sdk()
    {
        var files = new[] { "get-a-single-pbx-extension-connector.md", "create-a-contact-pool.txt", "llms.v2.txt" }
            .Select(name => RepoPaths.InRepo("specs", "mindhunters", name))
            .Select(path => new TestFile(path, File.ReadAllText(path), Api: "Mindhunters"))
            .ToArray();

        var (_, result, output) = GeneratorHarness.Run(files);

        GeneratedCode.AssertCleanAndCompiles(result, output);
        var client = output.GetTypeByMetadataName("Mindhunters.MindhuntersClient")!;
        var connectors = output.GetTypeByMetadataName("Mindhunters.PBXExtensionConnectorsClient")!;
        Assert.Single(connectors.GetMembers("GetAsync"));
        var createPool = (IMethodSymbol)Assert.Single(client.GetMembers("PostPoolsAsync"));
        Assert.Equal("PostPoolsRequest", createPool.Parameters[0].Type.Name);
        Assert.Contains(result.Diagnostics, d => d.Id == "SF2004" && d.Location.GetLineSpan().Path.EndsWith("llms.v2.txt", System.StringComparison.Ordinal));
    }
}
