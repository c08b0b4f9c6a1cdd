using System.Linq;
using static SpecForge.Core.Tests.Documentation.Markdown.ReferenceMarkdownFiles;

namespace SpecForge.Core.Tests.Documentation.Markdown;

/// <summary>
/// Individual operations of the TrustPager seed. Each row was written by reading the operation's text in the file
/// itself (a Python script printed every "### METHOD /path" occurrence up to the next heading, with the "## " section it
/// falls under and its fences elided), not from the reader's output: section, method, raw path, scopes, the
/// "— _write_" marker, the "Legacy alias:" sentence and every "- `name` (location, type[, required])" item in order.
/// Parameters are written "name location type[ required]" and joined with "; ".
/// </summary>
public sealed class ReferenceMarkdownSeedOperationTests
{
    [Theory]
    [InlineData("Universal Search", "POST /search", "contacts:read, companies:read, opportunities:read", false, "",
        "query body string required; limit body number")]
    [InlineData("Contacts", "GET /contacts", "contacts:read", false, "",
        "search query string; source query string; customer_id query uuid; created_after query string; created_before query string; limit query number; cursor query string; fields query string; expand query string; email_unsubscribed query boolean; sms_unsubscribed query boolean")]
    [InlineData("Contacts", "GET /contacts/:id", "contacts:read", false, "",
        "id path uuid required; fields query string; expand query string")]
    [InlineData("Contacts", "GET /contacts/:id/opportunities", "contacts:read, opportunities:read", false, "GET /contacts/:id/deals",
        "id path uuid required")]
    [InlineData("Contacts", "POST /contacts/bulk-delete", "contacts:delete", true, "",
        "ids body uuid[] required")]
    [InlineData("Companies", "GET /companies", "companies:read", false, "GET /customers",
        "search query string; limit query number; cursor query string")]
    [InlineData("Companies", "GET /companies/:id/opportunities", "companies:read, opportunities:read", false, "GET /customers/:id/deals",
        "id path uuid required")]
    [InlineData("Opportunities", "POST /opportunities", "opportunities:write", true, "POST /deals",
        "name body string required; contact_id body uuid; customer_id body uuid; status body string; currency body string; lead_source body string; tags body object[]; notes body string; metadata body object; skip_automations body boolean")]
    [InlineData("Opportunities", "PATCH /opportunities/:id/products/:opportunityProductId", "opportunities:write", true, "PATCH /deals/:id/products/:dealProductId",
        "id path uuid required; opportunityProductId path uuid required; quantity body number; unit_price body number; discount_percent body number; deposit_percent body number; payment_status body string")]
    [InlineData("Opportunities", "GET /opportunities/:id/files", "opportunities:read, files:read", false, "GET /deals/:id/files",
        "id path uuid required")]
    [InlineData("Pipelines", "GET /pipelines/:id/deals", "pipelines:read, opportunities:read", false, "",
        "id path uuid required")]
    [InlineData("Phone", "PATCH /phone/numbers/:id", "phone:write", true, "",
        "id path uuid required; friendly_name body string; transfer_number body string; inbound_voice_agent_config_id body string|null; outbound_voice_agent_config_id body string|null")]
    [InlineData("Agents", "GET /agents?type=voice|text", "voice-agents:read", false, "",
        "type query string required")]
    [InlineData("Agents", "GET /agents/:id", "voice-agents:read", false, "", "id path uuid required")]
    [InlineData("Text Agents", "GET /agents/:id", "voice-agents:read", false, "", "id path uuid required")]
    [InlineData("Agents", "POST /agents", "voice-agents:write", true, "",
        "type body string required; agent_name body string; name body string; language body string; voice_id body string")]
    [InlineData("Text Agents", "POST /agents", "voice-agents:write", true, "",
        "type body string required; name body string required")]
    [InlineData("Agents", "PATCH /agents/:id", "voice-agents:write", true, "", "id path uuid required")]
    [InlineData("Text Agents", "PATCH /agents/:id", "voice-agents:write", true, "", "id path uuid required")]
    [InlineData("Agents", "DELETE /agents/:id", "voice-agents:write", true, "", "id path uuid required")]
    [InlineData("Text Agents", "DELETE /agents/:id", "voice-agents:write", true, "", "id path uuid required")]
    [InlineData("Agents", "GET /agents/:id/responses", "voice-agents:read", false, "", "id path uuid required")]
    [InlineData("Text Agents", "GET /agents/:id/responses", "voice-agents:read", false, "", "id path uuid required")]
    [InlineData("Text Agents", "GET /agents?type=text", "voice-agents:read", false, "", "")]
    [InlineData("Files", "GET /files?type=document|image|secure", "files:read", false, "",
        "type query string required; folder query string; search query string; document_type query string; file_category query string; category query string")]
    [InlineData("Files", "POST /files/folders?type=document|image|secure", "files:write", true, "",
        "type query string required; name body string required")]
    [InlineData("Company", "PATCH /company/users/:userId/workspace-user-preferences", "users:write", true, "",
        "userId path uuid required; default_pipeline_id body uuid | null")]
    [InlineData("Company", "PUT /company/birthday-messages", "company:write", true, "",
        "(body) body object[] required")]
    [InlineData("Company", "PATCH /company/settings/tag-palette", "company:write", true, "",
        "(body) body object[] | { tags: object[] } required")]
    [InlineData("Integrations", "POST /integrations/:id/action", "integrations:write", true, "",
        "id path uuid required; action_type body string required; params body object required; params.email_recipient_source body \"primary_contact\" | \"xero_contact\" | \"secondary_contact\"; params.email_recipient_contact_id body uuid; params.deal_product_ids body uuid[]; params.approve_for_sending body boolean")]
    [InlineData("Approvals", "POST /approvals/:id/approve", "", true, "", "id path string required")]
    [InlineData("AI Instructions", "GET /ai-instructions", "", false, "", "")]
    [InlineData("Voices", "POST /voices/:id/provider-mapping", "voices:write", true, "",
        "id path uuid required; retell_voice_id body string|null required")]
    [InlineData("Reputation", "POST https://ucqwijexmjctglmrxlej.supabase.co/functions/v1/public-image-upload", "", true, "",
        "file body File required; context body string required; fingerprint body string")]
    [InlineData("Evie (In-App Agent)", "GET /api/v1/_meta/tools", "", false, "", "")]
    [InlineData("Agent Ops", "POST /agent-ops/alerts/:id/acknowledge", "agent-ops:write", true, "",
        "id path string required; acknowledged_by body string")]
    public void Reads_the_operation_as_documented(string tag, string key, string scopes, bool isWrite, string alias, string parameters)
    {
        var operation = Assert.Single(SeedDraft.Operations, o => o.Tag == tag && $"{o.Method} {o.RawPath}" == key);

        Assert.Equal(scopes, string.Join(", ", operation.Scopes));
        Assert.Equal(isWrite, operation.IsWrite);
        Assert.Equal(alias, string.Join(", ", operation.LegacyAliases));
        Assert.Equal(
            parameters,
            string.Join("; ", operation.Parameters.Select(p => $"{p.Name} {p.Location} {p.TypeText}" + (p.Required ? " required" : string.Empty))));
    }

    [Fact]
    public void Descriptions_run_from_the_heading_to_the_scopes()
    {
        var search = SeedDraft.Operations.Single(o => o.Key == "POST /search");
        var companyDeals = SeedDraft.Operations.Single(o => o.Key == "GET /companies/:id/opportunities");
        var pipelineDeals = SeedDraft.Operations.Single(o => o.Key == "GET /pipelines/:id/deals");

        Assert.Equal(
            "Universal fuzzy search across contacts, customers, and deals. Returns ranked results with entity_type, display_name, subtitle, and relevance rank. Exact substring matches rank highest (1.0), fuzzy matches rank by trigram similarity. Names support typo-tolerant matching; email and phone use exact substring matching.",
            search.Description);
        Assert.Equal("List all opportunities for this company. Legacy alias: GET /customers/:id/deals (also still supported).", companyDeals.Description);
        Assert.True(pipelineDeals.Deprecated);
        Assert.StartsWith("DEPRECATED -- prefer GET /opportunities?pipeline_id=X (legacy alias: GET /deals?pipeline_id=X).", pipelineDeals.Description);
        Assert.Equal("Max results (1-100, default 25)", search.Parameters[1].Description);
    }
}
