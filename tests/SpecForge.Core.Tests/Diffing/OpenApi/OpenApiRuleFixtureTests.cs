using System;
using System.Collections.Generic;
using System.Linq;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Diffing;
using SpecForge.Core.Diffing.OpenApi;
using SpecForge.Core.Documentation;
using SpecForge.Core.Documentation.Writing;
using SpecForge.Core.Reading;

namespace SpecForge.Core.Tests.Diffing.OpenApi;

/// <summary>
/// One fixture pair per rule: the rule fires with its level, at the pointers the fixture's text puts the change, with
/// a message naming it, and nothing else in the pair is reported as breaking.
/// </summary>
public sealed class OpenApiRuleFixtureTests
{
    private const string PetsGet = "/paths/~1pets/get";
    private const string PetsPost = "/paths/~1pets/post";
    private const string PostJsonSchema = PetsPost + "/requestBody/content/application~1json/schema";

    // Written by reading each fixture: the rule, where the change is in old and new (null when absent), and a piece of the message.
    private static readonly Dictionary<string, (string? Old, string? New, string Message)> Expected = new()
    {
        ["endpoint-removed"] = ("/paths/~1pets~1{id}/get", null, "GET /pets/{id}: endpoint removed"),
        ["method-removed"] = (PetsPost, null, "POST /pets: method POST removed"),
        ["endpoint-added"] = (null, PetsPost, "POST /pets: endpoint added"),
        ["endpoint-deprecated"] = (PetsGet, PetsGet, "GET /pets: endpoint deprecated"),
        ["operation-id-changed"] = (PetsGet + "/operationId", PetsGet + "/operationId", "operationId 'listPets' became 'findPets'; the generated method Pets.ListAsync becomes Pets.FindAsync"),
        ["request-parameter-added-required"] = (null, PetsGet + "/parameters/1", "GET /pets: query parameter 'owner' added as required"),
        ["request-parameter-added-optional"] = (null, PetsGet + "/parameters/1", "GET /pets: query parameter 'sort' added as optional"),
        ["request-parameter-removed"] = (PetsGet + "/parameters/1", null, "GET /pets: query parameter 'sort' removed"),
        ["request-parameter-location-changed"] = (PetsGet + "/parameters/0", PetsGet + "/parameters/0", "parameter 'limit' moved from query to header"),
        ["request-parameter-type-changed"] = (PetsGet + "/parameters/0/schema", PetsGet + "/parameters/0/schema", "query parameter 'limit' type changed from integer to string"),
        ["request-parameter-became-required"] = (PetsGet + "/parameters/0", PetsGet + "/parameters/0", "query parameter 'limit' became required"),
        ["request-parameter-enum-narrowed"] = (PetsGet + "/parameters/0/schema/enum", PetsGet + "/parameters/0/schema/enum", "query parameter 'status' lost enum values \"sold\""),
        ["request-parameter-enum-widened"] = (PetsGet + "/parameters/0/schema/enum", PetsGet + "/parameters/0/schema/enum", "query parameter 'status' gained enum values \"sold\""),
        ["request-parameter-constraint-tightened"] = (PetsGet + "/parameters/0/schema", PetsGet + "/parameters/0/schema", "query parameter 'limit' maximum changed from < 100 to < 50"),
        ["request-parameter-constraint-relaxed"] = (PetsGet + "/parameters/0/schema", PetsGet + "/parameters/0/schema", "query parameter 'q' minLength changed from 3 to 1"),
        ["request-body-became-required"] = (PetsPost + "/requestBody", PetsPost + "/requestBody", "POST /pets: request body became required"),
        ["request-property-added-required"] = (null, PostJsonSchema + "/properties/species", "POST /pets: request property 'species' added as required"),
        ["request-property-became-required"] = (PostJsonSchema + "/properties/tag", PostJsonSchema + "/properties/tag", "POST /pets: request property 'tag' became required"),
        ["request-property-removed"] = ("/components/schemas/NewPet/properties/tag", null, "schema 'NewPet' (used by POST /pets): request property 'tag' removed"),
        ["request-property-type-changed"] = (PostJsonSchema + "/properties/age", PostJsonSchema + "/properties/age", "request property 'age' type changed from integer to string"),
        ["request-property-enum-narrowed"] = (PostJsonSchema + "/properties/kind/enum", PostJsonSchema + "/properties/kind/enum", "request property 'kind' lost enum values \"dog\""),
        ["request-property-constraint-tightened"] = (PostJsonSchema + "/properties/name", PostJsonSchema + "/properties/name", "request property 'name' maxLength changed from 50 to 20"),
        ["request-media-type-removed"] = (PetsPost + "/requestBody/content/application~1xml", PetsPost + "/requestBody", "request body no longer offers media type 'application/xml'"),
        ["response-success-status-removed"] = (PetsGet + "/responses/206", null, "GET /pets: response 206 removed"),
        ["response-non-success-status-removed"] = (PetsGet + "/responses/404", null, "GET /pets: response 404 removed"),
        ["response-status-added"] = (null, PetsGet + "/responses/404", "GET /pets: response 404 added"),
        ["response-property-removed"] = ("/components/schemas/Pet/properties/tag", null, "schema 'Pet' (used by 2 operations): response property 'tag' removed"),
        ["response-property-type-changed"] = (PetsGet + "/responses/200/content/application~1json/schema/properties/id", PetsGet + "/responses/200/content/application~1json/schema/properties/id", "GET /pets: response 200 property 'id' type changed from integer to string"),
        ["response-property-became-nullable"] = ("/components/schemas/Pet/properties/tag", "/components/schemas/Pet/properties/tag", "schema 'Pet' (used by GET /pets): response property 'tag' became nullable"),
        ["response-property-became-optional"] = ("/components/schemas/Pet/properties/name", "/components/schemas/Pet/properties/name", "schema 'Pet' (used by GET /pets): response property 'name' became optional"),
        ["response-enum-widened"] = ("/components/schemas/Status/enum", "/components/schemas/Status/enum", "gained enum values \"archived\"; generated SpecForge clients keep unknown enum values (enums are open)"),
        ["response-media-type-removed"] = (PetsGet + "/responses/200/content/application~1xml", PetsGet + "/responses/200", "response 200 body no longer offers media type 'application/xml'"),
        ["security-scheme-added"] = (PetsGet, PetsGet + "/security", "GET /pets: now requires security scheme 'apiKey'"),
        ["security-scopes-added"] = (PetsGet + "/security", PetsGet + "/security", "security scheme 'petstore_auth' now requires scopes 'write:pets'"),
        ["server-url-changed"] = ("/servers/0", "/servers/0", "server URL changed from 'https://api.example.com/v1' to 'https://api.example.com/v2'"),
        ["schema-renamed"] = ("/components/schemas/Pet", "/components/schemas/Animal", "schema 'Pet' renamed to 'Animal' (same structure); the generated type Pet becomes Animal"),
        ["schema-branch-removed"] = ("/components/schemas/Pet/oneOf/1", null, "schema 'Pet' (used by GET /pets): response schema lost oneOf branch 'Dog'"),
        ["request-schema-branch-added"] = (null, PostJsonSchema + "/anyOf/1", "POST /pets: request body gained anyOf branch 'Dog'"),
        ["response-schema-branch-added"] = (null, "/components/schemas/Pet/oneOf/2", "schema 'Pet' (used by GET /pets): response schema gained oneOf branch 'Bird'"),
    };

    // Fixtures written in Swagger 2.0: their pointers name the 3.x shape, which has no line in the 2.0 text.
    private static readonly HashSet<string> Swagger2Fixtures = new(StringComparer.Ordinal) { "response-property-became-optional" };

    public static IEnumerable<object[]> Rules() => OpenApiRules.All.Select(r => new object[] { r.Id });

    public static IEnumerable<object[]> Fixtures() => OpenApiDiffFixtures.RuleIds().Select(id => new object[] { id });

    [Theory]
    [MemberData(nameof(Rules))]
    public void Each_rule_fires_on_its_fixture_where_the_fixture_changes(string ruleId)
    {
        var rule = DiffRules.Find(ruleId)!;
        var (old, @new, message) = Expected[ruleId];

        var report = SpecDiff.Compare(OpenApiDiffFixtures.Load(ruleId, "old"), OpenApiDiffFixtures.Load(ruleId, "new"));

        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == SpecSeverity.Error);
        Assert.Equal(DiffInputKind.OpenApi, report.Kind);
        var change = Assert.Single(report.Changes, c => c.RuleId == ruleId);
        Assert.Equal(rule.Level, change.Level);
        Assert.Equal(old, change.Old?.Pointer);
        Assert.Equal(@new, change.New?.Pointer);
        Assert.Contains(message, change.Message, StringComparison.Ordinal);
        var unexpected = report.Changes.Where(c => c.Level == ChangeLevel.Breaking && c.RuleId != ruleId).Select(c => c.RuleId + ": " + c.Message).ToList();
        Assert.True(unexpected.Count == 0, string.Join(Environment.NewLine, unexpected));
        if (!Swagger2Fixtures.Contains(ruleId))
        {
            foreach (var location in new[] { change.Old, change.New }.OfType<ChangeLocation>())
            {
                Assert.True(location.Line > 0 && location.Column > 0, $"{location.Pointer} has no line and column");
            }
        }
    }

    [Fact]
    public void Every_rule_has_a_fixture_and_every_fixture_a_rule()
    {
        var ruleIds = OpenApiRules.All.Select(r => r.Id).OrderBy(id => id, StringComparer.Ordinal).ToList();

        Assert.Equal(ruleIds, OpenApiDiffFixtures.RuleIds());
        Assert.Equal(ruleIds, Expected.Keys.OrderBy(id => id, StringComparer.Ordinal));
        Assert.Equal(ruleIds.Count, ruleIds.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_fixture_compared_with_itself_has_no_changes(string ruleId)
    {
        foreach (var side in new[] { "old", "new" })
        {
            var input = OpenApiDiffFixtures.Load(ruleId, side);

            var report = SpecDiff.Compare(input, input);

            Assert.DoesNotContain(report.Diagnostics, d => d.Severity == SpecSeverity.Error);
            Assert.Empty(report.Changes);
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_fixture_compared_with_its_31_json_conversion_has_no_changes(string ruleId)
    {
        foreach (var side in new[] { "old", "new" })
        {
            var input = OpenApiDiffFixtures.Load(ruleId, side);
            var converted = SpecJson.Write(OpenApiReader.Read(input.Path, input.Text).Document!);

            var report = SpecDiff.Compare(input, new DocumentInput(input.Path + ".31.json", converted));

            Assert.StartsWith("{\"openapi\":\"3.1", converted, StringComparison.Ordinal);
            Assert.Empty(report.Changes.Select(c => c.RuleId + ": " + c.Message));
        }
    }

    [Fact]
    public void The_swagger_2_fixture_is_really_swagger_2()
    {
        Assert.StartsWith("swagger: \"2.0\"", OpenApiDiffFixtures.Load("response-property-became-optional", "old").Text, StringComparison.Ordinal);
    }
}
