using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Reading;
using SpecForge.Core.Reading.Structure;

namespace SpecForge.Core.Tests.Reading.Structure;

/// <summary>
/// The structural pre-check: every value Microsoft.OpenApi could not survive is reported where it is and removed or
/// replaced, and everything valid is left exactly as it was.
/// </summary>
public sealed class StructureCheckTests
{
    private const string Path = "spec.json";

    private static (JsonObject Root, List<SpecDiagnostic> Diagnostics) Check(string json)
    {
        var tree = JsonTextParser.Parse(Path, json);
        var diagnostics = new List<SpecDiagnostic>(tree.Diagnostics);
        var root = (JsonObject)tree.Root!;
        StructureCheck.Run(root, Path, tree.Locator, diagnostics);
        return (root, diagnostics);
    }

    private static string Schema31(string schema) =>
        "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"T\",\"version\":\"1\"},\"paths\":{},\"components\":{\"schemas\":{\"S\":" + schema + "}}}";

    private static string Schema30(string schema) => Schema31(schema).Replace("3.1.0", "3.0.3");

    private static JsonNode? S(JsonObject root) => root["components"]!["schemas"]!["S"];

    [Fact]
    public void A_valid_document_is_left_exactly_as_it_was()
    {
        var json = Schema31("{\"type\":[\"string\",\"null\"],\"minLength\":1,\"maxLength\":\"5\",\"exclusiveMinimum\":true,\"pattern\":\"^a$\",\"enum\":[\"a\",null,1],\"properties\":{\"x\":{\"$ref\":\"#/components/schemas/S\"}},\"additionalProperties\":false}");
        var before = JsonNode.Parse(json)!.ToJsonString();

        var (root, diagnostics) = Check(json);

        Assert.Empty(diagnostics);
        Assert.Equal(before, root.ToJsonString());
    }

    [Theory]
    [InlineData("{\"minLength\":\"x\"}", "minLength")]
    [InlineData("{\"minLength\":99999999999}", "minLength")]
    [InlineData("{\"minLength\":-1}", "minLength")]
    [InlineData("{\"maximum\":\"big\"}", "maximum")]
    [InlineData("{\"readOnly\":\"yes\"}", "readOnly")]
    [InlineData("{\"nullable\":2}", "nullable")]
    [InlineData("{\"required\":\"name\"}", "required")]
    [InlineData("{\"properties\":[]}", "properties")]
    [InlineData("{\"items\":[{\"type\":\"string\"}]}", "items")]
    [InlineData("{\"discriminator\":\"kind\"}", "discriminator")]
    public void A_keyword_of_the_wrong_kind_is_SF1004_at_the_keyword_and_dropped(string schema, string keyword)
    {
        var (root, diagnostics) = Check(Schema30(schema));

        var warning = Assert.Single(diagnostics);
        Assert.Equal(("SF1004", SpecSeverity.Warning), (warning.Id, warning.Severity));
        Assert.Equal(1, warning.Line);
        Assert.False(((JsonObject)S(root)!).ContainsKey(keyword));
    }

    [Fact]
    public void A_boolean_string_is_read_as_the_boolean_and_a_number_where_text_belongs_as_its_text()
    {
        var (root, diagnostics) = Check("{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"T\",\"version\":1.0},\"paths\":{},\"components\":{\"schemas\":{\"S\":{\"readOnly\":\"true\",\"title\":5}}}}");

        Assert.Empty(diagnostics);
        Assert.Equal("1.0", root["info"]!["version"]!.GetValue<string>());
        Assert.True(S(root)!["readOnly"]!.GetValue<bool>());
        Assert.Equal("5", S(root)!["title"]!.GetValue<string>());
    }

    [Fact]
    public void Boolean_schemas_are_31_and_become_the_objects_that_mean_the_same()
    {
        var (root31, quiet) = Check(Schema31("{\"properties\":{\"any\":true,\"none\":false}}"));
        var (_, loud) = Check(Schema30("{\"properties\":{\"any\":true}}"));

        Assert.Empty(quiet);
        Assert.Equal("{}", S(root31)!["properties"]!["any"]!.ToJsonString());
        Assert.Equal("{\"not\":{}}", S(root31)!["properties"]!["none"]!.ToJsonString());
        Assert.Equal("SF1004", Assert.Single(loud).Id);
    }

    [Fact]
    public void Exclusive_bounds_are_booleans_in_30_and_either_in_31()
    {
        var (_, thirty) = Check(Schema30("{\"minimum\":1,\"exclusiveMinimum\":5}"));
        var (_, thirtyOne) = Check(Schema31("{\"exclusiveMinimum\":5,\"exclusiveMaximum\":true}"));

        Assert.Equal("SF1004", Assert.Single(thirty).Id);
        Assert.Empty(thirtyOne);
    }

    [Fact]
    public void Nulls_where_objects_belong_are_dropped_entry_by_entry()
    {
        var (root, diagnostics) = Check(Schema31("{\"properties\":{\"gone\":null,\"kept\":{\"type\":\"string\"}}}"));

        Assert.Equal("SF1004", Assert.Single(diagnostics).Id);
        Assert.Equal("{\"kept\":{\"type\":\"string\"}}", S(root)!["properties"]!.ToJsonString());
    }

    [Theory]
    [InlineData("{\"in\":\"query\",\"schema\":{}}", "needs a 'name'")]
    [InlineData("{\"name\":\"x\",\"in\":\"formData\"}", "'in' is one of query, header, path, cookie")]
    [InlineData("{\"name\":\"x\",\"in\":7}", "'in' is one of")]
    public void A_parameter_without_a_name_or_a_known_location_is_skipped(string parameter, string reason)
    {
        var (root, diagnostics) = Check("{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"T\",\"version\":\"1\"},\"paths\":{\"/a\":{\"get\":{\"parameters\":[" + parameter + ",{\"name\":\"ok\",\"in\":\"query\"}],\"responses\":{}}}}}");

        Assert.Contains(reason, Assert.Single(diagnostics).Message, System.StringComparison.Ordinal);
        Assert.Equal("ok", Assert.Single((JsonArray)root["paths"]!["/a"]!["get"]!["parameters"]!)!["name"]!.GetValue<string>());
    }

    [Fact]
    public void A_swagger2_form_parameter_without_a_type_is_read_as_a_string()
    {
        var (root, diagnostics) = Check("{\"swagger\":\"2.0\",\"info\":{\"title\":\"T\",\"version\":\"1\"},\"paths\":{\"/a\":{\"post\":{\"parameters\":[{\"name\":\"f\",\"in\":\"formData\"}],\"responses\":{}}}}}");

        Assert.Contains("has no 'type'", Assert.Single(diagnostics).Message, System.StringComparison.Ordinal);
        Assert.Equal("string", root["paths"]!["/a"]!["post"]!["parameters"]![0]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void Strings_past_the_limit_are_cut_with_an_error_and_lone_surrogates_become_replacement_characters()
    {
        var huge = new string('a', ReadingLimits.MaxStringChars + 10);
        var root = JsonNode.Parse(Schema31("{}"))!.AsObject();
        var schema = (JsonObject)root["components"]!["schemas"]!["S"]!;
        schema["description"] = huge;
        schema["title"] = "lone \ud800";
        schema["properties"] = new JsonObject { ["\udc00key"] = new JsonObject() };
        var diagnostics = new List<SpecDiagnostic>();

        StructureCheck.Run(root, Path, new FixedSourceLocator(SourcePosition.Start), diagnostics);

        Assert.Equal(new[] { "SF1012", "SF1013", "SF1013" }, diagnostics.Select(d => d.Id).OrderBy(id => id));
        Assert.Equal(ReadingLimits.MaxStringChars, schema["description"]!.GetValue<string>().Length);
        Assert.Equal("lone \uFFFD", schema["title"]!.GetValue<string>());
        Assert.True(((JsonObject)schema["properties"]!).ContainsKey("\uFFFDkey"));
    }

    [Theory]
    [InlineData("{\"swagger\":\"2.0.0\"}", "swagger", "2.0", true)]
    [InlineData("{\"openapi\":\"3\"}", "openapi", "3.0.0", true)]
    [InlineData("{\"openapi\":\"3.0\"}", "openapi", "3.0.0", false)]
    [InlineData("{\"openapi\":\"3.9.9\"}", "openapi", "3.1.0", true)]
    [InlineData("{\"openapi\":\"3.2.0\"}", "openapi", "3.2.0", false)]
    [InlineData("{\"openapi\":3.1}", "openapi", "3.1.0", false)]
    [InlineData("{\"openapi\":\"3.\\u0011.0\"}", "openapi", "3.1.0", true)]
    [InlineData("{\"openapi\":\"3.1.0\",\"swagger\":\"2.0\"}", "openapi", "3.1.0", true)]
    [InlineData("{\"openapi\":\"2.0.0\",\"swagger\":\"2.0\"}", "swagger", "2.0", true)]
    public void Versions_the_reader_refuses_are_read_as_the_nearest_known_one(string root, string field, string version, bool warns)
    {
        var (document, diagnostics) = Check(root.TrimEnd('}') + ",\"info\":{\"title\":\"T\",\"version\":\"1\"},\"paths\":{}}");

        Assert.Equal(version, document[field]!.GetValue<string>());
        Assert.Equal(warns, diagnostics.Count > 0);
        Assert.False(document.ContainsKey(field == "openapi" ? "swagger" : "openapi"));
    }
}
