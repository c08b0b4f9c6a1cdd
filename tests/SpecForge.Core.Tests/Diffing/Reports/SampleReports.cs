using System;
using System.Linq;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Diffing;
using SpecForge.Core.Diffing.Ignoring;

namespace SpecForge.Core.Tests.Diffing.Reports;

/// <summary>Hand-built reports, so the writers are tested without any differ.</summary>
internal static class SampleReports
{
    public static readonly SpecChange LimitRemoved = new(
        "request-parameter-removed", ChangeLevel.Breaking, "GET /pets: query parameter 'limit' removed",
        new ChangeLocation("/paths/~1pets/get/parameters/0", 12, 9), null, "GET /pets", "Pets");

    public static readonly SpecChange StatusWidened = new(
        "response-enum-widened", ChangeLevel.Warning, "GET /pets: enum 'status' gained 'sold'; generated clients keep unknown values",
        new ChangeLocation("/components/schemas/Pet/properties/status", 40, 11), new ChangeLocation("/components/schemas/Pet/properties/status", 44, 11), "GET /pets", "Pets");

    public static readonly SpecChange StoreBodyChanged = new(
        "request-body-type-changed", ChangeLevel.Breaking, "POST /stores: body `<Store>` became a|b",
        new ChangeLocation("/paths/~1stores/post/requestBody", 70, 7), new ChangeLocation("/paths/~1stores/post/requestBody", 3, 1, "docs/stores.md"), "POST /stores", "Stores");

    public static readonly SpecChange ServerChanged = new(
        "server-url-changed", ChangeLevel.Info, "Server 'https://a.example' became 'https://b.example'",
        new ChangeLocation("/servers/0"), new ChangeLocation("/servers/0", 5, 3));

    public static readonly SpecChange PetTagAdded = new(
        "endpoint-added", ChangeLevel.Info, "POST /pets/{id}/tags added",
        null, new ChangeLocation("/paths/~1pets~1{id}~1tags/post", 90, 5), "POST /pets/{id}/tags", "Pets");

    public static readonly SpecChange OrderRemoved = new(
        "endpoint-removed", ChangeLevel.Breaking, "DELETE /orders/{id} removed",
        new ChangeLocation("/paths/~1orders~1{id}/delete", 120, 5), null, "DELETE /orders/{id}", null);

    /// <summary>Changes in document order, levels mixed, one from a markdown page, one untagged per level.</summary>
    public static DiffReport Mixed() => new(
        "old.yaml",
        "new.yaml",
        DiffInputKind.OpenApi,
        new[] { ServerChanged, StoreBodyChanged, LimitRemoved, StatusWidened, PetTagAdded, OrderRemoved },
        new[] { "old.yaml is Swagger 2.0 and is compared as lifted to 3.x." },
        new[] { SpecDiagnostic.Create(DiagnosticCatalog.DiffIgnoreUnused, "'GET /gone' matches no change.", ".specforge-diff-ignore", 3, 1) });

    public static IgnoredChange[] Ignored() =>
        new[] { new IgnoredChange(new SpecChange("response-enum-widened", ChangeLevel.Warning, "GET /owners: enum 'kind' gained 'vet'", null, new ChangeLocation("/paths/~1owners/get", 30, 5), "GET /owners", "Owners"), "Clients <v2> ignore | unknown kinds", 2) };

    public static DiffReport ManyInfo(int count) => new(
        "old.yaml",
        "new.yaml",
        DiffInputKind.OpenApi,
        Enumerable.Range(1, count).Select(i => PetTagAdded with { Message = $"POST /pets/{{id}}/tags{i} added" }).ToArray(),
        Array.Empty<string>(),
        Array.Empty<SpecDiagnostic>());
}
