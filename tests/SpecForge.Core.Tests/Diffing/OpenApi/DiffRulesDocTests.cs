using System;
using System.IO;
using System.Linq;
using SpecForge.Core.Diffing;
using SpecForge.Core.Diffing.DocsIndex;
using SpecForge.Core.Diffing.OpenApi;
using SpecForge.Tests.Shared;

namespace SpecForge.Core.Tests.Diffing.OpenApi;

/// <summary>docs/diff-rules.md lists exactly the rules the differ has, in the catalogue's order, with their levels.</summary>
public sealed class DiffRulesDocTests
{
    private const string OpenApiHeading = "## OpenAPI rules";
    private const string DocsIndexHeading = "## Docs index rules";
    private const string EndHeading = "## Adding a rule";

    [Fact]
    public void The_openapi_table_lists_every_openapi_rule_in_order_with_its_level_and_family()
    {
        var rows = TableRows(OpenApiHeading, DocsIndexHeading);

        Assert.Equal(
            OpenApiRules.All.Select(r => (r.Id, Level(r.Level), r.Family)),
            rows.Select(r => (r.Id, r.Level, r.Family)));
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r.Description), r.Id + " has no description"));
    }

    [Fact]
    public void The_docs_index_table_lists_every_docs_index_rule_in_order_with_its_level_and_family()
    {
        var rows = TableRows(DocsIndexHeading, EndHeading);

        Assert.Equal(
            DocsIndexRules.All.Select(r => (r.Id, Level(r.Level), r.Family)),
            rows.Select(r => (r.Id, r.Level, r.Family)));
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r.Description), r.Id + " has no description"));
    }

    private static (string Id, string Level, string Family, string Description)[] TableRows(string heading, string nextHeading)
    {
        var lines = File.ReadAllLines(RepoPaths.InRepo("docs", "diff-rules.md"));
        var start = Array.IndexOf(lines, heading);
        var end = Array.IndexOf(lines, nextHeading);
        Assert.True(start >= 0 && end > start, $"docs/diff-rules.md needs '{heading}' followed by '{nextHeading}'");
        return lines.Skip(start + 1).Take(end - start - 1)
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .Select(l => l.Trim().Trim('|').Split(new[] { " | " }, StringSplitOptions.None).Select(c => c.Trim()).ToArray())
            .Select(c => (c[0].Trim('`'), c[1], c[2], string.Join(" | ", c.Skip(3))))
            .ToArray();
    }

    private static string Level(ChangeLevel level) => level.ToString().ToLowerInvariant();
}
