using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Documentation;
using SpecForge.Core.Documentation.Draft;
using SpecForge.Core.Reading;
using SpecForge.Tests.Shared;

namespace SpecForge.Core.Tests.Documentation;

/// <summary>
/// The seed APIs' committed normalized specs: never stale, and right where a reader of the docs can check them.
/// Regenerate with build/regen.sh (or SPECFORGE_ACCEPT_SNAPSHOTS=1), then review the diff like code.
/// </summary>
public sealed class SeedNormalizationTests
{
    private static readonly Lazy<NormalizationResult> TrustPager = new(() => Normalize("TrustPager", "specs/trustpager/trustpager-full-reference.md"));

    private static readonly Lazy<NormalizationResult> Mindhunters = new(() => Normalize(
        "Mindhunters",
        "specs/mindhunters/get-a-single-pbx-extension-connector.md",
        "specs/mindhunters/create-a-contact-pool.txt",
        "specs/mindhunters/llms.v2.txt"));

    public static TheoryData<string> Apis => new() { "trustpager", "mindhunters" };

    [Theory]
    [MemberData(nameof(Apis))]
    public void The_committed_normalized_spec_is_not_stale(string api)
    {
        var committedPath = RepoPaths.InRepo("specs", api, api + ".openapi.json");
        var fresh = (api == "trustpager" ? TrustPager : Mindhunters).Value.Json!;

        if (Environment.GetEnvironmentVariable(Snapshot.AcceptVariable) == "1")
        {
            File.WriteAllText(committedPath, fresh);
        }

        Assert.True(File.Exists(committedPath), $"{committedPath} is missing: run build/regen.sh.");
        Assert.True(File.ReadAllText(committedPath) == fresh, $"{committedPath} is stale: run build/regen.sh and review the diff.");
    }

    [Fact]
    public void Trustpager_counts_match_the_reference()
    {
        var result = TrustPager.Value;
        var operations = Operations(result.Document!).ToList();

        // 608 documented, 6 documented twice (merged), 54 legacy aliases added.
        Assert.Equal(656, operations.Count);
        Assert.Equal(59, result.Document!["tags"]!.AsArray().Count);
        Assert.Equal(54, operations.Count(o => o.Operation.ContainsKey("x-alias-of")));
        Assert.Equal(55, operations.Count(o => o.Operation["deprecated"]?.GetValue<bool>() == true));
        Assert.Equal(393, operations.Count(o => o.Operation["x-scopes-write"]?.GetValue<bool>() == true));
        Assert.Equal(245, operations.Count(o => o.Operation.ContainsKey("requestBody")));
        Assert.Equal(500, Parameters(operations, "path").Count());
        Assert.Equal(259, Parameters(operations, "query").Count());
        Assert.Equal(new[] { ("POST", "/functions/v1/public-image-upload") }, operations.Where(o => o.Operation["security"]!.AsArray().Count == 0).Select(o => (o.Method, o.Path)));
        Assert.Equal(
            new Dictionary<string, int> { ["SF2006"] = 6, ["SF2007"] = 2, ["SF2012"] = 4, ["SF2014"] = 61 },
            result.Diagnostics.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count()));
    }

    [Fact]
    public void Trustpager_operations_say_what_the_reference_says()
    {
        var paths = TrustPager.Value.Document!["paths"]!;

        // "- `limit` (query, number): Max results per page (1-100, default 25)" under GET /contacts.
        var limit = Parameter(paths["/contacts"]!["get"]!, "limit")["schema"]!;
        Assert.Equal("""{"type":"number","minimum":1,"maximum":100,"default":25}""", limit.ToJsonString());

        // "- `id` (path, uuid, required): Contact ID" under "### GET /contacts/:id".
        var id = Parameter(paths["/contacts/{id}"]!["get"]!, "id");
        Assert.Equal(("path", true, "uuid"), (id["in"]!.GetValue<string>(), id["required"]!.GetValue<bool>(), id["schema"]!["format"]!.GetValue<string>()));

        // POST /contacts: first_name required, phone in E.164, date_of_birth YYYY-MM-DD, the write marker.
        var create = paths["/contacts"]!["post"]!;
        var body = create["requestBody"]!["content"]!["application/json"]!["schema"]!;
        Assert.Equal("""["first_name"]""", body["required"]!.ToJsonString());
        Assert.Equal("e164", body["properties"]!["phone"]!["x-format"]!.GetValue<string>());
        Assert.Equal("date", body["properties"]!["date_of_birth"]!["format"]!.GetValue<string>());
        Assert.True(create["x-scopes-write"]!.GetValue<bool>());
        Assert.Equal("""[{"bearerAuth":["contacts:write"]}]""", create["security"]!.ToJsonString());

        // Issue 18's phrases, one per rule, each under the operation the reference writes it.
        var reviews = paths["/reputation/reviews"]!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]!["properties"]!;
        Assert.Equal("""["<5k","5-25k","25-100k","100k+"]""", reviews["engagement_value_band"]!["enum"]!.ToJsonString(Relaxed));
        Assert.Equal((1L, 5L), (reviews["rating"]!["minimum"]!.GetValue<long>(), reviews["rating"]!["maximum"]!.GetValue<long>()));
        var notepad = BodyProperty(paths["/notepads"]!["post"]!, "visibility");
        Assert.Equal("""{"type":"string","enum":["all_users","restricted"],"default":"all_users"}""", Keywords(notepad));
        Assert.Equal("""{"type":"string","enum":["PNG","WEBP","JPEG"],"default":"PNG"}""", Keywords(BodyProperty(paths["/ai/generate-image"]!["post"]!, "output_format")));
        Assert.Equal("""{"type":"array","items":{"type":"string"},"default":["mobile","tablet","desktop"]}""", Keywords(BodyProperty(paths["/images/optimize"]!["post"]!, "variants")));
        Assert.Equal("""{"type":"number","minimum":0,"maximum":1,"default":0.6}""", Keywords(BodyProperty(paths["/ai/generate-speech"]!["post"]!, "stability")));
        Assert.Equal("""{"type":"array","items":{"type":"string"},"minItems":1,"maxItems":50}""", Keywords(BodyProperty(paths["/files/bundle"]!["post"]!, "ids")));
        Assert.Equal("""{"type":"string","minLength":1,"maxLength":64}""", Keywords(BodyProperty(paths["/email/configs"]!["post"]!, "from_email_handle")));
        Assert.Equal("""{"type":["string","null"],"format":"date-time"}""", Keywords(BodyProperty(paths["/email-campaigns"]!["post"]!, "scheduled_for")));

        // Times keep their pattern and get no format: time, which would demand seconds and an offset (docs/normalizing-constraints.md).
        Assert.Equal("""{"type":"string","format":"time","pattern":"^([01]\\d|2[0-3]):[0-5]\\d$"}""", Keywords(BodyProperty(paths["/scheduling-bookings"]!["post"]!, "time")));

        // "Default: 14 days from date_from" is prose; "14" was once its default.
        Assert.Equal("""{"type":"string","format":"date"}""", Keywords(BodyProperty(paths["/scheduling-bookings/available-slots"]!["post"]!, "date_to")));

        // "Legacy alias: GET /deals" on GET /opportunities.
        Assert.Equal("GET /opportunities", paths["/deals"]!["get"]!["x-alias-of"]!.GetValue<string>());

        // Each element read from the markdown says where it was read.
        Assert.Equal("specs/trustpager/trustpager-full-reference.md", paths["/contacts"]!["get"]![Sources.Extension]!["file"]!.GetValue<string>());
    }

    [Fact]
    public void Every_trustpager_enum_value_is_written_word_for_word_in_the_reference()
    {
        var source = File.ReadAllText(RepoPaths.InRepo("specs", "trustpager", "trustpager-full-reference.md"));
        var values = Descendants(TrustPager.Value.Document!)
            .OfType<JsonObject>()
            .Where(o => o["enum"] is JsonArray)
            .SelectMany(o => o["enum"]!.AsArray())
            .Where(v => v is not null)
            .Select(v => v!.ToString())
            .Distinct()
            .ToList();

        // "<5k" cut to "5k", or "100k+" to "100k", is found inside the longer token but never standing alone.
        var missing = values.Where(v => !System.Text.RegularExpressions.Regex.IsMatch(source, @"(?<![\w<>+.-])" + System.Text.RegularExpressions.Regex.Escape(v) + @"(?![\w+])")).ToList();

        Assert.True(values.Count > 50, $"only {values.Count} enum values");
        Assert.Empty(missing);
    }

    [Fact]
    public void Mindhunters_combines_the_endpoint_page_the_rendered_page_and_the_index()
    {
        var result = Mindhunters.Value;
        var paths = result.Document!["paths"]!;

        var connector = paths["/api/v1/pbx_extension_connectors/{uuid}"]!["get"]!;
        Assert.Equal("Get a single PBX extension connector", connector["summary"]!.GetValue<string>());
        Assert.NotNull(result.Document["components"]!["schemas"]!["PbxExtensionConnectorItem"]);

        var pool = paths["/api/v1/pools"]!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]!;
        Assert.Equal("""["name","description"]""", pool["required"]!.ToJsonString());
        Assert.Equal((3L, 255L), (pool["properties"]!["name"]!["minLength"]!.GetValue<long>(), pool["properties"]!["name"]!["maxLength"]!.GetValue<long>()));
        Assert.Equal("""["FIFO","LIFO","Parallel"]""", pool["properties"]!["type"]!["enum"]!.ToJsonString());
        Assert.Equal("FIFO", pool["properties"]!["type"]!["default"]!.GetValue<string>());
        Assert.Equal((1L, 100L, 10L), (pool["properties"]!["max_parallel_items"]!["minimum"]!.GetValue<long>(), pool["properties"]!["max_parallel_items"]!["maximum"]!.GetValue<long>(), pool["properties"]!["max_parallel_items"]!["default"]!.GetValue<long>()));
        Assert.Equal(0L, pool["properties"]!["max_retries"]!["minimum"]!.GetValue<long>());
        Assert.False(pool["properties"]!["max_retries"]!.AsObject().ContainsKey("maximum"));

        // The truncated v2 index covers agents … flows; neither page's group is in its range.
        Assert.Contains(result.Diagnostics, d => d.Id == "SF2004");
        Assert.Equal((163, 163), (result.Summary.IndexedEndpoints, result.Summary.MissingFromSpec));
    }

    [Theory]
    [MemberData(nameof(Apis))]
    public async Task The_normalized_spec_reads_back_the_same_in_microsoft_openapi_and_nswag(string api)
    {
        var result = (api == "trustpager" ? TrustPager : Mindhunters).Value;
        var count = Operations(result.Document!).Count();

        var ours = OpenApiReader.Read(api + ".openapi.json", result.Json!);
        var nswag = await NSwag.OpenApiDocument.FromJsonAsync(result.Json!);

        Assert.Empty(ours.Diagnostics);
        Assert.Equal(count, ours.Document!.Paths.Sum(p => p.Value.Operations!.Count));
        Assert.Equal(count, nswag.Paths.Sum(p => p.Value.Count));
    }

    [Fact]
    public void Normalizing_is_byte_stable()
    {
        Assert.Equal(TrustPager.Value.Json, Normalize("TrustPager", "specs/trustpager/trustpager-full-reference.md").Json);
        Assert.DoesNotContain(TrustPager.Value.Diagnostics, d => d.Severity == SpecSeverity.Error);
    }

    private static NormalizationResult Normalize(string title, params string[] relativePaths) =>
        DocsNormalizer.Normalize(
            relativePaths.Select(p => new DocumentInput(p, File.ReadAllText(RepoPaths.InRepo(p.Split('/'))))).ToList(),
            title);

    private static IEnumerable<(string Method, string Path, JsonObject Operation)> Operations(JsonObject document) =>
        document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(m => (m.Key.ToUpperInvariant(), p.Key, m.Value!.AsObject())));

    private static IEnumerable<JsonNode> Parameters(IEnumerable<(string Method, string Path, JsonObject Operation)> operations, string location) =>
        operations.SelectMany(o => o.Operation["parameters"]?.AsArray() ?? new JsonArray()).Where(p => p!["in"]!.GetValue<string>() == location)!;

    private static readonly System.Text.Json.JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static JsonObject BodyProperty(JsonNode operation, string name) =>
        operation["requestBody"]!["content"]!["application/json"]!["schema"]!["properties"]![name]!.AsObject();

    // The schema without its description and source, which say where, not what.
    private static string Keywords(JsonObject schema) =>
        new JsonObject(schema.Where(p => p.Key is not ("description" or "examples" or Sources.Extension)).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone()))).ToJsonString(Relaxed);

    private static IEnumerable<JsonNode> Descendants(JsonNode node) =>
        node switch
        {
            JsonObject o => o.Select(p => p.Value).Where(v => v is not null).SelectMany(v => Descendants(v!)).Prepend(o),
            JsonArray a => a.Where(v => v is not null).SelectMany(v => Descendants(v!)).Prepend(a),
            _ => new[] { node },
        };

    private static JsonNode Parameter(JsonNode operation, string name) =>
        operation["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == name)!;
}
