using System.Linq;
using SpecForge.Core.Documentation.Readers;

namespace SpecForge.Core.Tests.Documentation.Mindhunters;

public sealed class DocsIndexCoverageTests
{
    [Theory]
    [InlineData("Assign a Facebook page (Messenger) to an agent", "assign-a-facebook-page-messenger-to-an-agent")]
    [InlineData("PBX Extension Connectors", "pbx-extension-connectors")]
    [InlineData("Replace/sync an agent", "replacesync-an-agent")]
    [InlineData("Update an agent's evaluate settings", "update-an-agents-evaluate-settings")]
    [InlineData("Update a custom contact field (name, is_active, etc.)", "update-a-custom-contact-field-name-is_active-etc")]
    [InlineData("List apps eligible as a flow's action (step 2+)", "list-apps-eligible-as-a-flows-action-step-2+")]
    [InlineData("Deploy a flow — flips it from draft to live", "deploy-a-flow-—-flips-it-from-draft-to-live")]
    [InlineData("Voice IVR & Guards", "voice-ivr-&-guards")]
    [InlineData(" Padded ", "padded")]
    [InlineData("Get {uuid} details", "get--details")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Slugs_follow_the_site(string? text, string slug)
    {
        Assert.Equal(slug, Slug.From(text));
    }

    [Fact]
    public void Entries_without_a_matching_tag_and_summary_are_missing()
    {
        var (path, text) = MindhuntersFiles.Fixture("docs-index.txt");
        var index = DocsIndexReader.Read(path, text);

        var missing = DocsIndexCoverage.Missing(index, new[]
        {
            ("Widgets", "Archive a widget"),
            ("Widgets", "Release a widget"),
            ("Widget Colours", "[Beta] Widget's colour (RGB)"),
            ("Gadgets", "List widgets"),
        });

        // "List widgets" is under another tag; the second "Release a widget" page needs a second operation of that name.
        Assert.Equal(new[] { "list-widgets", "release-a-widget-1" }, missing.Select(e => e.Slug));
    }

    [Fact]
    public void Repeated_summaries_cover_the_numbered_pages_and_guides_are_never_missing()
    {
        var (path, text) = MindhuntersFiles.Fixture("docs-index.txt");
        var index = DocsIndexReader.Read(path, text);

        var missing = DocsIndexCoverage.Missing(index, new[]
        {
            ("Widgets", "Archive a widget"),
            ("Widgets", "List widgets"),
            ("Widgets", "Release a widget"),
            ("Widgets", "Release a widget"),
            ("Widget Colours", "[Beta] Widget's colour (RGB)"),
        });

        Assert.Empty(missing);
    }

    [Fact]
    public void The_seed_endpoint_page_covers_the_url_the_site_gives_it()
    {
        var (pagePath, pageText) = MindhuntersFiles.Seed("get-a-single-pbx-extension-connector.md");
        var operation = EndpointPageReader.Read(pagePath, pageText).Operations[0];
        const string Index = "# Mindhunters API Documentation ## Docs "
            + "- [Get a single PBX extension connector](https://developers.mindhunters.ai/api-reference/pbx-extension-connectors/get-a-single-pbx-extension-connector.md): Returns one PBX extension connector by UUID. "
            + "- [List PBX extension connectors](https://developers.mindhunters.ai/api-reference/pbx-extension-connectors/list-pbx-extension-connectors.md)";

        var missing = DocsIndexCoverage.Missing(DocsIndexReader.Read("llms.txt", Index), new[] { (operation.Tag!, operation.Summary!) });

        Assert.Equal("list-pbx-extension-connectors", Assert.Single(missing).Slug);
    }
}
