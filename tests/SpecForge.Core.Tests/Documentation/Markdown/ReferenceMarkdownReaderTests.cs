using System.Linq;
using SpecForge.Core.Documentation.Draft;
using SpecForge.Core.Documentation.Readers;
using static SpecForge.Core.Tests.Documentation.Markdown.ReferenceMarkdownFiles;

namespace SpecForge.Core.Tests.Documentation.Markdown;

/// <summary>
/// One construct of the grammar per test, on the line-broken fixture and on the same file with every line end turned
/// into a space: the reader must understand both alike. Text that spans lines is compared folded.
/// </summary>
public sealed class ReferenceMarkdownReaderTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Reads_the_title_base_url_authentication_and_introduction(bool collapsed)
    {
        var draft = ReadFixture(collapsed);

        Assert.Equal("Acme CRM API — full reference", draft.Title);
        Assert.Equal(new[] { "https://api.acme.test/functions/v1/api/v1" }, draft.Servers);
        Assert.Equal("`Authorization: Bearer ` (one API key per workspace)", draft.AuthenticationText);
        Assert.Equal("Generated 2026-01-02T03:04:05.000Z from the endpoint data.", draft.Description);
        Assert.Null(draft.Version);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Reads_sections_with_the_text_before_their_first_operation(bool collapsed)
    {
        var draft = ReadFixture(collapsed);

        // In the collapsed layout only the words tell where a title stops: "Search Search", "Agents Manage AI", "Text Agents Text".
        Assert.Equal(new[] { "Universal Search", "Agents", "Text Agents" }, draft.Tags.Select(t => t.Name));
        Assert.Equal(
            new[]
            {
                "Search across all entity types in a single call. Supports typo-tolerant matching.",
                "Manage AI voice agents and text agents under one endpoint.",
                "Text agents are now part of /agents.",
            },
            draft.Tags.Select(t => Fold(t.Description)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Keeps_heading_paths_verbatim_and_files_each_operation_under_its_section(bool collapsed)
    {
        var draft = ReadFixture(collapsed);

        Assert.Equal(
            new[]
            {
                "POST /search | Universal Search",
                "GET /agents?type=voice|text | Agents",
                "GET /agents/:id | Agents",
                "PATCH /agents/:id | Agents",
                "POST https://uploads.acme.test/functions/v1/public-upload | Agents",
                "GET /api/v1/_meta/tools | Agents",
                "GET /agents/:id | Text Agents",
                "GET /agents/:id/legacy | Text Agents",
            },
            draft.Operations.Select(o => $"{o.Method} {o.RawPath} | {o.Tag}"));
        Assert.All(draft.Operations, o => Assert.Null(o.Path));
        Assert.All(draft.Operations, o => Assert.Null(o.Summary));
        Assert.All(draft.Operations, o => Assert.Null(o.OperationId));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_operation_documented_in_two_sections_is_kept_twice(bool collapsed)
    {
        var twice = ReadFixture(collapsed).Operations.Where(o => o.Method == "GET" && o.RawPath == "/agents/:id").ToList();

        Assert.Equal(new[] { "Agents", "Text Agents" }, twice.Select(o => o.Tag));
        Assert.Equal(new[] { "Agent ID", "Text agent ID" }, twice.Select(o => o.Parameters.Single().Description));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_description_runs_to_the_scopes_and_keeps_dashes_bold_and_code_spans(bool collapsed)
    {
        var search = ReadFixture(collapsed).Operations[0];

        Assert.Equal("Fuzzy search across contacts - ranked by **relevance**; see `rank` in the result.", search.Description);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Reads_scopes_the_write_marker_and_none(bool collapsed)
    {
        var operations = ReadFixture(collapsed).Operations;

        Assert.Equal(new[] { "contacts:read", "companies:read" }, operations[0].Scopes);
        Assert.False(operations[0].IsWrite);
        Assert.Equal(new[] { "agents:write" }, operations[3].Scopes);
        Assert.True(operations[3].IsWrite);

        // "_none_ — _write_": no scope, yet a write.
        Assert.Empty(operations[4].Scopes);
        Assert.True(operations[4].IsWrite);
        Assert.Empty(operations[5].Scopes);
        Assert.False(operations[5].IsWrite);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Reads_parameter_names_locations_type_tokens_and_required(bool collapsed)
    {
        var parameters = ReadFixture(collapsed).Operations.SelectMany(o => o.Parameters).Select(p => $"{p.Name} ({p.Location}, {p.TypeText}, {p.Required})");

        Assert.Equal(
            new[]
            {
                "query (body, string, True)",
                "limit (body, number, False)",
                "type (query, \"voice\" | \"text\", True)",
                "ids (query, uuid[], False)",
                "tags (query, string|null, False)",
                "id (path, uuid, True)",
                "id (path, uuid, True)",
                "folder_id (body, uuid | null, False)",
                "steps (body, object[], False)",
                "(body) (body, object[] | { tags: object[] }, True)",
                "params.limit (body, integer, False)",
                "file (body, File, True)",
                "id (path, uuid, True)",
            },
            parameters);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Parameter_descriptions_end_only_at_the_next_item(bool collapsed)
    {
        var operations = ReadFixture(collapsed).Operations;
        var patch = operations[3];

        Assert.Equal("Search text -- matches names, emails - and phones", operations[0].Parameters[0].Description);
        Assert.Equal("Max results (1-100, default 25)", operations[0].Parameters[1].Description);
        Assert.Equal("Tag filter. Pass null to clear.", operations[1].Parameters[2].Description);
        Assert.Equal(
            "Each step: { name: string, wait?: number }. A second line of the same description - `not` an item.",
            Fold(patch.Parameters.Single(p => p.Name == "steps").Description));
        Assert.Equal("Nested field (max 100)", patch.Parameters.Single(p => p.Name == "params.limit").Description);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Keeps_code_fences_with_their_info_string(bool collapsed)
    {
        var samples = ReadFixture(collapsed).Operations.SelectMany(o => o.Samples).ToList();

        Assert.Equal(new[] { "bash", "json", string.Empty, "http" }, samples.Select(s => s.Language));
        Assert.Equal(
            new[]
            {
                "curl -X POST \\ \"https://api.acme.test/functions/v1/api/v1/search\" \\ -d '{ \"query\": \"Sarah\" }'",
                "{ \"name\": \"Receptionist\" }",
                "HTTP/1.1 200 OK Content-Type: application/json",
                "POST /functions/v1/public-upload HTTP/1.1 Host: uploads.acme.test",
            },
            samples.Select(s => Fold(s.Text)));
        Assert.All(samples, s => Assert.False(s.IsResponse));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Legacy_aliases_are_listed_and_stay_in_the_description(bool collapsed)
    {
        var operations = ReadFixture(collapsed).Operations;

        Assert.Equal(new[] { "PATCH /bots/:id" }, operations[3].LegacyAliases);
        Assert.Equal("Update an agent. Legacy alias: PATCH /bots/:id.", operations[3].Description);
        Assert.Equal(new[] { "POST /upload" }, operations[4].LegacyAliases);

        // "prefer GET /agents/:id?view=full (legacy alias: ...)" names the alias of the preferred endpoint, not of this one.
        Assert.Empty(operations[7].LegacyAliases);
        Assert.Equal(2, operations.Count(o => o.LegacyAliases.Count > 0));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Only_an_operation_whose_description_opens_with_deprecated_is_deprecated(bool collapsed)
    {
        var operations = ReadFixture(collapsed).Operations;

        Assert.Equal(new[] { "GET /agents/:id/legacy" }, operations.Where(o => o.Deprecated).Select(o => $"{o.Method} {o.RawPath}"));
        Assert.StartsWith("DEPRECATED -- prefer GET /agents/:id?view=full", operations[7].Description);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_fixture_reads_without_diagnostics(bool collapsed)
    {
        Assert.Empty(ReadFixture(collapsed).Diagnostics);
    }

    [Fact]
    public void Both_layouts_give_equal_drafts()
    {
        Assert.Equal(Describe(ReadFixture(collapsed: false)), Describe(ReadFixture(collapsed: true)));
    }

    [Fact]
    public void Line_breaks_inside_recorded_text_are_kept_as_written()
    {
        var draft = ReadFixture(collapsed: false);
        var patch = draft.Operations[3];

        Assert.Equal("Search across all entity types in a single call.\nSupports typo-tolerant matching.", draft.Tags[0].Description);
        Assert.Equal(
            "curl -X POST \\\n  \"https://api.acme.test/functions/v1/api/v1/search\" \\\n  -d '{ \"query\": \"Sarah\" }'",
            draft.Operations[0].Samples[0].Text);
        Assert.Equal("HTTP/1.1 200 OK\nContent-Type: application/json", patch.Samples[1].Text);
        Assert.Equal(
            "Each step: { name: string, wait?: number }. A second\nline of the same description - `not` an item.",
            patch.Parameters.Single(p => p.Name == "steps").Description);
    }

    [Theory]
    [InlineData("## Contacts Manage contacts (people).\nSupports search. ### GET /contacts List contacts.")]
    [InlineData("## Contacts\nManage contacts (people).\nSupports search.\n### GET /contacts\nList contacts.")]
    public void A_line_end_left_inside_a_collapsed_section_description_does_not_end_the_title(string text)
    {
        var draft = ReferenceMarkdownReader.Read(FixturePath, text);

        var tag = Assert.Single(draft.Tags);
        Assert.Equal(("Contacts", "Manage contacts (people). Supports search."), (tag.Name, Fold(tag.Description)));
        Assert.Equal("Contacts", Assert.Single(draft.Operations).Tag);
    }

    [Fact]
    public void Windows_line_ends_read_like_unix_ones()
    {
        var unix = ReadFixture(collapsed: false);
        var windows = ReferenceMarkdownReader.Read(FixturePath, Fixture.Replace("\n", "\r\n"));

        Assert.Equal(Describe(unix), Describe(windows));
        Assert.Equal(Sources(unix), Sources(windows));
    }

    private static string[] Sources(DraftApi draft) =>
        draft.Tags.Select(t => t.Source)
            .Concat(draft.Operations.Select(o => o.Source))
            .Concat(draft.Operations.SelectMany(o => o.Parameters).Select(p => p.Source))
            .Concat(draft.Operations.SelectMany(o => o.Samples).Select(s => s.Source))
            .Select(s => $"{s?.Line}:{s?.Column}")
            .ToArray();
}
