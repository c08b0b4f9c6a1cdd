using System.IO;
using System.Linq;
using SpecForge.Tests.SharedGenerator;

namespace SpecForge.Generator.Tests;

/// <summary>
/// The AddXClient extension needs Microsoft.Extensions.DependencyInjection and Microsoft.Extensions.Http; a project
/// without them must not get a file that cannot compile. (tests/SpecForge.Client.Tests, which references them, shows
/// the extension is emitted and works.)
/// </summary>
public sealed class DependencyInjectionEmissionTests
{
    [Fact]
    public void Without_the_extensions_packages_no_registration_code_is_emitted()
    {
        var (_, result, _) = GeneratorHarness.Run(
            new[] { new TestFile("/specs/store-v30.yaml", File.ReadAllText(FixtureSnapshotTests.FixturePath("store-v30.yaml"))) });

        var hintNames = GeneratorHarness.Sources(result).Select(s => s.HintName).ToList();
        Assert.Contains("StoreV30Client.Client.g.cs", hintNames);
        Assert.DoesNotContain(hintNames, name => name.EndsWith(".DependencyInjection.g.cs", System.StringComparison.Ordinal));
    }
}
