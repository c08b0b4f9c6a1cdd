using System.Collections.Generic;
using System.Linq;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Documentation.Readers;

namespace SpecForge.Core.Tests.Documentation.Mindhunters;

public sealed class DocsIndexSeedTests
{
    [Fact]
    public void The_older_index_is_complete()
    {
        var (path, text) = MindhuntersFiles.Seed("llms.v1.txt");

        var index = DocsIndexReader.Read(path, text);

        Assert.Equal("Mindhunters API Documentation", index.Title);
        Assert.False(index.IsTruncated);
        Assert.Empty(index.Diagnostics);
        Assert.Equal(153, index.Entries.Count);
        Assert.Equal(138, index.Entries.Count(e => e.IsEndpoint));
        Assert.Equal(89, index.Entries.Count(e => e.Description is not null));
        Assert.Equal(
            new Dictionary<string, int>
            {
                ["agents"] = 42, ["appointment-requests"] = 5, ["appointments"] = 6, ["availability-types"] = 5, ["call"] = 3,
                ["campaigns"] = 5, ["contacts"] = 7, ["conversations"] = 3, ["dataimport"] = 13, ["evaluations"] = 2,
                ["listings"] = 8, ["phone-numbers"] = 14, ["schedules"] = 5, ["sessions"] = 5, ["sms"] = 1, ["tasks"] = 8,
                ["transcriptions"] = 3, ["whatsapp"] = 1, ["whatsapp-calling"] = 2,
            },
            Groups(index));
        Assert.Equal((1, 41), (index.Entries[0].Source.Line, index.Entries[0].Source.Column));
        Assert.Equal(("Login", "https://app.mindhunters.ai", 27693), (index.Entries[^1].Title, index.Entries[^1].Url, index.Entries[^1].Source.Column));
        Assert.Equal(19211, index.Entries.Single(e => e.Slug == "release-a-phone-number-1").Source.Column);
    }

    [Fact]
    public void The_newer_index_stops_mid_entry()
    {
        var (path, text) = MindhuntersFiles.Seed("llms.v2.txt");

        var index = DocsIndexReader.Read(path, text);

        Assert.Equal("Mindhunters API Documentation", index.Title);
        Assert.True(index.IsTruncated);
        var diagnostic = Assert.Single(index.Diagnostics);
        Assert.Equal((DiagnosticCatalog.DocsIndexTruncated, 1, 52356), (diagnostic.Id, diagnostic.Line, diagnostic.Column));
        Assert.Contains("line 1, column 52012", diagnostic.Message);
        Assert.Equal(163, index.Entries.Count);
        Assert.All(index.Entries, e => Assert.True(e.IsEndpoint));
        Assert.Equal(161, index.Entries.Count(e => e.Description is not null));
        Assert.Equal(99, index.Entries.Count(e => e.Description?.EndsWith("…", System.StringComparison.Ordinal) == true));
        Assert.Equal(
            new Dictionary<string, int>
            {
                ["agent-channel-bindings"] = 10, ["agents"] = 36, ["analytics"] = 7, ["appointment-requests"] = 5, ["appointments"] = 6,
                ["availability-types"] = 5, ["call"] = 3, ["call-actions"] = 5, ["campaigns"] = 10, ["contact-analyzers"] = 4,
                ["contact-approvals"] = 7, ["contact-fields"] = 5, ["contact-pipeline"] = 5, ["contact-settings"] = 3, ["contact-tags"] = 5,
                ["contacts"] = 12, ["conversations"] = 3, ["evaluate"] = 10, ["evaluations"] = 2, ["flow-catalog"] = 10,
                ["flow-executions"] = 2, ["flow-steps"] = 5, ["flows"] = 3,
            },
            Groups(index));
        var last = index.Entries[^1];
        Assert.Equal(("Deploy a flow — flips it from draft to live", "deploy-a-flow-—-flips-it-from-draft-to-live", 52012), (last.Title, last.Slug, last.Source.Column));
        Assert.EndsWith("and no `", last.Description);
    }

    [Theory]
    [InlineData("llms.v1.txt")]
    [InlineData("llms.v2.txt")]
    public void The_slug_rule_reproduces_every_endpoint_url_of_the_site(string file)
    {
        var (path, text) = MindhuntersFiles.Seed(file);
        var endpoints = DocsIndexReader.Read(path, text).Entries.Where(e => e.IsEndpoint).ToList();

        var seen = new Dictionary<(string, string), int>();
        foreach (var entry in endpoints)
        {
            var key = (entry.Group, Slug.From(entry.Title));
            seen[key] = seen.TryGetValue(key, out var count) ? count + 1 : 0;
            Assert.Equal(entry.Slug, Slug.WithOccurrence(key.Item2, seen[key]));
        }
    }

    [Fact]
    public void The_older_and_newer_index_differ_where_both_reach()
    {
        var older = DocsIndexReader.Read("v1", MindhuntersFiles.Seed("llms.v1.txt").Text).Entries.Where(e => e.IsEndpoint).ToList();
        var newer = DocsIndexReader.Read("v2", MindhuntersFiles.Seed("llms.v2.txt").Text).Entries;

        // The site sorts entries by URL; the newer file stops in "flows", so only URLs up to its last one can be compared.
        var reach = newer[^1].Url;
        var compared = older.Where(e => string.CompareOrdinal(e.Url, reach) <= 0).ToList();
        var removed = compared.Select(e => e.Url).Except(newer.Select(e => e.Url)).ToList();
        var added = newer.Select(e => e.Url).Except(compared.Select(e => e.Url)).ToList();

        Assert.Equal((91, 23, 95), (compared.Count, removed.Count, added.Count));
        Assert.All(removed, url => Assert.True(url.Contains("/dataimport/") || url.Contains("-rule") || url.Contains("tag-")));
    }

    private static Dictionary<string, int> Groups(DocsIndex index) =>
        index.Entries.Where(e => e.IsEndpoint).GroupBy(e => e.Group).ToDictionary(g => g.Key, g => g.Count());
}
