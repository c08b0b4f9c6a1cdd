using System.IO;
using System.Linq;
using SpecForge.Tests.Shared;
using SpecForge.Tests.SharedGenerator;

namespace SpecForge.Generator.Tests.Infrastructure;

/// <summary>The first customers' published docs as generator inputs, under short paths the tests can name.</summary>
internal static class SeedFiles
{
    public const string MindhuntersClient = "MindhuntersClient";
    public const string TrustPagerClient = "TrustPagerClient";
    public const string ContactPoolPage = "/specs/mindhunters/create-a-contact-pool.txt";

    /// <summary>An endpoint page, a rendered page and the docs index, which share an Api name and so make one API.</summary>
    public static TestFile[] MindhuntersPages() =>
        new[] { "get-a-single-pbx-extension-connector.md", "create-a-contact-pool.txt", "llms.v2.txt" }
            .Select(name => new TestFile("/specs/mindhunters/" + name, File.ReadAllText(RepoPaths.InRepo("specs", "mindhunters", name)), Api: "Mindhunters"))
            .ToArray();

    /// <summary>The full API reference as one markdown file.</summary>
    public static TestFile TrustPagerReference() =>
        new("/specs/trustpager/trustpager-full-reference.md", File.ReadAllText(RepoPaths.InRepo("specs", "trustpager", "trustpager-full-reference.md")), Namespace: "TrustPager", ClientName: TrustPagerClient);
}
