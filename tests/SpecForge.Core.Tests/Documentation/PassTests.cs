using System.Linq;
using System.Text.Json.Nodes;
using SpecForge.Core.Documentation.Draft;
using SpecForge.Core.Documentation.Passes;

namespace SpecForge.Core.Tests.Documentation;

public sealed class PassTests
{
    private static readonly SourceRef At = new("docs.md", 3, 5);

    [Theory]
    [InlineData("/contacts/:id", "/contacts/{id}")]
    [InlineData("/contacts/:id/notes/:noteId/", "/contacts/{id}/notes/{noteId}")]
    [InlineData("https://api.example.com/functions/v1/api/v1/deals", "/deals")]
    [InlineData("/api/v1/deals/:id", "/deals/{id}")]
    [InlineData("/functions/v1/api/v1/deals", "/deals")]
    [InlineData("/deals?status=open&limit=5", "/deals")]
    [InlineData("/v1/things", "/v1/things")]
    [InlineData("/", "/")]
    public void Paths_are_normalized(string raw, string expected) =>
        Assert.Equal(expected, PathNormalizationPass.Normalize(raw, "/functions/v1/api/v1", out _));

    [Fact]
    public void A_query_string_in_a_heading_becomes_query_parameters_and_path_variables_are_declared()
    {
        var api = Api(Op("GET", "/deals/:id/notes?status=open"));

        new PathNormalizationPass().Run(api);

        var operation = api.Operations.Single();
        Assert.Equal("/deals/{id}/notes", operation.Path);
        Assert.Equal(new[] { ("id", "path", true), ("status", "query", false) }, operation.Parameters.Select(p => (p.Name, p.Location, p.Required)));
    }

    [Fact]
    public void An_operation_on_another_host_or_base_path_keeps_its_own_server()
    {
        var upload = Op("POST", "https://cdn.example.net/functions/v1/upload");
        var grant = Op("POST", "/evie-grant");
        grant.Samples.Add(new DraftCodeSample("bash", "POST /functions/v1/evie-grant Authorization: Bearer Content-Type: application/json { }", At));
        var plain = Op("GET", "/contacts");
        plain.Samples.Add(new DraftCodeSample("bash", "GET /functions/v1/api/v1/contacts", At));
        var api = Api(upload, grant, plain);
        api.Servers.Add("https://api.example.com/functions/v1/api/v1");

        new PathNormalizationPass().Run(api);

        Assert.Equal(("https://cdn.example.net", "/functions/v1/upload"), (upload.ServerUrl, upload.Path));
        Assert.Equal(("https://api.example.com/functions/v1", "/evie-grant"), (grant.ServerUrl, grant.Path));
        Assert.Null(plain.ServerUrl);
    }

    [Theory]
    [InlineData("string", """{"type":"string"}""")]
    [InlineData("uuid", """{"type":"string","format":"uuid"}""")]
    [InlineData("uuid[]", """{"type":"array","items":{"type":"string","format":"uuid"}}""")]
    [InlineData("object[]", """{"type":"array","items":{"type":"object"}}""")]
    [InlineData("string|null", """{"type":["string","null"]}""")]
    [InlineData("uuid | null", """{"type":["string","null"],"format":"uuid"}""")]
    [InlineData("\"a\" | \"b\"", """{"type":"string","enum":["a","b"]}""")]
    [InlineData("\"a\" | \"b\" | null", """{"type":["string","null"],"enum":["a","b",null]}""")]
    [InlineData("File", """{"type":"string","format":"binary"}""")]
    [InlineData("enum<string>", """{"type":"string"}""")]
    [InlineData("number", """{"type":"number"}""")]
    [InlineData("integer", """{"type":"integer"}""")]
    [InlineData("boolean", """{"type":"boolean"}""")]
    [InlineData("object[] | { tags: object[], note?: string }", """{"anyOf":[{"type":"array","items":{"type":"object"}},{"type":"object","properties":{"tags":{"type":"array","items":{"type":"object"}},"note":{"type":"string"}},"required":["tags"]}]}""")]
    public void Type_tokens_become_schemas(string token, string expected)
    {
        var schema = TypeTokenPass.Parse(token, out var understood);

        Assert.True(understood);
        Assert.Equal(expected, schema.ToJsonString());
    }

    [Fact]
    public void An_unknown_type_token_is_a_located_warning_and_a_string()
    {
        var api = Api(Op("GET", "/a", Param("q", "query", "wibble")));

        new TypeTokenPass().Run(api);

        Assert.Equal("""{"type":"string"}""", api.Operations[0].Parameters[0].Schema!.ToJsonString());
        var diagnostic = Assert.Single(api.Diagnostics);
        Assert.Equal(("SF2009", "docs.md", 3, 5), (diagnostic.Id, diagnostic.FilePath, diagnostic.Line, diagnostic.Column));
    }

    [Theory]
    [InlineData("number", "Max results (1-100, default 25)", """{"type":"number","minimum":1,"maximum":100,"default":25}""")]
    [InlineData("integer", "Page size (default 25, max 100)", """{"type":"integer","maximum":100,"default":25}""")]
    [InlineData("integer", "How many, max 100", """{"type":"integer","maximum":100}""")]
    [InlineData("string", "A note (2-3000 chars)", """{"type":"string","minLength":2,"maxLength":3000}""")]
    [InlineData("string", "Sort order. One of: asc, desc", """{"type":"string","enum":["asc","desc"]}""")]
    [InlineData("string", "Status. Values: `open`, `won`, `lost`", """{"type":"string","enum":["open","won","lost"]}""")]
    [InlineData("string", "Either \"email\" | \"sms\"", """{"type":"string","enum":["email","sms"]}""")]
    [InlineData("string", "Mobile number in E.164 format (e.g. +61412345678)", """{"type":"string","pattern":"^\\+[1-9]\\d{1,14}$","x-format":"e164"}""")]
    [InlineData("string", "Due date (YYYY-MM-DD)", """{"type":"string","format":"date"}""")]
    [InlineData("string", "When it happened, ISO 8601 timestamp", """{"type":"string","format":"date-time"}""")]
    [InlineData("string", "Start time (HH:MM)", """{"type":"string","format":"time","pattern":"^([01]\\d|2[0-3]):[0-5]\\d$"}""")]
    [InlineData("string", "Company. Pass null to clear.", """{"type":["string","null"]}""")]
    [InlineData("string", "Who owns it. One of: the owner, or an admin", """{"type":"string"}""")]
    [InlineData("string", "Upload (max 100 KB)", """{"type":"string"}""")]
    [InlineData("string", "Opening time, HH:MM:SS format (e.g. \"09:00:00\")", """{"type":"string","format":"time","pattern":"^([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d$"}""")]
    [InlineData("string", "New slot as YYYY-MM-DD HH:MM", """{"type":"string"}""")]
    [InlineData("string", "File name, default attachments_YYYY-MM-DD", """{"type":"string"}""")]
    [InlineData("string", "Phone in E.164 or AU local format", """{"type":"string"}""")]
    [InlineData("string", "When to send (ISO 8601)", """{"type":"string","format":"date-time"}""")]
    [InlineData("string", "ISO date, return contacts created after this date", """{"type":"string","format":"date"}""")]
    [InlineData("string", "Default pipeline for new deals", """{"type":"string"}""")]
    [InlineData("integer", "Cap (default: no cap)", """{"type":"integer"}""")]
    [InlineData("string", "Country (default: Australia)", """{"type":"string","default":"Australia"}""")]
    [InlineData("boolean", "Skip automations. Default false.", """{"type":"boolean","default":false}""")]
    [InlineData("string", "Send mode: \"company\" (default) or \"personal\"", """{"type":"string","enum":["company","personal"],"default":"company"}""")]
    [InlineData("string", "Filter: draft | approved | published", """{"type":"string","enum":["draft","approved","published"]}""")]
    [InlineData("string", "Direction, \"inbound\" or \"outbound\"", """{"type":"string","enum":["inbound","outbound"]}""")]
    [InlineData("string", "Format. Values: xlsx (default), csv", """{"type":"string","enum":["xlsx","csv"],"default":"xlsx"}""")]
    // Rule "enum values verbatim": reputation reviews' engagement_value_band and reviewer_company_size.
    [InlineData("string", "<5k | 5-25k | 25-100k | 100k+", """{"type":"string","enum":["<5k","5-25k","25-100k","100k+"]}""")]
    [InlineData("string", "1-10 | 11-50 | 51-200 | 201-1000 | 1000+", """{"type":"string","enum":["1-10","11-50","51-200","201-1000","1000+"]}""")]
    [InlineData("string", "Common values: web, phone", """{"type":"string"}""")]
    [InlineData("string", "Folder, or null to unfile", """{"type":["string","null"]}""")]
    public void Constraint_phrases_become_keywords(string type, string description, string expected)
    {
        var schema = new JsonObject { ["type"] = type };

        ConstraintPhrasePass.Apply(schema, description);

        Assert.Equal(expected, schema.ToJsonString(Relaxed));
    }

    [Theory]
    [InlineData("string", "Required string length: 3 - 255", """{"type":"string","minLength":3,"maxLength":255}""")]
    [InlineData("integer", "Required range: 1 <= x <= 100", """{"type":"integer","minimum":1,"maximum":100}""")]
    [InlineData("integer", "Required range: x >= 0", """{"type":"integer","minimum":0}""")]
    [InlineData("string", "Available options: FIFO, LIFO, Parallel", """{"type":"string","enum":["FIFO","LIFO","Parallel"]}""")]
    [InlineData("string", "Processing order. Default: FIFO.", """{"type":"string","default":"FIFO"}""")]
    [InlineData("boolean", "Active flag. Default: true.", """{"type":"boolean","default":true}""")]
    public void Rendered_page_constraint_lines_become_keywords(string type, string text, string expected)
    {
        var schema = new JsonObject { ["type"] = type };

        ConstraintPhrasePass.Apply(schema, text);

        Assert.Equal(expected, schema.ToJsonString());
    }

    [Fact]
    public void Duplicate_operations_merge_with_the_stricter_required_and_warn_at_the_second()
    {
        var first = Op("GET", "/deals", Param("limit", "query", "number"));
        var second = Op("GET", "/deals", Param("limit", "query", "number", required: true), Param("stage", "query", "string"));
        second.Tag = "Pipelines";
        second.Source = new SourceRef("docs.md", 9, 1);
        var api = Api(first, second);
        new PathNormalizationPass().Run(api);

        new DuplicateOperationPass().Run(api);

        var merged = Assert.Single(api.Operations);
        Assert.Equal(new[] { ("limit", true), ("stage", false) }, merged.Parameters.Select(p => (p.Name, p.Required)));
        var warning = Assert.Single(api.Diagnostics);
        Assert.Equal(("SF2006", 9), (warning.Id, warning.Line));
        Assert.Contains("'limit' required there", warning.Message);
    }

    [Fact]
    public void An_alias_uses_its_own_path_variable_names()
    {
        var canonical = Op("GET", "/opportunities/:id/costs/:opportunityProductId", Param("id", "path", "uuid", required: true), Param("opportunityProductId", "path", "uuid", required: true));
        canonical.LegacyAliases.Add("GET /deals/:id/costs/:dealProductId");
        var api = Api(canonical);
        new PathNormalizationPass().Run(api);

        new LegacyAliasPass().Run(api);

        var alias = api.Operations.Single(o => o.AliasOf is not null);
        Assert.Equal("/deals/{id}/costs/{dealProductId}", alias.Path);
        Assert.Equal(new[] { "id", "dealProductId" }, alias.Parameters.Select(p => p.Name));
        Assert.Equal(new[] { "id", "opportunityProductId" }, canonical.Parameters.Select(p => p.Name));
    }

    [Fact]
    public void Paths_differing_only_in_variable_names_get_one_spelling()
    {
        var first = Op("GET", "/a/:id/costs/:productId", Param("productId", "path", "uuid", required: true));
        var second = Op("PATCH", "/a/:id/costs/:costId", Param("costId", "path", "uuid", required: true));
        second.Source = new SourceRef("docs.md", 8, 2);
        var api = Api(first, second);
        new PathNormalizationPass().Run(api);

        new PathTemplatePass().Run(api);

        Assert.Equal("/a/{id}/costs/{productId}", second.Path);
        Assert.Contains(second.Parameters, p => p.Name == "productId" && p.Location == "path");
        Assert.Equal(("SF2012", 8), (api.Diagnostics.Single().Id, api.Diagnostics.Single().Line));
    }

    [Fact]
    public void A_body_parameter_named_body_is_the_whole_body()
    {
        var operation = Op("PUT", "/tags", Param("(body)", "body", "object[]", required: true));
        var api = Api(operation);
        Run(api, new TypeTokenPass(), new RequestBodyPass());

        Assert.Equal("array", operation.RequestBodyObject!["content"]!["application/json"]!["schema"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void A_legacy_alias_becomes_a_deprecated_operation_pointing_at_the_canonical_one()
    {
        var canonical = Op("GET", "/opportunities/:id", Param("id", "path", "uuid", required: true));
        canonical.LegacyAliases.Add("GET /deals/:id");
        var api = Api(canonical);
        new PathNormalizationPass().Run(api);

        new LegacyAliasPass().Run(api);

        var alias = api.Operations.Single(o => o.Path == "/deals/{id}");
        Assert.True(alias.Deprecated);
        Assert.Equal("GET /opportunities/{id}", alias.AliasOf);
        Assert.Equal("id", Assert.Single(alias.Parameters).Name);
    }

    [Fact]
    public void Body_parameters_with_dotted_names_become_nested_objects_and_the_curl_payload_the_example()
    {
        var operation = Op("POST", "/search",
            Param("query", "body", "string", required: true),
            Param("params", "body", "object"),
            Param("params.limit", "body", "number", required: true),
            Param("params.filters[].field", "body", "string"));
        operation.Samples.Add(new DraftCodeSample("bash", "curl -X POST \\ \"https://x/search\" \\ -H \"Content-Type: application/json\" \\ -d '{ \"query\": \"Sarah\", \"params\": { \"limit\": 10 } }'", At));
        var api = Api(operation);
        Run(api, new TypeTokenPass(), new RequestBodyPass());

        var body = operation.RequestBodyObject!;
        Assert.True(body["required"]!.GetValue<bool>());
        var media = body["content"]!["application/json"]!;
        Assert.Equal("""{"query":"Sarah","params":{"limit":10}}""", media["example"]!.ToJsonString());
        var schema = media["schema"]!;
        Assert.Equal("""["query"]""", schema["required"]!.ToJsonString());
        Assert.Equal("number", schema["properties"]!["params"]!["properties"]!["limit"]!["type"]!.GetValue<string>());
        Assert.Equal("""["limit"]""", schema["properties"]!["params"]!["required"]!.ToJsonString());
        Assert.Equal("string", schema["properties"]!["params"]!["properties"]!["filters"]!["items"]!["properties"]!["field"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void An_example_that_is_not_json_is_kept_as_text_with_a_warning()
    {
        var operation = Op("POST", "/notes", Param("text", "body", "string"));
        operation.Samples.Add(new DraftCodeSample("bash", "curl -X POST https://x/notes -d '{ text: <your note> }'", new SourceRef("docs.md", 7, 1)));
        var api = Api(operation);
        Run(api, new TypeTokenPass(), new RequestBodyPass());

        var examples = operation.RequestBodyObject!["content"]!["application/json"]!["examples"]!;
        Assert.Equal("{ text: <your note> }", examples["documented"]!["value"]!.GetValue<string>());
        Assert.Equal(("SF2007", 7), (api.Diagnostics.Single().Id, api.Diagnostics.Single().Line));
    }

    [Fact]
    public void Placeholders_and_elisions_in_examples_are_tolerated()
    {
        Assert.Equal("""{"id":"a1b2c3d4-...","tags":["uuid-1"]}""", Examples.TryParse("""{ "id": "a1b2c3d4-...", "tags": ["uuid-1", ...], }""")!.ToJsonString());
        Assert.Equal("""{"a":1}""", Examples.TryParse("{\n  \"a\": 1,\n  ...\n}")!.ToJsonString());
        Assert.Null(Examples.TryParse("not json"));
    }

    [Theory]
    [InlineData("{\"reason\": \"Duplicate\"}")]
    [InlineData("POST /functions/v1/reject Authorization: Bearer x Content-Type: application/json {\"reason\": \"Duplicate\"}")]
    [InlineData("# Reject it curl -X POST \\ \"https://x/reject\" \\ -d '{\"reason\": \"Duplicate\"}'")]
    public void Bare_json_raw_http_and_commented_curl_samples_all_give_the_request_example(string sampleText)
    {
        var operation = Op("POST", "/reject", Param("reason", "body", "string", required: true));
        operation.Samples.Add(new DraftCodeSample("bash", sampleText, At));
        var api = Api(operation);
        Run(api, new TypeTokenPass(), new RequestBodyPass());

        Assert.Equal("""{"reason":"Duplicate"}""", operation.RequestBodyObject!["content"]!["application/json"]!["example"]!.ToJsonString());
        Assert.Empty(api.Diagnostics);
    }

    [Fact]
    public void Curl_form_fields_make_a_multipart_body()
    {
        var operation = Op("POST", "/files");
        operation.Samples.Add(new DraftCodeSample("bash", "curl -X POST https://x/files -F \"file=@invoice.pdf\" -F \"folder=inbox\"", At));
        var api = Api(operation);

        new RequestBodyPass().Run(api);

        var schema = operation.RequestBodyObject!["content"]!["multipart/form-data"]!["schema"]!;
        Assert.Equal("binary", schema["properties"]!["file"]!["format"]!.GetValue<string>());
        Assert.Equal("string", schema["properties"]!["folder"]!["type"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("Deletes the note. Returns 204 No Content.", "204", null)]
    [InlineData("Exports the list. Returns text/plain.", "200", "text/plain")]
    [InlineData("Streams progress as server-sent events.", "200", "text/event-stream")]
    [InlineData("Downloads the PDF. Returns the binary file.", "200", "application/octet-stream")]
    [InlineData("Lists deals.", "200", "application/json")]
    public void Response_hints_choose_status_and_media_type(string description, string status, string? mediaType)
    {
        var operation = Op("GET", "/x");
        operation.Description = description;
        var api = Api(operation);

        new ResponsePass().Run(api);

        var response = operation.ResponsesObject[status]!;
        Assert.Equal(mediaType, (response["content"] as JsonObject)?.Select(c => c.Key).Single());
    }

    [Fact]
    public void A_json_response_example_gives_the_schema()
    {
        var operation = Op("GET", "/x");
        operation.Samples.Add(new DraftCodeSample("json", """{"data":[{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a","count":3,"at":"2023-11-07T05:31:56Z"}]}""", At, IsResponse: true));
        var api = Api(operation);

        new ResponsePass().Run(api);

        var item = operation.ResponsesObject["200"]!["content"]!["application/json"]!["schema"]!["properties"]!["data"]!["items"]!["properties"]!;
        Assert.Equal(("uuid", "integer", "date-time"), (item["id"]!["format"]!.GetValue<string>(), item["count"]!["type"]!.GetValue<string>(), item["at"]!["format"]!.GetValue<string>()));
    }

    [Fact]
    public void Scopes_write_marker_and_bearer_security_are_recorded()
    {
        var operation = Op("POST", "/contacts");
        operation.Scopes.Add("contacts:write");
        operation.IsWrite = true;
        var api = Api(operation);
        api.AuthenticationText = "Authorization: Bearer <key>";

        new SecurityPass().Run(api);

        Assert.Equal("""["contacts:write"]""", operation.Extensions["x-scopes"]!.ToJsonString());
        Assert.True(operation.Extensions["x-scopes-write"]!.GetValue<bool>());
        Assert.Equal("""[{"bearerAuth":["contacts:write"]}]""", operation.Extensions["security"]!.ToJsonString());
    }

    [Fact]
    public void Operation_ids_are_derived_stable_and_unique()
    {
        var api = Api(Op("GET", "/contacts"), Op("GET", "/contacts/{id}"), Op("GET", "/contacts/{id}/"), Op("POST", "/contacts"));
        new PathNormalizationPass().Run(api);
        api.Operations[2].Path = "/contacts/{id}";

        new OperationIdPass().Run(api);

        Assert.Equal(new[] { "getContacts", "getContactsById", "getContactsById2", "postContacts" }, api.Operations.Select(o => o.OperationId));
        Assert.Equal("postPools", OperationIdPass.Derive("POST", "/api/v1/pools"));
        Assert.Equal("getV2", OperationIdPass.Derive("GET", "/v2"));
    }

    [Fact]
    public void Summaries_come_from_the_first_sentence()
    {
        var operation = Op("GET", "/x");
        operation.Description = "List all contacts with cursor-based pagination. Supports search.";
        var api = Api(operation);

        new SummaryPass().Run(api);

        Assert.Equal("List all contacts with cursor-based pagination.", operation.Summary);
    }

    [Fact]
    public void The_pass_order_is_fixed_and_named()
    {
        Assert.Equal(
            new[] { "paths", "duplicates", "aliases", "path-templates", "types", "constraints", "request-bodies", "responses", "security", "summaries", "operation-ids" },
            NormalizationPasses.All.Select(p => p.Name));
    }

    // Patterns hold '+' and '\', which the default encoder would spell as \u002B.
    private static readonly System.Text.Json.JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static DraftApi Api(params DraftOperation[] operations)
    {
        var api = new DraftApi();
        api.Operations.AddRange(operations);
        return api;
    }

    internal static DraftOperation Op(string method, string path, params DraftParameter[] parameters)
    {
        var operation = new DraftOperation { Method = method, RawPath = path, Tag = "Deals", Source = At };
        operation.Parameters.AddRange(parameters);
        return operation;
    }

    internal static DraftParameter Param(string name, string location, string type, bool required = false) =>
        new() { Name = name, Location = location, TypeText = type, Required = required, Source = At };

    private static void Run(DraftApi api, params INormalizationPass[] passes)
    {
        foreach (var pass in passes)
        {
            pass.Run(api);
        }
    }
}
