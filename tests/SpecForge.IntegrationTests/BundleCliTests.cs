using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using SpecForge.IntegrationTests.Infrastructure;
using SpecForge.Tests.Shared;

namespace SpecForge.IntegrationTests;

/// <summary><c>specforge bundle</c> and <c>specforge generate</c> on a spec split over several files, with the documented exit codes.</summary>
public sealed class BundleCliTests
{
    private static readonly string Shop = RepoPaths.InRepo("tests", "SpecForge.Core.Tests", "Fixtures", "MultiFile", "shop");

    [Fact]
    public async Task Bundle_writes_one_document_that_generate_reads_like_the_files()
    {
        using var temp = new TempDirectory("specforge-bundle");
        var bundled = temp.Combine("shop.json");

        var bundle = await CliProcess.RunAsync("bundle", Path.Combine(Shop, "openapi.yaml"), "-o", bundled);

        Assert.True(bundle.ExitCode == 0, bundle.Describe());
        Assert.Equal(string.Empty, bundle.StandardError);
        var root = JsonNode.Parse(File.ReadAllText(bundled))!;
        Assert.Equal(new[] { "Item", "Problem", "tag" }, root["components"]!["schemas"]!.AsObject().Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal));

        var fromFiles = await CliProcess.RunAsync("generate", Path.Combine(Shop, "openapi.yaml"), "-o", temp.Combine("from-files"), "-n", "Shop", "-c", "ShopClient");
        var fromBundle = await CliProcess.RunAsync("generate", bundled, "-o", temp.Combine("from-bundle"), "-n", "Shop", "-c", "ShopClient");
        Assert.True(fromFiles.ExitCode == 0, fromFiles.Describe());
        Assert.True(fromBundle.ExitCode == 0, fromBundle.Describe());
        var files = Directory.GetFiles(temp.Combine("from-files")).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.GetFiles(temp.Combine("from-bundle")).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));
        Assert.All(files, name => Assert.Equal(File.ReadAllText(temp.Combine("from-bundle", name!)), File.ReadAllText(temp.Combine("from-files", name!))));
        Assert.Contains("ShopClient.Models.T.g.cs", files);
    }

    [Fact]
    public async Task Bundle_with_a_missing_part_exits_1_saying_where_the_reference_is()
    {
        using var temp = new TempDirectory("specforge-bundle");
        var root = temp.Combine("openapi.yaml");
        File.WriteAllText(root, "openapi: 3.1.0\ninfo: { title: T, version: \"1\" }\npaths:\n  /a:\n    $ref: paths/gone.yaml\n");

        var bundle = await CliProcess.RunAsync("bundle", root, "-o", temp.Combine("out.json"));

        Assert.True(bundle.ExitCode == 1, bundle.Describe());
        Assert.Contains("openapi.yaml(5,5): error SF1016: ", bundle.StandardError, StringComparison.Ordinal);
    }
}
