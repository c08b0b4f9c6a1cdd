using System.Linq;
using SpecForge.Core.Documentation.Draft;
using SpecForge.Core.Documentation.Readers;

namespace SpecForge.Core.Tests.Documentation.Markdown;

/// <summary>What an operation's description states in words that the draft has fields for: legacy aliases and deprecation.</summary>
public sealed class ReferenceMarkdownDescriptionTests
{
    [Theory]
    [InlineData("List companies. Legacy alias: GET /customers.", "GET /customers")]
    [InlineData("List deals. Legacy alias: GET /customers/:id/deals (also still supported).", "GET /customers/:id/deals")]
    [InlineData("Same data. Legacy alias: GET /deals (same response shape).", "GET /deals")]
    [InlineData("Files. Legacy alias: GET /deals/:id/files. Matching MCP tool: list_opportunity_files.", "GET /deals/:id/files")]
    [InlineData("Several. Legacy aliases: GET /a, get /b and POST /c.", "GET /a|GET /b|POST /c")]
    [InlineData("Odd. Legacy alias: GET /deals?view=(full).", "GET /deals?view=(full)")]
    [InlineData("DEPRECATED -- prefer GET /opportunities?pipeline_id=X (legacy alias: GET /deals?pipeline_id=X).", "")]
    [InlineData("to_number_source is a legacy alias for recipient_target -- both work.", "")]
    [InlineData("Legacy alias: see the Deals section.", "")]
    public void Legacy_aliases_are_method_and_path_as_written(string description, string expected)
    {
        var operation = ReadOperationDescribedAs(description);

        Assert.Equal(expected, string.Join("|", operation.LegacyAliases));
        Assert.Equal(description, operation.Description);
    }

    [Theory]
    [InlineData("DEPRECATED -- prefer GET /opportunities.", true)]
    [InlineData("Deprecated: use POST /b.", true)]
    [InlineData("**Deprecated.** Use POST /b.", true)]
    [InlineData("Create an automation. Note: trigger_type \"form_submitted\" is deprecated and rejected.", false)]
    [InlineData("Lists deprecated automations.", false)]
    [InlineData("Deprecation notices for a workspace.", false)]
    public void Only_a_description_that_opens_with_deprecated_marks_the_operation(string description, bool deprecated)
    {
        Assert.Equal(deprecated, ReadOperationDescribedAs(description).Deprecated);
    }

    private static DraftOperation ReadOperationDescribedAs(string description)
    {
        var draft = ReferenceMarkdownReader.Read("a.md", $"## Things\n\n### GET /things\n\n{description}\n\n**Scopes:** `things:read`\n");

        Assert.Empty(draft.Diagnostics);
        return draft.Operations.Single();
    }
}
