using System.Linq;
using System.Text.Json.Nodes;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Documentation.Readers;

namespace SpecForge.Core.Tests.Documentation.Mindhunters;

public sealed class EndpointPageReaderTests
{
    [Fact]
    public void The_page_gives_one_operation_with_its_own_title_and_description()
    {
        var (path, text) = MindhuntersFiles.Fixture("endpoint-page.md");

        var api = EndpointPageReader.Read(path, text);

        Assert.Empty(api.Diagnostics);
        var operation = Assert.Single(api.Operations);
        Assert.Equal(("POST", "/v1/widgets/{id}/archive"), (operation.Method, operation.RawPath));
        Assert.Equal("Archive a widget", operation.Summary);
        Assert.Equal("Archives one widget so it no longer appears in lists.\nArchived widgets can be restored later.", operation.Description);
        Assert.Equal((path, 5, 1), (operation.Source!.File, operation.Source.Line, operation.Source.Column));
    }

    [Fact]
    public void The_embedded_slice_is_kept_whole_and_names_the_api_and_the_operation()
    {
        var (path, text) = MindhuntersFiles.Fixture("endpoint-page.md");

        var api = EndpointPageReader.Read(path, text);

        Assert.Equal(("Widget API", "Everything about widgets.", "2.1.0"), (api.Title, api.Description, api.Version));
        Assert.Equal("3.0.3", api.EmbeddedOpenApi!["openapi"]!.ToString());
        Assert.Single(api.EmbeddedOpenApi["paths"]!.AsObject());
        Assert.Equal(2, api.EmbeddedOpenApi["components"]!["schemas"]!.AsObject().Count);
        var operation = api.Operations[0];
        Assert.Equal(("Widget Lifecycle", "archiveWidget", true), (operation.Tag, operation.OperationId, operation.Deprecated));
    }

    [Fact]
    public void The_documentation_index_blockquote_is_site_chrome_not_the_description()
    {
        const string Page = "> ## Documentation Index\n> Fetch the complete documentation index at: https://x/llms.txt\n\n# T\n\n````yaml https://x/spec.json get /a\nopenapi: 3.0.0\npaths:\n  /a:\n    get: {}\n````\n";

        var api = EndpointPageReader.Read("page.md", Page);

        Assert.Empty(api.Diagnostics);
        Assert.Null(api.Operations[0].Description);
        Assert.Equal("T", api.Operations[0].Summary);
    }

    [Fact]
    public void Broken_yaml_is_reported_at_its_line_in_the_page()
    {
        var (path, text) = MindhuntersFiles.Fixture("endpoint-page-broken-yaml.md");

        var api = EndpointPageReader.Read(path, text);

        // The repeated "info:" is the fence body's fifth line, which is the page's tenth.
        var diagnostic = Assert.Single(api.Diagnostics);
        Assert.Equal((DiagnosticCatalog.EmbeddedOpenApiUnreadable, SpecSeverity.Error, 10, 1), (diagnostic.Id, diagnostic.Severity, diagnostic.Line, diagnostic.Column));
        Assert.Contains("Duplicate key", diagnostic.Message);
        Assert.Equal(path, diagnostic.FilePath);
        Assert.Null(api.EmbeddedOpenApi);
        Assert.Equal(("POST", "/v1/widgets", "Create a widget"), (api.Operations[0].Method, api.Operations[0].RawPath, api.Operations[0].Summary));
    }

    [Fact]
    public void An_indented_fence_shifts_columns_as_well_as_lines()
    {
        const string Page = "# T\n\n1. Step\n\n   ```yaml https://x/spec.json get /a\n   openapi: 3.0.0\n   openapi: 3.1.0\n   ```\n";

        var api = EndpointPageReader.Read("page.md", Page);

        var diagnostic = api.Diagnostics.Single(d => d.Id == DiagnosticCatalog.EmbeddedOpenApiUnreadable);
        Assert.Equal((7, 4), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Crlf_line_breaks_give_the_same_positions()
    {
        var (path, text) = MindhuntersFiles.Fixture("endpoint-page-broken-yaml.md");

        var api = EndpointPageReader.Read(path, text.Replace("\n", "\r\n"));

        Assert.Equal((10, 1), (api.Diagnostics[0].Line, api.Diagnostics[0].Column));
    }

    [Fact]
    public void An_info_line_without_method_and_path_falls_back_to_the_only_operation()
    {
        const string Page = "# T\n\n```yaml\nopenapi: 3.0.0\npaths:\n  /things/{id}:\n    delete: {}\n```\n";

        var api = EndpointPageReader.Read("page.md", Page);

        Assert.Empty(api.Diagnostics);
        Assert.Equal(("DELETE", "/things/{id}"), (api.Operations[0].Method, api.Operations[0].RawPath));
    }

    [Fact]
    public void An_info_line_without_method_and_path_and_several_operations_documents_nothing()
    {
        const string Page = "# T\n\n```yaml\nopenapi: 3.0.0\npaths:\n  /a:\n    get: {}\n    put: {}\n```\n";

        var api = EndpointPageReader.Read("page.md", Page);

        Assert.Empty(api.Operations);
        var diagnostic = Assert.Single(api.Diagnostics);
        Assert.Equal((DiagnosticCatalog.MarkdownHeadingNotUnderstood, 3, 1), (diagnostic.Id, diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void An_info_line_naming_an_operation_the_slice_lacks_is_reported()
    {
        const string Page = "# T\n\n```yaml https://x/spec.json post /b\nopenapi: 3.0.0\npaths:\n  /a:\n    get: {}\n```\n";

        var api = EndpointPageReader.Read("page.md", Page);

        Assert.Equal("POST /b", api.Operations[0].Key);
        Assert.Equal(DiagnosticCatalog.MarkdownHeadingNotUnderstood, Assert.Single(api.Diagnostics).Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# Only a title\n\n> And a description.\n")]
    public void A_page_without_an_openapi_fence_documents_nothing(string page)
    {
        var api = EndpointPageReader.Read("page.md", page);

        Assert.Empty(api.Operations);
        Assert.Equal(DiagnosticCatalog.EmbeddedOpenApiUnreadable, Assert.Single(api.Diagnostics).Id);
    }

    [Fact]
    public void A_fence_that_is_not_openapi_is_reported_at_its_opening()
    {
        var api = EndpointPageReader.Read("page.md", "# T\n\n```yaml x get /a\n- a list\n```\n");

        var diagnostic = Assert.Single(api.Diagnostics);
        Assert.Equal((DiagnosticCatalog.EmbeddedOpenApiUnreadable, 3, 1), (diagnostic.Id, diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void A_page_cut_off_inside_its_fence_is_read_with_a_warning()
    {
        var api = EndpointPageReader.Read("page.md", "# T\n\n````yaml x get /a\nopenapi: 3.0.0\npaths:\n  /a:\n    get: {}\n");

        var diagnostic = Assert.Single(api.Diagnostics);
        Assert.Equal((DiagnosticCatalog.EmbeddedOpenApiUnreadable, SpecSeverity.Warning, 3), (diagnostic.Id, diagnostic.Severity, diagnostic.Line));
        Assert.NotNull(api.EmbeddedOpenApi);
        Assert.Single(api.Operations);
    }

    [Fact]
    public void Stray_text_and_other_fences_are_kept_apart()
    {
        const string Page = "# T\n\n> D\n\nA stray paragraph\nover two lines.\n\n```bash\ncurl https://x/a\n```\n\n```yaml x get /a\nopenapi: 3.0.0\npaths:\n  /a:\n    get: {}\n```\n";

        var api = EndpointPageReader.Read("page.md", Page);

        var skipped = Assert.Single(api.Diagnostics);
        Assert.Equal((DiagnosticCatalog.MarkdownSkipped, 5, 1), (skipped.Id, skipped.Line, skipped.Column));
        var sample = Assert.Single(api.Operations[0].Samples);
        Assert.Equal(("bash", "curl https://x/a", 8), (sample.Language, sample.Text, sample.Source!.Line));
    }

    [Fact]
    public void The_openapi_fence_is_found_behind_other_json_fences()
    {
        const string Page = "# T\n\n```json\n{\"ok\": true}\n```\n\n```yaml x get /a\nopenapi: 3.0.0\npaths:\n  /a:\n    get: {}\n```\n";

        var api = EndpointPageReader.Read("page.md", Page);

        Assert.Empty(api.Diagnostics);
        Assert.NotNull(api.EmbeddedOpenApi);
        var sample = Assert.Single(api.Operations[0].Samples);
        Assert.Equal(("json", "{\"ok\": true}", 3), (sample.Language, sample.Text, sample.Source!.Line));
    }

    [Fact]
    public void The_seed_page_reads_whole()
    {
        var (path, text) = MindhuntersFiles.Seed("get-a-single-pbx-extension-connector.md");

        var api = EndpointPageReader.Read(path, text);

        Assert.Empty(api.Diagnostics);
        Assert.Equal(("Mihu API Documentation", "1.0.0"), (api.Title, api.Version));
        Assert.StartsWith("Welcome to Mihu API Documentation for developers.", api.Description);
        var operation = Assert.Single(api.Operations);
        Assert.Equal(("GET", "/api/v1/pbx_extension_connectors/{uuid}"), (operation.Method, operation.RawPath));
        Assert.Equal("Get a single PBX extension connector", operation.Summary);
        Assert.Equal(
            "Returns one PBX extension connector by UUID, including the linked agent, phone number, extension payload, and connector status. Use this before updating external PBX configuration or deleting the connector.",
            operation.Description);
        Assert.Equal((5, 1), (operation.Source!.Line, operation.Source.Column));
        Assert.Equal(("PBX Extension Connectors", "getPbxExtensionConnector"), (operation.Tag, operation.OperationId));

        var embedded = api.EmbeddedOpenApi!;
        Assert.Single(embedded["paths"]!.AsObject());
        Assert.Equal(45, embedded["tags"]!.AsArray().Count);
        Assert.Equal(2, embedded["components"]!.AsObject().Count);
        var schema = Assert.Single(embedded["components"]!["schemas"]!.AsObject());
        Assert.Equal("PbxExtensionConnectorItem", schema.Key);
        Assert.Equal(15, schema.Value!["properties"]!.AsObject().Count);
        Assert.Equal("bearerAuth", Assert.Single(embedded["components"]!["securitySchemes"]!.AsObject()).Key);
        Assert.Equal(new[] { "200", "404" }, embedded["paths"]!["/api/v1/pbx_extension_connectors/{uuid}"]!["get"]!["responses"]!.AsObject().Select(r => r.Key));
    }

    [Fact]
    public void Yaml_broken_inside_the_seed_page_is_located_in_the_page()
    {
        var (path, text) = MindhuntersFiles.Seed("get-a-single-pbx-extension-connector.md");

        // After line 536 ("      tags:") comes a key indented by five spaces, which belongs to no mapping.
        var lines = text.Split('\n').ToList();
        lines.Insert(536, "     broken: [");

        var api = EndpointPageReader.Read(path, string.Join("\n", lines));

        var diagnostic = Assert.Single(api.Diagnostics);
        Assert.Equal(DiagnosticCatalog.EmbeddedOpenApiUnreadable, diagnostic.Id);
        Assert.Equal((537, 6), (diagnostic.Line, diagnostic.Column));
        Assert.Null(api.EmbeddedOpenApi);
        Assert.Equal("GET /api/v1/pbx_extension_connectors/{uuid}", Assert.Single(api.Operations).Key);
    }
}
