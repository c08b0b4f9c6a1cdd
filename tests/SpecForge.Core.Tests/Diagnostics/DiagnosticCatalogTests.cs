using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SpecForge.Core.Diagnostics;
using SpecForge.Tests.Shared;

namespace SpecForge.Core.Tests.Diagnostics;

public sealed class DiagnosticCatalogTests
{
    [Fact]
    public void Every_id_is_well_formed_unique_and_has_help()
    {
        Assert.NotEmpty(DiagnosticCatalog.All);
        Assert.All(DiagnosticCatalog.All, info =>
        {
            Assert.Matches("^SF[0-9]{4}$", info.Id);
            Assert.False(string.IsNullOrWhiteSpace(info.Help));
            Assert.False(string.IsNullOrWhiteSpace(info.Title));
        });
        Assert.Equal(DiagnosticCatalog.All.Count, DiagnosticCatalog.All.Select(i => i.Id).Distinct().Count());
    }

    [Fact]
    public void The_shipped_release_file_lists_exactly_the_catalogue()
    {
        var path = RepoPaths.InRepo("src", "SpecForge.Generator", "Releases", "AnalyzerReleases.Shipped.md");
        var rows = Regex.Matches(File.ReadAllText(path), @"^(SF\d{4}) \| SpecForge\.(\w+) \| (\w+) \|", RegexOptions.Multiline)
            .Select(m => (Id: m.Groups[1].Value, Category: m.Groups[2].Value, Severity: m.Groups[3].Value))
            .ToList();

        Assert.Equal(
            DiagnosticCatalog.All.Select(i => (i.Id, i.Category, i.DefaultSeverity.ToString())),
            rows.Select(r => (r.Id, r.Category, r.Severity)));
    }
}
