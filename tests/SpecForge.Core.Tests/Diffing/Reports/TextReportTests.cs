using System;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Diffing;
using SpecForge.Core.Diffing.Reports;

namespace SpecForge.Core.Tests.Diffing.Reports;

public sealed class TextReportTests
{
    [Fact]
    public void The_text_report_lists_changes_worst_first_with_both_locations()
    {
        var text = DiffReportWriter.Write(SampleReports.Mixed(), DiffFormat.Text, SampleReports.Ignored());

        // Breaking keeps document order (store body, limit, order); the markdown page's location names its own file;
        // a location without a line shows the file alone.
        Assert.Equal(
            "3 breaking, 1 warning, 2 info, 1 ignored\n"
            + "old: old.yaml\n"
            + "new: new.yaml (OpenAPI)\n"
            + "\n"
            + "breaking request-body-type-changed  POST /stores: body `<Store>` became a|b\n"
            + "    old: old.yaml(70,7) /paths/~1stores/post/requestBody\n"
            + "    new: docs/stores.md(3,1) /paths/~1stores/post/requestBody\n"
            + "breaking request-parameter-removed  GET /pets: query parameter 'limit' removed\n"
            + "    old: old.yaml(12,9) /paths/~1pets/get/parameters/0\n"
            + "breaking endpoint-removed  DELETE /orders/{id} removed\n"
            + "    old: old.yaml(120,5) /paths/~1orders~1{id}/delete\n"
            + "\n"
            + "warning  response-enum-widened  GET /pets: enum 'status' gained 'sold'; generated clients keep unknown values\n"
            + "    old: old.yaml(40,11) /components/schemas/Pet/properties/status\n"
            + "    new: new.yaml(44,11) /components/schemas/Pet/properties/status\n"
            + "\n"
            + "info     server-url-changed  Server 'https://a.example' became 'https://b.example'\n"
            + "    old: old.yaml /servers/0\n"
            + "    new: new.yaml(5,3) /servers/0\n"
            + "info     endpoint-added  POST /pets/{id}/tags added\n"
            + "    new: new.yaml(90,5) /paths/~1pets~1{id}~1tags/post\n"
            + "\n"
            + "Ignored:\n"
            + "warning  response-enum-widened  GET /owners: enum 'kind' gained 'vet'\n"
            + "    new: new.yaml(30,5) /paths/~1owners/get\n"
            + "    reason: Clients <v2> ignore | unknown kinds (ignore file line 2)\n"
            + "\n"
            + "Notes:\n"
            + "  - old.yaml is Swagger 2.0 and is compared as lifted to 3.x.\n"
            + "\n"
            + "Diagnostics:\n"
            + "  .specforge-diff-ignore(3,1): warning SF4002: 'GET /gone' matches no change.\n",
            text);
    }

    [Fact]
    public void An_empty_report_says_so()
    {
        var report = new DiffReport("a.json", "b.json", DiffInputKind.OpenApi, Array.Empty<SpecChange>(), Array.Empty<string>(), Array.Empty<SpecDiagnostic>());

        var text = DiffReportWriter.Write(report, DiffFormat.Text);

        Assert.Equal("0 breaking, 0 warnings, 0 info\nold: a.json\nnew: b.json (OpenAPI)\n\nNo changes.\n", text);
    }
}
