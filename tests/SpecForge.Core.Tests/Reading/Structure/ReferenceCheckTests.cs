using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Reading;
using SpecForge.Core.Reading.Structure;

namespace SpecForge.Core.Tests.Reading.Structure;

/// <summary>Every $ref is followed before Microsoft.OpenApi's resolver, which throws on cycles and odd targets.</summary>
public sealed class ReferenceCheckTests
{
    private static (JsonObject Root, List<SpecDiagnostic> Diagnostics) Check(string schemas, string version = "3.0.3", string parameters = "[]")
    {
        var json = "{\"openapi\":\"" + version + "\",\"info\":{\"title\":\"T\",\"version\":\"1\"},\"paths\":{\"/a\":{\"get\":{\"parameters\":" + parameters
            + ",\"responses\":{}}}},\"components\":{\"schemas\":" + schemas + ",\"parameters\":{\"Limit\":{\"name\":\"limit\",\"in\":\"query\"}}}}";
        var tree = JsonTextParser.Parse("spec.json", json);
        var diagnostics = new List<SpecDiagnostic>();
        var root = (JsonObject)tree.Root!;
        StructureCheck.Run(root, "spec.json", tree.Locator, diagnostics);
        return (root, diagnostics);
    }

    private static JsonNode? Schema(JsonObject root, string name) => root["components"]!["schemas"]![name];

    [Fact]
    public void A_chain_of_references_that_comes_back_is_SF1014_and_its_schemas_become_any_value()
    {
        var (root, diagnostics) = Check("{\"A\":{\"$ref\":\"#/components/schemas/B\"},\"B\":{\"$ref\":\"#/components/schemas/A\"},\"C\":{\"$ref\":\"#/components/schemas/C\"}}");

        Assert.All(diagnostics, d => Assert.Equal(("SF1014", SpecSeverity.Error), (d.Id, d.Severity)));
        Assert.Equal(2, diagnostics.Count);
        Assert.Contains("(#/components/schemas/B → #/components/schemas/A)", diagnostics[0].Message, System.StringComparison.Ordinal);
        Assert.Equal("{}", Schema(root, "A")!.ToJsonString());
        Assert.Equal("{}", Schema(root, "C")!.ToJsonString());
    }

    [Fact]
    public void Recursion_through_properties_is_no_cycle()
    {
        var (_, diagnostics) = Check("{\"Node\":{\"type\":\"object\",\"properties\":{\"next\":{\"$ref\":\"#/components/schemas/Node\"},\"all\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/Node\"}}}}}");

        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("#/components/schemas/Missing", "does not point to an existing schema")]
    [InlineData("#/paths", "points at something that is not one")]
    [InlineData("#/components/parameters/Limit", "points at a parameter")]
    [InlineData("other.yaml#/Pet", "another file or address")]
    [InlineData("https://example.com/pet.json", "another file or address")]
    [InlineData("#/components/schemas/%ZZ", "does not point to an existing schema")]
    public void A_schema_reference_to_nothing_usable_is_SF1006_at_the_ref_and_the_schema_is_any_value(string reference, string reason)
    {
        var (root, diagnostics) = Check("{\"S\":{\"type\":\"object\",\"properties\":{\"p\":{\"$ref\":\"" + reference + "\"}}}}");

        var error = Assert.Single(diagnostics);
        Assert.Equal(("SF1006", SpecSeverity.Error), (error.Id, error.Severity));
        Assert.Contains(reason, error.Message, System.StringComparison.Ordinal);
        Assert.Equal("{}", Schema(root, "S")!["properties"]!["p"]!.ToJsonString());
    }

    [Fact]
    public void A_parameter_reference_to_nothing_is_left_out_of_the_list()
    {
        var (root, diagnostics) = Check("{}", parameters: "[{\"$ref\":\"#/components/parameters/Gone\"},{\"$ref\":\"#/components/parameters/Limit\"}]");

        Assert.Equal("SF1006", Assert.Single(diagnostics).Id);
        Assert.Equal("#/components/parameters/Limit", Assert.Single((JsonArray)root["paths"]!["/a"]!["get"]!["parameters"]!)!["$ref"]!.GetValue<string>());
    }

    [Fact]
    public void A_bare_name_that_names_a_definition_is_read_as_its_reference()
    {
        var (root, diagnostics) = Check("{\"Pet\":{\"type\":\"object\"},\"S\":{\"items\":{\"$ref\":\"Pet\"}}}");

        Assert.Equal("SF1004", Assert.Single(diagnostics).Id);
        Assert.Equal("#/components/schemas/Pet", Schema(root, "S")!["items"]!["$ref"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/schemas/tag")]
    [InlineData("/schemas/tag#/properties/name")]
    [InlineData("/schemas/tag#tag-name")]
    [InlineData("#/components/schemas//schemas/tag")]
    public void A_31_reference_by_id_is_left_to_the_reader(string reference)
    {
        var (_, diagnostics) = Check("{\"Tag\":{\"$id\":\"/schemas/tag\",\"properties\":{\"name\":{\"$anchor\":\"tag-name\",\"type\":\"string\"}}},\"S\":{\"items\":{\"$ref\":\"" + reference + "\"}}}", version: "3.1.0");

        Assert.Empty(diagnostics);
    }
}
