using System.IO;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Documentation.Readers;
using SpecForge.Tests.Shared;

namespace SpecForge.Core.Tests.Documentation.Mindhunters;

public sealed class DocumentKindsTests
{
    [Theory]
    [InlineData("mindhunters", "llms.v1.txt", DocumentKind.DocsIndex)]
    [InlineData("mindhunters", "llms.v2.txt", DocumentKind.DocsIndex)]
    [InlineData("mindhunters", "get-a-single-pbx-extension-connector.md", DocumentKind.EndpointPage)]
    [InlineData("mindhunters", "create-a-contact-pool.txt", DocumentKind.RenderedPage)]
    [InlineData("trustpager", "trustpager-full-reference.md", DocumentKind.ReferenceMarkdown)]
    public void Every_seed_copy_is_recognised_by_content(string folder, string file, DocumentKind kind)
    {
        var path = RepoPaths.InRepo("specs", folder, file);

        Assert.Equal(kind, DocumentKinds.Detect(path, File.ReadAllText(path)));
    }

    [Theory]
    [InlineData("endpoint-page.md", DocumentKind.EndpointPage)]
    [InlineData("endpoint-page-broken-yaml.md", DocumentKind.EndpointPage)]
    [InlineData("rendered-page.txt", DocumentKind.RenderedPage)]
    [InlineData("rendered-page-cut.txt", DocumentKind.RenderedPage)]
    [InlineData("docs-index.txt", DocumentKind.DocsIndex)]
    public void Every_fixture_is_recognised(string file, DocumentKind kind)
    {
        var (path, text) = MindhuntersFiles.Fixture(file);

        Assert.Equal(kind, DocumentKinds.Detect(path, text));
    }

    [Theory]
    [InlineData("spec.txt", "openapi: 3.1.0\ninfo:\n  title: T\n")]
    [InlineData("spec.md", "# A comment\nswagger: '2.0'\n")]
    [InlineData("spec.txt", "\uFEFF{\n  // comment\n  \"info\": {\"title\": \"openapi\"},\n  \"openapi\": \"3.0.0\",\n}")]
    [InlineData("spec.txt", "{\"openapi\": \"3.0.0\", \"paths\": {")]
    [InlineData("spec.json", "{\"asyncapi\": \"2.0.0\"}")]
    [InlineData("spec.yaml", "not: [valid")]
    public void OpenApi_is_recognised_by_its_root_field_or_its_extension(string file, string text)
    {
        Assert.Equal(DocumentKind.OpenApi, DocumentKinds.Detect(file, text));
    }

    [Theory]
    [InlineData("notes.md", "")]
    [InlineData("notes.md", "# Notes\n\nNothing to see; `openapi: 3.0.0` is only mentioned.\n")]
    [InlineData("notes.txt", "{\"asyncapi\": \"2.0.0\"}")]
    [InlineData("notes.md", "# Links\n\n- [Home](https://example.com)\n")]
    [InlineData("notes.md", "```yaml\nname: not openapi\n```\n")]
    [InlineData("notes.txt", "Skip to main content\nWelcome\nPOST is a method\n")]
    [InlineData("notes.md", "### GET /a\n\nNo scopes, no parameter list.\n")]
    public void Other_text_is_unknown(string file, string text)
    {
        Assert.Equal(DocumentKind.Unknown, DocumentKinds.Detect(file, text));
    }

    [Fact]
    public void A_json_fence_with_openapi_makes_an_endpoint_page()
    {
        Assert.Equal(DocumentKind.EndpointPage, DocumentKinds.Detect("p.md", "# T\n\n```json\n{\n  \"openapi\": \"3.1.0\"\n}\n```\n"));
    }

    [Fact]
    public void The_unknown_kind_has_its_diagnostic()
    {
        var diagnostic = DocumentKinds.UnknownKindDiagnostic("notes.md");

        Assert.Equal((DiagnosticCatalog.UnknownDocumentKind, SpecSeverity.Error, "notes.md", 1, 1), (diagnostic.Id, diagnostic.Severity, diagnostic.FilePath, diagnostic.Line, diagnostic.Column));
    }
}
