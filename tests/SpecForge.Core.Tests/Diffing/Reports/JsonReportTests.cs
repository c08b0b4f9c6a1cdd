using System.IO;
using System.Linq;
using System.Text.Json;
using SpecForge.Core.Diffing;
using SpecForge.Core.Diffing.Reports;
using SpecForge.Core.Documentation;
using SpecForge.Tests.Shared;

namespace SpecForge.Core.Tests.Diffing.Reports;

public sealed class JsonReportTests
{
    [Fact]
    public void The_json_report_has_the_documented_shape()
    {
        using var json = JsonDocument.Parse(DiffReportWriter.Write(SampleReports.Mixed(), DiffFormat.Json, SampleReports.Ignored()));
        var root = json.RootElement;

        Assert.Equal(
            new[] { "old", "new", "kind", "summary", "changes", "ignored", "notes", "diagnostics" },
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("old.yaml", "new.yaml", "openApi"), (root.GetProperty("old").GetString(), root.GetProperty("new").GetString(), root.GetProperty("kind").GetString()));
        var summary = root.GetProperty("summary");
        Assert.Equal((3, 1, 2, 1), (summary.GetProperty("breaking").GetInt32(), summary.GetProperty("warning").GetInt32(), summary.GetProperty("info").GetInt32(), summary.GetProperty("ignored").GetInt32()));
        Assert.Equal(6, root.GetProperty("changes").GetArrayLength());
    }

    [Fact]
    public void Changes_keep_the_report_order_with_lower_case_levels_and_null_for_what_is_absent()
    {
        using var json = JsonDocument.Parse(DiffReportWriter.Write(SampleReports.Mixed(), DiffFormat.Json));
        var changes = json.RootElement.GetProperty("changes").EnumerateArray().ToList();

        Assert.Equal(
            new[] { "server-url-changed", "request-body-type-changed", "request-parameter-removed", "response-enum-widened", "endpoint-added", "endpoint-removed" },
            changes.Select(c => c.GetProperty("rule").GetString()));
        var server = changes[0];
        Assert.Equal("info", server.GetProperty("level").GetString());
        Assert.Equal(JsonValueKind.Null, server.GetProperty("operation").ValueKind);
        Assert.Equal(JsonValueKind.Null, server.GetProperty("tag").ValueKind);
        Assert.Equal((0, 0, "old.yaml"), (server.GetProperty("old").GetProperty("line").GetInt32(), server.GetProperty("old").GetProperty("column").GetInt32(), server.GetProperty("old").GetProperty("file").GetString()));
        var body = changes[1];
        Assert.Equal(("breaking", "POST /stores", "Stores"), (body.GetProperty("level").GetString(), body.GetProperty("operation").GetString(), body.GetProperty("tag").GetString()));
        Assert.Equal("POST /stores: body `<Store>` became a|b", body.GetProperty("message").GetString());
        var located = body.GetProperty("new");
        Assert.Equal(("/paths/~1stores/post/requestBody", "docs/stores.md", 3, 1), (located.GetProperty("pointer").GetString(), located.GetProperty("file").GetString(), located.GetProperty("line").GetInt32(), located.GetProperty("column").GetInt32()));
        Assert.Equal(JsonValueKind.Null, changes[2].GetProperty("new").ValueKind);
        Assert.Equal(JsonValueKind.Null, changes[4].GetProperty("old").ValueKind);
    }

    [Fact]
    public void Ignored_changes_notes_and_diagnostics_are_written()
    {
        using var json = JsonDocument.Parse(DiffReportWriter.Write(SampleReports.Mixed(), DiffFormat.Json, SampleReports.Ignored()));
        var root = json.RootElement;

        var ignored = Assert.Single(root.GetProperty("ignored").EnumerateArray().ToList());
        Assert.Equal(("response-enum-widened", "warning", "Clients <v2> ignore | unknown kinds", 2), (ignored.GetProperty("rule").GetString(), ignored.GetProperty("level").GetString(), ignored.GetProperty("reason").GetString(), ignored.GetProperty("ignoreLine").GetInt32()));
        Assert.Equal("old.yaml is Swagger 2.0 and is compared as lifted to 3.x.", Assert.Single(root.GetProperty("notes").EnumerateArray().ToList()).GetString());
        var diagnostic = Assert.Single(root.GetProperty("diagnostics").EnumerateArray().ToList());
        Assert.Equal(("SF4002", "warning", ".specforge-diff-ignore", 3, 1), (diagnostic.GetProperty("id").GetString(), diagnostic.GetProperty("severity").GetString(), diagnostic.GetProperty("file").GetString(), diagnostic.GetProperty("line").GetInt32(), diagnostic.GetProperty("column").GetInt32()));
    }

    [Fact]
    public void The_json_is_indented_with_line_feeds_and_keeps_text_readable()
    {
        var text = DiffReportWriter.Write(SampleReports.Mixed(), DiffFormat.Json);

        Assert.DoesNotContain("\r", text);
        Assert.StartsWith("{\n  \"old\": \"old.yaml\",\n", text);
        Assert.Contains("\"message\": \"POST /stores: body `<Store>` became a|b\"", text);
        Assert.EndsWith("}\n", text);
    }

    [Fact]
    public void The_seed_docs_index_diff_writes_identically_twice_in_every_format()
    {
        var old = RepoPaths.InRepo("specs", "mindhunters", "llms.v1.txt");
        var @new = RepoPaths.InRepo("specs", "mindhunters", "llms.v2.txt");
        DiffReport Report() => SpecDiff.Compare(new DocumentInput(old, File.ReadAllText(old)), new DocumentInput(@new, File.ReadAllText(@new)));

        foreach (var format in new[] { DiffFormat.Text, DiffFormat.Markdown, DiffFormat.Json })
        {
            var first = DiffReportWriter.Write(Report(), format);
            Assert.Equal(first, DiffReportWriter.Write(Report(), format));
            // 22 removed; 1 likely rename; 94 added + 28 description changes (see DocsIndexSeedDiffTests).
            Assert.Contains(format == DiffFormat.Json ? "\"breaking\": 22," : "22 breaking, 1 warning, 122 info", first);
        }

        using var json = JsonDocument.Parse(DiffReportWriter.Write(Report(), DiffFormat.Json));
        Assert.Equal("docsIndex", json.RootElement.GetProperty("kind").GetString());
    }
}
