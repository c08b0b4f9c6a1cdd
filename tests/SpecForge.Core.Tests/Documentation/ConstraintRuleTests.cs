using System.Linq;
using System.Text.Json.Nodes;
using SpecForge.Core.Documentation.Draft;
using SpecForge.Core.Documentation.Passes;

namespace SpecForge.Core.Tests.Documentation;

/// <summary>
/// One case per constraint rule, each the TrustPager reference's phrase that motivated it (issue 18), plus the
/// near-misses that must stay keyword-free: a wrong keyword makes the SDK reject what the API accepts.
/// </summary>
public sealed class ConstraintRuleTests
{
    private static readonly System.Text.Json.JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Theory]
    // Rule "closed by or": a whole sentence, or the text after a label, ending "..., or c".
    [InlineData("string", "Type: call, meeting, or note", """{"type":"string","enum":["call","meeting","note"]}""")]
    [InlineData("string", "Filter by transcription status: not_applicable, pending, or complete. Use complete to find transcripts with text ready for analysis.", """{"type":"string","enum":["not_applicable","pending","complete"]}""")]
    [InlineData("string", "all_users or restricted.", """{"type":"string","enum":["all_users","restricted"]}""")]
    [InlineData("number", "Multiplication factor: 2, 3, or 4. Default 2. A 1024x1024 source at 2x becomes 2048x2048.", """{"type":"number","default":2,"enum":[2,3,4]}""")]
    // Rule "defaults written after the value", inside a closed list.
    [InlineData("string", "all_users (default) or restricted", """{"type":"string","enum":["all_users","restricted"],"default":"all_users"}""")]
    [InlineData("string", "training, sales, policy, reference, or general (default)", """{"type":"string","enum":["training","sales","policy","reference","general"],"default":"general"}""")]
    [InlineData("string", "Filter by status: pending (default), approved, rejected, expired, or all", """{"type":"string","enum":["pending","approved","rejected","expired","all"],"default":"pending"}""")]
    [InlineData("string", "homepage (default) or page (for secondary pages like services, about, pricing).", """{"type":"string","enum":["homepage","page"],"default":"homepage"}""")]
    [InlineData("string", "Provider to use: \"postmark\" (TrustPager Mail, default) or \"gmail\". Gmail requires the workspace email_config to have a Gmail sender connected.", """{"type":"string","enum":["postmark","gmail"],"default":"postmark"}""")]
    // Rule "glossed values": a Values: list whose items carry a gloss, or a label followed by quoted items that each do.
    [InlineData("string", "Output image format. Values: \"PNG\" (default, lossless), \"WEBP\", \"JPEG\". PNG is recommended when you plan to run optimize_image afterwards.", """{"type":"string","enum":["PNG","WEBP","JPEG"],"default":"PNG"}""")]
    [InlineData("string", "Request timed transcript segments. Values: \"none\" (default, no transcript), \"sentences\" (sentence-level timestamps), \"words\" (word-level timestamps).", """{"type":"string","enum":["none","sentences","words"],"default":"none"}""")]
    [InlineData("string", "Who can see this dashboard. Valid values: \"all_users\" (default -- everyone in the workspace) or \"restricted\" (only users/roles added via the ACL endpoint).", """{"type":"string","enum":["all_users","restricted"],"default":"all_users"}""")]
    [InlineData("string", "How bookings interact with CRM opportunities (param name preserved): \"create\" (always new), \"update_or_create\" (match existing or create), \"never_create\" (match only). Default: \"create\".", """{"type":"string","default":"create","enum":["create","update_or_create","never_create"]}""")]
    // Rule "defaults written after the value", without a closed list: the default only.
    [InlineData("boolean", "When true (default), skip sending to any recipient whose dashboard renders zero rows.", """{"type":"boolean","default":true}""")]
    [InlineData("boolean", "If true (default), creates the form template and fields in the workspace. If false, returns only the generated structure.", """{"type":"boolean","default":true}""")]
    [InlineData("string", "IANA timezone, e.g. \"Australia/Sydney\" (default)", """{"type":"string","default":"Australia/Sydney"}""")]
    [InlineData("boolean", "Also delete the archived PDF. Default false - the PDF is preserved.", """{"type":"boolean","default":false}""")]
    [InlineData("string", "Response mode. \"binary\" (default) streams the ZIP directly. \"url\" returns a JSON body with a signed URL.", """{"type":"string","default":"binary"}""")]
    [InlineData("string", "Priority: low, medium (default), high, critical", """{"type":"string","default":"medium"}""")]
    [InlineData("string", "Output format: \"PNG\" (default, lossless), \"WEBP\" (recommended -- ~10x smaller than PNG at same quality), \"JPEG\".", """{"type":"string","default":"PNG"}""")]
    // Open lists and prose stay free of enums.
    [InlineData("string", "Search by first_name, last_name, email, phone (mobile), or landline", """{"type":"string"}""")]
    [InlineData("string", "Filter by memory kind: \"pitch\", \"objection\", \"fact\", or any agent-defined value.", """{"type":"string"}""")]
    [InlineData("string", "Business type or search term, e.g. \"electricians\" or \"dentists\"", """{"type":"string"}""")]
    [InlineData("string", "Common values: web, phone, or email", """{"type":"string"}""")]
    [InlineData("string", "Filter by status: pending, processing, completed, cancelled, failed", """{"type":"string"}""")]
    [InlineData("string", "Comma-separated expansions: contact, referrer, or customer", """{"type":"string"}""")]
    [InlineData("string", "Section type. The content shape: { label: string, fieldType: \"text\"|\"textarea\"|\"date\", required: boolean }.", """{"type":"string"}""")]
    [InlineData("string", "Who receives the invoice email. \"primary_contact\" uses the deal primary contact email (default).", """{"type":"string"}""")]
    // Defaults in prose, or moments rather than values, are not defaults.
    [InlineData("string", "End date YYYY-MM-DD. Default: 14 days from date_from. Max 30 days.", """{"type":"string","format":"date"}""")]
    [InlineData("string", "ISO datetime when this proposal expires (default: 7 days)", """{"type":"string","format":"date-time"}""")]
    [InlineData("string", "Start date YYYY-MM-DD. Default: today.", """{"type":"string","format":"date"}""")]
    [InlineData("string", "document_type tag. Default: template submissionDocumentType setting, then \"Other\".", """{"type":"string"}""")]
    // Rule "ranges outside parentheses": numbers only, the first sentence only, as written.
    [InlineData("number", "Voice stability 0-1 (default 0.6). Higher = more consistent, lower = more expressive.", """{"type":"number","minimum":0,"maximum":1,"default":0.6}""")]
    [InlineData("number", "Rating 1-5", """{"type":"number","minimum":1,"maximum":5}""")]
    [InlineData("number", "0.0-1.0. Default 1.0. Lower for inferences vs stated facts.", """{"type":"number","minimum":0.0,"maximum":1.0,"default":1.0}""")]
    [InlineData("number", "Cosine similarity floor 0.0-1.0 (default 0.15). Most useful results fall in 0.1-0.4 with Voyage-3 embeddings.", """{"type":"number","minimum":0.0,"maximum":1.0,"default":0.15}""")]
    [InlineData("number", "Max results to return, 1-50 (default 10)", """{"type":"number","minimum":1,"maximum":50,"default":10}""")]
    [InlineData("number", "Max results to fetch (default 100, max 500). Credit tiers: 1-50, 51-100, 101-200, 201-500", """{"type":"number","maximum":500,"default":100}""")]
    [InlineData("number", "Credit tiers: 1-50, 51-100", """{"type":"number"}""")]
    [InlineData("string", "Rating 1-5", """{"type":"string"}""")]
    [InlineData("integer", "Score 0.5-1.5", """{"type":"integer"}""")]
    // Rule "times": HH:MM and wall-clock HH:MM:SS are format: time with the pattern of their shape; RFC 3339 time is the format alone.
    [InlineData("string", "Booking time HH:MM (24h format)", """{"type":"string","format":"time","pattern":"^([01]\\d|2[0-3]):[0-5]\\d$"}""")]
    [InlineData("string", "Wall-clock time in HH:MM:SS format (e.g. \"09:00:00\"). Omit for an all-day work order.", """{"type":"string","format":"time","pattern":"^([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d$"}""")]
    [InlineData("string", "Alarm time as an RFC 3339 time (e.g. 09:00:00Z)", """{"type":"string","format":"time"}""")]
    // Rule "item constraints": lengths outside parentheses and what null means.
    [InlineData("string", "Local-part of the sender address. Must be 1-64 lowercase chars (a-z, 0-9, dot, underscore, hyphen), starting with a letter or digit.", """{"type":"string","minLength":1,"maxLength":64}""")]
    [InlineData("string", "ISO 8601 timestamp to schedule send. Null = manual send.", """{"type":["string","null"],"format":"date-time"}""")]
    [InlineData("object", "Product-specific work order field configuration. Null = use company default.", """{"type":["object","null"]}""")]
    public void Constraint_rules_read_the_seed_phrases(string type, string description, string expected)
    {
        var schema = new JsonObject { ["type"] = type };

        ConstraintPhrasePass.Apply(schema, description);

        Assert.Equal(expected, schema.ToJsonString(Relaxed));
    }

    [Theory]
    // Rule "item constraints": counts of items, bounds and formats of each item.
    [InlineData("""{"type":"array","items":{"type":"string","format":"uuid"}}""", "Array of 1-50 file UUIDs to bundle. Mix of document, image, and secure types is fine.", """{"type":"array","items":{"type":"string","format":"uuid"},"minItems":1,"maxItems":50}""")]
    [InlineData("""{"type":"array"}""", "Array of integers 0-6 (0=Sunday, 6=Saturday). Used with time_of_day.", """{"type":"array","items":{"type":"integer","minimum":0,"maximum":6}}""")]
    [InlineData("""{"type":"array","items":{"type":"string"}}""", "Phone numbers notified via SMS. Must be in E.164 format (e.g. +61431377068).", """{"type":"array","items":{"type":"string","pattern":"^\\+[1-9]\\d{1,14}$","x-format":"e164"}}""")]
    // Rule "defaults written after the value": an array default, verbatim.
    [InlineData("""{"type":"array","items":{"type":"string"}}""", "Subset of variants to generate. Default: all three -- [\"mobile\", \"tablet\", \"desktop\"]. Pass a subset to skip unneeded sizes.", """{"type":"array","items":{"type":"string"},"default":["mobile","tablet","desktop"]}""")]
    public void Array_rules_read_the_seed_phrases(string schemaJson, string description, string expected)
    {
        var schema = JsonNode.Parse(schemaJson)!.AsObject();

        ConstraintPhrasePass.Apply(schema, description);

        Assert.Equal(expected, schema.ToJsonString(Relaxed));
    }

    [Fact]
    public void An_ambiguous_phrase_is_an_info_at_its_own_line_and_column_and_sets_no_keyword()
    {
        var priority = PassTests.Param("priority", "body", "string");
        priority.Description = "Priority: low, medium (default), high, critical";
        priority.DescriptionSource = new SourceRef("docs.md", 3, 40);
        var api = PassTests.Api(PassTests.Op("POST", "/agent-proposals", priority));

        new TypeTokenPass().Run(api);
        new ConstraintPhrasePass().Run(api);

        Assert.Equal("""{"type":"string","default":"medium"}""", priority.Schema!.ToJsonString());
        var info = Assert.Single(api.Diagnostics);
        Assert.Equal(("SF2014", SpecForge.Core.Diagnostics.SpecSeverity.Info, "docs.md", 3, 50), (info.Id, info.Severity, info.FilePath, info.Line, info.Column));
        Assert.Contains("low, medium, high, critical", info.Message, System.StringComparison.Ordinal);
        Assert.Equal((1, 1, 1), (api.Constraints.PhrasesFound, api.Constraints.KeywordsSet, api.Constraints.PhrasesAmbiguous));
    }

    [Fact]
    public void A_phrase_on_a_later_line_of_a_description_is_located_on_that_line()
    {
        var due = PassTests.Param("due", "body", "string");
        due.Description = "When it is due.\n  Default: 14 days from now.";
        due.DescriptionSource = new SourceRef("docs.md", 7, 20);
        var api = PassTests.Api(PassTests.Op("POST", "/tasks", due));

        new TypeTokenPass().Run(api);
        new ConstraintPhrasePass().Run(api);

        var info = Assert.Single(api.Diagnostics);
        Assert.Equal(("SF2014", 8, 3), (info.Id, info.Line, info.Column));
        Assert.False(due.Schema!.ContainsKey("default"));
    }

    [Fact]
    public void An_operation_documented_twice_keeps_the_constraints_of_both_places_and_reports_a_disagreement()
    {
        // POST /agents under "Agents" and again under "Text Agents".
        var firstType = Described(PassTests.Param("type", "body", "string", required: true), "Agent type: \"voice\" or \"text\"", 10);
        var firstLimit = Described(PassTests.Param("limit", "query", "integer"), "Max results (default 25)", 11);
        var secondType = Described(PassTests.Param("type", "body", "string", required: true), "Must be \"text\". Pass null to clear.", 20);
        var secondLimit = Described(PassTests.Param("limit", "query", "integer"), "Max results (default 50, max 100)", 21);
        var first = PassTests.Op("POST", "/agents", firstType, firstLimit);
        var second = PassTests.Op("POST", "/agents", secondType, secondLimit);
        second.Tag = "Text Agents";
        var api = PassTests.Api(first, second);

        foreach (var pass in new INormalizationPass[] { new PathNormalizationPass(), new DuplicateOperationPass(), new TypeTokenPass(), new ConstraintPhrasePass() })
        {
            pass.Run(api);
        }

        var merged = Assert.Single(api.Operations);
        Assert.Equal("""{"type":["string","null"],"enum":["voice","text",null]}""", merged.Parameters[0].Schema!.ToJsonString());
        Assert.Equal("""{"type":"integer","default":25,"maximum":100}""", merged.Parameters[1].Schema!.ToJsonString());
        var conflict = Assert.Single(api.Diagnostics, d => d.Id == "SF2008");
        Assert.Equal(21, conflict.Line);
        Assert.Contains("default 50 (first place: 25)", conflict.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Must be \"text\"", """{"type":"string","enum":["text"]}""")]
    [InlineData("Agent name. It must be \"unique\" across the workspace", """{"type":"string"}""")]
    public void Rule_must_be_allows_one_value(string description, string expected)
    {
        var schema = new JsonObject { ["type"] = "string" };

        ConstraintPhrasePass.Apply(schema, description);

        Assert.Equal(expected, schema.ToJsonString());
    }

    private static DraftParameter Described(DraftParameter parameter, string description, int line)
    {
        parameter.Description = description;
        parameter.DescriptionSource = new SourceRef("docs.md", line, 30);
        return parameter;
    }

    [Theory]
    [InlineData("a, b. ", 40_000)]
    [InlineData("Label: x (default), ", 20_000)]
    [InlineData("1-2 ", 50_000)]
    [InlineData(" ", 400_000)]
    [InlineData("{ \"a\" or \"b\" ", 30_000)]
    public void A_hostile_description_is_read_in_linear_time(string unit, int repeat)
    {
        var text = string.Concat(Enumerable.Repeat(unit, repeat)) + "x (default)";
        var watch = System.Diagnostics.Stopwatch.StartNew();

        foreach (var type in new[] { "string", "number", "array" })
        {
            ConstraintPhrasePass.Apply(new JsonObject { ["type"] = type }, text);
        }

        Assert.True(watch.Elapsed < System.TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }
}
