using System.Collections.Generic;
using System.Linq;
using SpecForge.Core.Documentation.Readers;
using static SpecForge.Core.Tests.Documentation.Markdown.ReferenceMarkdownFiles;

namespace SpecForge.Core.Tests.Documentation.Markdown;

/// <summary>
/// The whole TrustPager seed (353 KB, 17 line ends, most newlines collapsed into spaces). The expected counts were taken
/// independently of the reader: by counting the markers in the file with grep and a Python script that splits it on
/// "### ", "- `name` (" and fences ("### " 608 times, "- `" 1727 times, "```" 316 times, "**Scopes:** _none_" 12 times).
/// </summary>
public sealed class ReferenceMarkdownSeedTests
{
    [Fact]
    public void Reads_the_preamble()
    {
        Assert.Equal("TrustPager API — full reference", SeedDraft.Title);
        Assert.Equal(new[] { "https://api.trustpager.com/functions/v1/api/v1" }, SeedDraft.Servers);
        Assert.Equal("`Authorization: Bearer ` (one API key per workspace)", SeedDraft.AuthenticationText);
        Assert.Equal("Generated 2026-05-21T21:06:12.472Z from the source-of-truth endpoint data.", SeedDraft.Description);
    }

    [Fact]
    public void Reads_every_section_and_operation_without_a_diagnostic()
    {
        Assert.Equal(59, SeedDraft.Tags.Count);
        Assert.Equal(608, SeedDraft.Operations.Count);
        Assert.Empty(SeedDraft.Diagnostics);
        Assert.Equal(
            new Dictionary<string, int> { ["GET"] = 226, ["POST"] = 221, ["DELETE"] = 81, ["PATCH"] = 74, ["PUT"] = 6 },
            SeedDraft.Operations.GroupBy(o => o.Method).ToDictionary(g => g.Key, g => g.Count()));
    }

    [Fact]
    public void Section_titles_are_found_without_line_breaks()
    {
        // Each checked against the "## " list of the file; the trailing words of each title begin its description.
        Assert.Equal(
            new[]
            {
                "Universal Search", "Contacts", "Companies", "Opportunities", "Pipelines", "Products", "Supplier Catalog",
                "Activities", "Tasks", "Work Orders", "Automations", "Event Queues", "Event Schedules", "Auto Queues",
                "Auto Schedules", "Scheduled Event Types", "Scheduling Availability", "Scheduling Bookings", "Email",
                "Email Campaigns", "SMS", "Phone", "Agents", "Agent Knowledge Bases", "Text Agents", "Transcripts",
                "Document Templates", "Documents", "Signing", "Forms", "Websites", "Order Forms", "Files", "Notepads",
                "Spreadsheets", "Reports", "AI Knowledge", "Agent Memory", "Company", "CRM Templates", "Integrations",
                "Webhooks", "AI", "Billing", "Service Requests", "Approvals", "AI Instructions", "Voices", "Agent Proposals",
                "Lead Generation", "Learning Hub", "Scheduled Communications", "Schemas", "Reputation", "Referrals",
                "CRM Export", "Export Templates", "Evie (In-App Agent)", "Agent Ops",
            },
            SeedDraft.Tags.Select(t => t.Name));
        Assert.StartsWith("Manage AI voice agents and text agents under the unified /agents endpoint.", SeedDraft.Tags[22].Description);
        Assert.StartsWith("Bulk-export CRM data as XLSX or CSV.", SeedDraft.Tags[55].Description);
        Assert.Equal(608, SeedDraft.Tags.Sum(t => SeedDraft.Operations.Count(o => o.Tag == t.Name)));
    }

    [Fact]
    public void Counts_parameters_by_location_and_the_required_ones()
    {
        var parameters = SeedDraft.Operations.SelectMany(o => o.Parameters).ToList();

        Assert.Equal(1727, parameters.Count);
        Assert.Equal(
            new Dictionary<string, int> { ["body"] = 1041, ["path"] = 443, ["query"] = 243 },
            parameters.GroupBy(p => p.Location).ToDictionary(g => g.Key, g => g.Count()));
        Assert.Equal(680, parameters.Count(p => p.Required));
        Assert.Equal(53, SeedDraft.Operations.Count(o => o.Parameters.Count == 0));
        Assert.All(parameters, p => Assert.False(string.IsNullOrWhiteSpace(p.Description)));
    }

    [Fact]
    public void Keeps_every_type_token_as_written()
    {
        Assert.Equal(
            new Dictionary<string, int>
            {
                ["string"] = 764, ["uuid"] = 559, ["number"] = 133, ["boolean"] = 80, ["object"] = 73, ["array"] = 43,
                ["string[]"] = 38, ["uuid[]"] = 12, ["object[]"] = 10, ["integer"] = 8, ["string|null"] = 3, ["uuid | null"] = 1,
                ["object[] | { tags: object[] }"] = 1, ["\"primary_contact\" | \"xero_contact\" | \"secondary_contact\""] = 1, ["File"] = 1,
            },
            SeedDraft.Operations.SelectMany(o => o.Parameters).GroupBy(p => p.TypeText).ToDictionary(g => g.Key, g => g.Count()));
    }

    [Fact]
    public void Counts_scopes_write_markers_aliases_deprecations_and_samples()
    {
        var operations = SeedDraft.Operations;

        Assert.Equal(12, operations.Count(o => o.Scopes.Count == 0));
        Assert.Equal(364, operations.Count(o => o.IsWrite));

        // 54 "Legacy alias: METHOD /path" sentences, one per operation; the 55th mention, "(legacy alias: GET
        // /deals?pipeline_id=X)" under GET /pipelines/:id/deals, names the alias of GET /opportunities, not its own.
        Assert.Equal(54, operations.Count(o => o.LegacyAliases.Count > 0));
        Assert.Equal(54, operations.Sum(o => o.LegacyAliases.Count));
        Assert.Equal(new[] { "GET /pipelines/:id/deals" }, operations.Where(o => o.Deprecated).Select(o => $"{o.Method} {o.RawPath}"));

        var samples = operations.SelectMany(o => o.Samples).ToList();
        Assert.Equal(158, samples.Count);
        Assert.All(samples, s => Assert.Equal("bash", s.Language));
        Assert.Equal(158, operations.Count(o => o.Samples.Count == 1));
        Assert.All(operations, o => Assert.Null(o.Summary));
    }

    [Fact]
    public void Operations_documented_in_two_sections_are_kept_with_their_own_tags()
    {
        var twice = SeedDraft.Operations
            .GroupBy(o => $"{o.Method} {o.RawPath}")
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(" + ", g.Select(o => o.Tag))}");

        Assert.Equal(
            new[]
            {
                "GET /agents/:id: Agents + Text Agents",
                "POST /agents: Agents + Text Agents",
                "PATCH /agents/:id: Agents + Text Agents",
                "DELETE /agents/:id: Agents + Text Agents",
                "GET /agents/:id/responses: Agents + Text Agents",
            },
            twice);
    }

    [Fact]
    public void Headings_that_are_not_plain_paths_are_kept_verbatim()
    {
        var odd = SeedDraft.Operations.Where(o => o.RawPath.Contains('?') || !o.RawPath.StartsWith('/') || o.RawPath.StartsWith("/api/v1/"))
            .Select(o => $"{o.Method} {o.RawPath}");

        Assert.Equal(
            new[]
            {
                "GET /agents?type=voice|text",
                "GET /agents?type=text",
                "GET /files?type=document|image|secure",
                "GET /files/folders?type=document|image|secure",
                "POST /files/folders?type=document|image|secure",
                "POST https://ucqwijexmjctglmrxlej.supabase.co/functions/v1/public-image-upload",
                "GET /api/v1/_meta/tools",
            },
            odd);
    }

    [Fact]
    public void Line_ends_inside_samples_and_descriptions_are_kept()
    {
        var send = SeedDraft.Operations.Single(o => o.Key == "POST /email/send");
        var templates = SeedDraft.Operations.Single(o => o.Key == "POST /spreadsheets/templates");

        // The seed's few newlines survive inside an HTML body of a curl sample and inside one parameter description.
        Assert.Equal(6, send.Samples.Single().Text.Count(c => c == '\n'));
        Assert.StartsWith("curl -X POST \\ \"https://api.trustpager.com/functions/v1/api/v1/email/send\"", send.Samples.Single().Text);
        Assert.StartsWith(
            "Optional default ordering. Each entry: { column: \"\n\", direction: \"asc\"|\"desc\" }.",
            templates.Parameters.Single(p => p.Name == "default_sort").Description);
        Assert.Equal(3, SeedDraft.Operations.SelectMany(o => o.Samples).Count(s => s.Text.Contains('\n')));
    }

    [Fact]
    public void Collapsing_the_last_line_ends_changes_nothing_but_positions()
    {
        var collapsed = ReferenceMarkdownReader.Read(SeedPath, Collapse(Seed));

        Assert.Equal(Describe(SeedDraft), Describe(collapsed));
        Assert.All(collapsed.Operations, o => Assert.Equal(1, o.Source!.Line));
    }
}
