using System.Linq;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Documentation.Draft;
using SpecForge.Core.Documentation.Readers;

namespace SpecForge.Core.Tests.Documentation.Mindhunters;

public sealed class RenderedPageReaderTests
{
    [Fact]
    public void Method_path_segments_and_title_make_the_operation()
    {
        var (path, text) = MindhuntersFiles.Fixture("rendered-page.txt");

        var operation = Assert.Single(RenderedPageReader.Read(path, text).Operations);

        Assert.Equal(("PATCH", "/v2/widgets/{uuid}", "Update a widget"), (operation.Method, operation.RawPath, operation.Summary));
        Assert.Equal((path, 2, 1), (operation.Source!.File, operation.Source.Line, operation.Source.Column));
        Assert.Null(operation.Description);
    }

    [Fact]
    public void The_curl_and_response_examples_are_kept_verbatim()
    {
        var (path, text) = MindhuntersFiles.Fixture("rendered-page.txt");
        var lines = text.Split('\n');

        var samples = RenderedPageReader.Read(path, text).Operations[0].Samples;

        Assert.Equal(2, samples.Count);
        Assert.Equal(("bash", false, 10), (samples[0].Language, samples[0].IsResponse, samples[0].Source!.Line));
        Assert.Equal(string.Join("\n", lines[9..15]), samples[0].Text);
        Assert.Equal(("json", true, 17), (samples[1].Language, samples[1].IsResponse, samples[1].Source!.Line));
        Assert.Equal(string.Join("\n", lines[16..21]), samples[1].Text);
    }

    [Fact]
    public void Every_field_is_read_as_written()
    {
        var (path, text) = MindhuntersFiles.Fixture("rendered-page.txt");

        var parameters = RenderedPageReader.Read(path, text).Operations[0].Parameters;

        Assert.Equal(new[] { "uuid", "dry_run", "label", "tags", "mode", "meta", "meta.source" }, parameters.Select(p => p.Name));
        AssertField(parameters[0], "path", "string<uuid>", true, "The widget's id.", null);
        AssertField(parameters[1], "query", "boolean", false, "Validate only.\nNothing is stored.", null, "default:false");
        AssertField(parameters[2], "form", "string", true, "Display label.\n\nSecond paragraph of the label.", "\"Blue widget\"", "Required string length: 1 - 80", "Pattern: ^[A-Za-z ]+$");
        AssertField(parameters[3], "form", "string[]", false, "Free tags.", "[\n  \"blue\",\n  \"small\"\n]", "Required array length: 1 - 5 elements");
        AssertField(parameters[4], "form", "enum<string>", false, "How to apply.", "\"merge\"", "Available options: replace, merge");
        AssertField(parameters[5], "form", "object", false, "Free-form metadata.", null);
        AssertField(parameters[6], "form", "string", false, "Where the widget came from.", null);
        var label = parameters[2].Source!;
        Assert.Equal((58, 1), (label.Line, label.Column));
        Assert.Equal(100, parameters[6].Source!.Line);
    }

    [Fact]
    public void Authorizations_response_and_leftovers()
    {
        var (path, text) = MindhuntersFiles.Fixture("rendered-page.txt");

        var api = RenderedPageReader.Read(path, text);

        Assert.Equal("Your workspace API key.", api.AuthenticationText);
        var response = Assert.Single(api.Operations[0].Responses);
        Assert.Equal(("201", "Widget updated.", "application/json", 105), (response.Status, response.Description, response.MediaType, response.Source!.Line));
        Assert.Equal(api.Operations[0].Samples[1].Text, response.ExampleText);
        var info = Assert.Single(api.Diagnostics);
        Assert.Equal((DiagnosticCatalog.MarkdownSkipped, SpecSeverity.Info, 111, 1), (info.Id, info.Severity, info.Line, info.Column));
    }

    [Theory]
    [InlineData("", "200")]
    [InlineData("404\n", "404")]
    public void The_response_status_is_the_stated_one_or_200(string exampleTab, string status)
    {
        var page = "GET\n/a\nT\n" + exampleTab + "{\"ok\": true}\n\nResponse\n\nFine.\n";

        var response = Assert.Single(RenderedPageReader.Read("p.txt", page).Operations[0].Responses);

        Assert.Equal((status, "Fine.", "{\"ok\": true}"), (response.Status, response.Description, response.ExampleText));
    }

    [Fact]
    public void A_page_cut_off_in_an_options_list_keeps_what_it_has()
    {
        var (path, text) = MindhuntersFiles.Fixture("rendered-page-cut.txt");

        var api = RenderedPageReader.Read(path, text);

        var parameters = api.Operations[0].Parameters;
        Assert.Equal(new[] { "name", "type" }, parameters.Select(p => p.Name));
        Assert.Equal("Available options: FIFO, LIFO,", Assert.Single(parameters[1].ConstraintTexts));
        var diagnostic = Assert.Single(api.Diagnostics);
        Assert.Equal((DiagnosticCatalog.MarkdownSkipped, 21, 1), (diagnostic.Id, diagnostic.Line, diagnostic.Column));
    }

    [Theory]
    [InlineData("\nmax_retries\n", 103)]
    [InlineData("  \"name\": \"VIP customers\",\n", 10)]
    [InlineData("  \"message\": \"Pool created successfully\",\n", 24)]
    [InlineData("Available options:\nFIFO,\n", 85)]
    [InlineData("Default: true.\n\nExample:\n", 118)]
    public void The_seed_page_cut_off_anywhere_says_where(string cutAfter, int line)
    {
        var (path, text) = MindhuntersFiles.Seed("create-a-contact-pool.txt");
        var cut = text.Substring(0, text.IndexOf(cutAfter, System.StringComparison.Ordinal) + cutAfter.Length);

        var api = RenderedPageReader.Read(path, cut);

        Assert.Contains(api.Diagnostics, d => (d.Id, d.Line, d.Column) == (DiagnosticCatalog.MarkdownSkipped, line, 1));
        Assert.Equal("POST /api/v1/pools", Assert.Single(api.Operations).Key);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Skip to main content\nNothing here\n")]
    [InlineData("POST\nnot a path\n")]
    public void A_page_without_method_and_path_documents_nothing(string page)
    {
        var api = RenderedPageReader.Read("p.txt", page);

        Assert.Empty(api.Operations);
        var diagnostic = Assert.Single(api.Diagnostics);
        Assert.Equal((DiagnosticCatalog.MarkdownHeadingNotUnderstood, 1, 1), (diagnostic.Id, diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Unknown_text_is_skipped_with_its_position()
    {
        var api = RenderedPageReader.Read("p.txt", "Breadcrumb\n\nGET\n/a\nT\nWhat is this?\n\nBody\n\nNot a field either\n");

        Assert.Equal(new[] { (1, 1), (6, 1), (10, 1) }, api.Diagnostics.Select(d => (d.Line, d.Column)));
        Assert.All(api.Diagnostics, d => Assert.Equal(DiagnosticCatalog.MarkdownSkipped, d.Id));
        Assert.Equal("GET /a", api.Operations[0].Key);
    }

    internal static void AssertField(DraftParameter field, string location, string type, bool required, string? description, string? example, params string[] constraints)
    {
        Assert.Equal((location, type, required), (field.Location, field.TypeText, field.Required));
        Assert.Equal(description, field.Description);
        Assert.Equal(example, field.ExampleText);
        Assert.Equal(constraints, field.ConstraintTexts);
    }
}
