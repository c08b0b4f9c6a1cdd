using System.Linq;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Documentation.Readers;
using static SpecForge.Core.Tests.Documentation.Mindhunters.RenderedPageReaderTests;

namespace SpecForge.Core.Tests.Documentation.Mindhunters;

public sealed class RenderedPageSeedTests
{
    [Fact]
    public void The_operation_and_its_examples()
    {
        var (path, text) = MindhuntersFiles.Seed("create-a-contact-pool.txt");
        var lines = text.Split('\n');

        var operation = Assert.Single(RenderedPageReader.Read(path, text).Operations);

        Assert.Equal(("POST", "/api/v1/pools", "Create a contact pool"), (operation.Method, operation.RawPath, operation.Summary));
        Assert.Equal((2, 1), (operation.Source!.Line, operation.Source.Column));
        Assert.Equal(2, operation.Samples.Count);
        var curl = operation.Samples[0];
        Assert.Equal(("bash", false, 10), (curl.Language, curl.IsResponse, curl.Source!.Line));
        Assert.Equal(string.Join("\n", lines[9..23]), curl.Text);
        Assert.EndsWith("\"is_active\": true\n}\n'", curl.Text);
        var json = operation.Samples[1];
        Assert.Equal(("json", true, 24), (json.Language, json.IsResponse, json.Source!.Line));
        Assert.Equal(string.Join("\n", lines[23..39]), json.Text);
    }

    [Fact]
    public void Every_body_field_with_type_requiredness_constraints_and_example()
    {
        var (path, text) = MindhuntersFiles.Seed("create-a-contact-pool.txt");

        var parameters = RenderedPageReader.Read(path, text).Operations[0].Parameters;

        Assert.Equal(new[] { "name", "description", "type", "max_parallel_items", "max_retries", "is_active" }, parameters.Select(p => p.Name));
        Assert.Equal(new[] { 59, 70, 80, 93, 103, 113 }, parameters.Select(p => p.Source!.Line));
        AssertField(parameters[0], "body", "string", true, "Display name. 3-255 characters. Not required to be unique — duplicates are allowed.", "\"VIP customers\"", "Required string length: 3 - 255");
        AssertField(parameters[1], "body", "string", true, "Free-form notes about who's in this pool and why. Required.", "\"High-value leads, push first\"");
        AssertField(
            parameters[2],
            "body",
            "enum<string>",
            false,
            "Processing order strategy. FIFO = pending items dequeued in insertion order (oldest first). LIFO = newest first (good for hot leads). Parallel = up to max_parallel_items processed concurrently, ordered by priority then insertion. Default: FIFO.",
            "\"FIFO\"",
            "Available options: FIFO, LIFO, Parallel");
        AssertField(parameters[3], "body", "integer", false, "Concurrency cap when type='Parallel'. Ignored for FIFO/LIFO. Capped server-side at 100. Default: 10.", "10", "Required range: 1 <= x <= 100");
        AssertField(parameters[4], "body", "integer", false, "Pool-level retry ceiling. When a campaign is attached, the rule's max_total_calls takes precedence. Default: 3.", "3", "Required range: x >= 0");
        AssertField(parameters[5], "body", "boolean", false, "Active flag. Inactive pools are excluded from campaign creation but remain readable via the API. Default: true.", "true");
    }

    [Fact]
    public void Authorization_response_and_the_response_fields_notice()
    {
        var (path, text) = MindhuntersFiles.Seed("create-a-contact-pool.txt");

        var api = RenderedPageReader.Read(path, text);

        Assert.Equal("Use a Bearer token to access these API endpoints. Example: \"Bearer {your-token}\"", api.AuthenticationText);
        var operation = api.Operations[0];
        var response = Assert.Single(operation.Responses);
        Assert.Equal(("200", "Pool created.", null, 122), (response.Status, response.Description, response.MediaType, response.Source!.Line));
        Assert.Equal(operation.Samples[1].Text, response.ExampleText);

        // success, message and data have no place in the draft; the response example carries their shape.
        var notice = Assert.Single(api.Diagnostics);
        Assert.Equal((DiagnosticCatalog.MarkdownSkipped, SpecSeverity.Info, 126, 1), (notice.Id, notice.Severity, notice.Line, notice.Column));
        Assert.Contains("(success, message, data)", notice.Message);
    }

    [Fact]
    public void Crlf_line_breaks_read_the_same()
    {
        var (path, text) = MindhuntersFiles.Seed("create-a-contact-pool.txt");

        var lf = RenderedPageReader.Read(path, text);
        var crlf = RenderedPageReader.Read(path, text.Replace("\n", "\r\n"));

        Assert.Equal(lf.Operations[0].Parameters.Select(p => (p.Name, p.Description, p.ExampleText, p.Source)), crlf.Operations[0].Parameters.Select(p => (p.Name, p.Description, p.ExampleText, p.Source)));
        Assert.Equal(lf.Operations[0].Samples[1].Text.Replace("\n", "\r\n"), crlf.Operations[0].Samples[1].Text);
        Assert.Equal(lf.Diagnostics, crlf.Diagnostics);
    }
}
