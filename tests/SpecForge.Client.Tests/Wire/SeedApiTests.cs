using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Mindhunters;
using SpecForge.Client.Tests.Infrastructure;
using TrustPager;

namespace SpecForge.Client.Tests.Wire;

/// <summary>
/// The seed APIs (specs/trustpager, specs/mindhunters) as generated clients. For every tag, the group's first operation
/// is called through reflection with arguments built from the parameter types, and the request is checked against the
/// spec's own path, method, query, credentials and body; a few operations are also driven by hand with typed values.
/// </summary>
public sealed class SeedApiTests
{
    private static readonly Guid FixedGuid = new("0f8fad5b-d9cb-469f-a165-70867728950e");

    private static readonly string RepoRoot = Path.GetFullPath(typeof(SeedApiTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SpecForgeRepoRoot").Value!);

    private static readonly Lazy<JsonElement> TrustPagerSpec = new(() => ReadSpec("trustpager", "trustpager.openapi.json"));

    private static readonly Lazy<JsonElement> MindhuntersSpec = new(() => ReadSpec("mindhunters", "mindhunters.openapi.json"));

    private static readonly string[] HttpMethods = { "get", "put", "post", "delete", "options", "head", "patch", "trace" };

    public static TheoryData<string> TrustPagerTags => TagsOf(TrustPagerSpec.Value);

    public static TheoryData<string> MindhuntersTags => TagsOf(MindhuntersSpec.Value);

    private static TrustPagerClient TrustPagerOn(RecordingServer server, string basePath = "") =>
        new(server.CreateClient(), new TrustPagerClientOptions { BaseUrl = server.BaseAddress + basePath, BearerAuthToken = "tok" });

    private static MindhuntersClient MindhuntersOn(RecordingServer server, string? token = "tok") =>
        new(server.CreateClient(), new MindhuntersClientOptions { BaseUrl = server.BaseAddress.ToString(), BearerAuthToken = token });

    [Theory]
    [MemberData(nameof(TrustPagerTags))]
    public Task TrustPager_first_operation_of_each_tag_goes_out_as_the_spec_says(string tag) =>
        FirstOperationGoesOutAsSpecifiedAsync(TrustPagerSpec.Value, tag, typeof(ITrustPagerClient), new TrustPagerClientJsonResolver(),
            (http, baseUrl) => new TrustPagerClient(http, new TrustPagerClientOptions { BaseUrl = baseUrl, BearerAuthToken = "tok" }));

    [Theory]
    [MemberData(nameof(MindhuntersTags))]
    public Task Mindhunters_first_operation_of_each_tag_goes_out_as_the_spec_says(string tag) =>
        FirstOperationGoesOutAsSpecifiedAsync(MindhuntersSpec.Value, tag, typeof(IMindhuntersClient), new MindhuntersClientJsonResolver(),
            (http, baseUrl) => new MindhuntersClient(http, new MindhuntersClientOptions { BaseUrl = baseUrl, BearerAuthToken = "tok" }));

    [Fact]
    public async Task TrustPager_list_contacts_sends_search_and_limit_as_escaped_query_members()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(200, """{"data":[{"id":"c1","first_name":"Sarah"}],"pagination":{"next_cursor":null,"has_more":false}}"""));
        var client = TrustPagerOn(server, "functions/v1/api/v1");

        var page = await client.Contacts.GetAsync(search: "Lee & Co", limit: 10);

        Assert.Equal("Sarah", page.GetProperty("data")[0].GetProperty("first_name").GetString());
        var request = server.Single;
        Assert.Equal("GET", request.Method);
        Assert.Equal("/functions/v1/api/v1/contacts?search=Lee%20%26%20Co&limit=10", request.RawTarget);
        Assert.Equal("Bearer tok", request.Header("Authorization"));
    }

    [Fact]
    public async Task TrustPager_create_contact_writes_the_typed_body_in_wire_names()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(201, """{"data":{"id":"4b4e0a0e-0b6f-4a39-9d4f-1d2b1b3c4d5e","first_name":"Sarah"}}"""));
        var client = TrustPagerOn(server);

        var created = await client.Contacts.PostAsync(new PostContactsRequest
        {
            FirstName = "Sarah",
            LastName = "Lee",
            Email = "sarah@example.com",
            DateOfBirth = new DateOnly(1990, 4, 2),
            Metadata = new Dictionary<string, JsonElement> { ["crm_id"] = JsonSerializer.SerializeToElement(42) },
        });

        Assert.Equal("Sarah", created.GetProperty("data").GetProperty("first_name").GetString());
        var request = server.Single;
        Assert.Equal("POST", request.Method);
        Assert.Equal("/contacts", request.RawTarget);
        Assert.StartsWith("application/json", request.ContentType);
        using var body = JsonDocument.Parse(request.Body);
        var root = body.RootElement;
        Assert.Equal("Sarah", root.GetProperty("first_name").GetString());
        Assert.Equal("Lee", root.GetProperty("last_name").GetString());
        Assert.Equal("sarah@example.com", root.GetProperty("email").GetString());
        Assert.Equal("1990-04-02", root.GetProperty("date_of_birth").GetString());
        Assert.Equal(42, root.GetProperty("metadata").GetProperty("crm_id").GetInt32());
        Assert.False(root.TryGetProperty("phone", out _));
    }

    [Fact]
    public async Task Mindhunters_create_pool_sends_the_typed_body_and_reads_the_typed_response()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(200, ResponseExample(MindhuntersSpec.Value, "/api/v1/pools", "post")));
        var client = MindhuntersOn(server);

        var created = await client.PostPoolsAsync(new PostPoolsRequest
        {
            Name = "VIP customers",
            Description = "High-value leads, push first",
            Type = PostPoolsRequestType.Parallel,
            MaxParallelItems = 5,
        });

        var request = server.Single;
        Assert.Equal("POST", request.Method);
        Assert.Equal("/api/v1/pools", request.RawTarget);
        Assert.Equal("Bearer tok", request.Header("Authorization"));
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("VIP customers", body.RootElement.GetProperty("name").GetString());
        Assert.Equal("High-value leads, push first", body.RootElement.GetProperty("description").GetString());
        Assert.Equal("Parallel", body.RootElement.GetProperty("type").GetString());
        Assert.Equal(5, body.RootElement.GetProperty("max_parallel_items").GetInt32());
        // The response example of the spec, read into the generated records.
        Assert.True(created.Success);
        Assert.Equal("Pool created successfully", created.Message);
        var data = Assert.IsType<PostPoolsResponseData>(created.Data);
        Assert.Equal(new Guid("3c90c3cc-0d44-4b50-8888-8dd25736052a"), data.Uuid);
        Assert.Equal("FIFO", data.Type);
        Assert.Equal(123L, data.ContactsCount);
        Assert.True(data.IsActive);
        Assert.Equal(new DateTimeOffset(2023, 11, 7, 5, 31, 56, TimeSpan.Zero), data.CreatedAt);
    }

    [Fact]
    public async Task Mindhunters_get_connector_puts_the_uuid_in_the_path_and_reads_the_item()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(200, $$$"""{"success":true,"data":{"pbx_extension_connector_uuid":"{{{FixedGuid}}}","name":"Front desk","status":"active","agent_uuid":null,"connection_type":"tls","created_at":"2024-05-06T07:08:09+02:00"}}"""));
        var client = MindhuntersOn(server);

        var response = await client.PBXExtensionConnectors.GetAsync(FixedGuid);

        Assert.Equal($"/api/v1/pbx_extension_connectors/{FixedGuid}", server.Single.RawTarget);
        var item = Assert.IsType<PbxExtensionConnectorItem>(response.Data);
        Assert.Equal(FixedGuid, item.PbxExtensionConnectorUuid);
        Assert.Equal("Front desk", item.Name);
        Assert.Equal("active", item.Status?.ToString());
        Assert.Null(item.AgentUuid);
        Assert.Equal("tls", item.ConnectionType?.ToString());
        Assert.Equal(new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.FromHours(2)), item.CreatedAt);
    }

    [Fact]
    public async Task Mindhunters_get_connector_404_keeps_the_body_the_spec_does_not_describe()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(404, """{"success":false,"message":"Not found"}"""));
        var client = MindhuntersOn(server, token: null);

        var exception = await Assert.ThrowsAsync<ApiException>(() => client.PBXExtensionConnectors.GetAsync(FixedGuid));

        Assert.Equal(404, exception.StatusCode);
        Assert.Equal("""{"success":false,"message":"Not found"}""", exception.ResponseBody);
    }

    private static async Task FirstOperationGoesOutAsSpecifiedAsync(
        JsonElement spec, string tag, Type clientInterface, IJsonTypeInfoResolver resolver, Func<HttpClient, string, object> createClient)
    {
        var (path, verb, pathItem, operation) = FirstOperation(spec, tag);
        var basePath = new Uri(spec.GetProperty("servers")[0].GetProperty("url").GetString()!.Replace("{", "").Replace("}", "")).AbsolutePath.TrimEnd('/');
        var ownServer = ServerOf(operation) ?? ServerOf(pathItem);
        var parameters = Parameters(pathItem, operation);

        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => SuccessReply(operation));
        var redirect = new RedirectingHandler(server.BaseAddress) { InnerHandler = new SocketsHttpHandler() };
        using var http = new HttpClient(redirect);
        var client = createClient(http, server.BaseAddress + basePath.TrimStart('/'));

        var (group, groupType) = tag.Length == 0
            ? (client, clientInterface)
            : GroupOf(client, clientInterface, tag);
        var method = groupType.GetMethods()
            .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal) && !m.Name.EndsWith("WithResponseAsync", StringComparison.Ordinal) && !m.Name.EndsWith("AllAsync", StringComparison.Ordinal))
            .OrderBy(m => m.MetadataToken)
            .First();
        var options = new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine(resolver, new DefaultJsonTypeInfoResolver()) };
        var bodyJson = JsonRequestBody(spec, operation);
        var arguments = method.GetParameters().Select(p => Argument(p, bodyJson, options)).ToArray();

        var task = (Task)method.Invoke(group, arguments)!;
        await task;
        if (task.GetType().GetProperty("Result")?.GetValue(task) is IDisposable disposable)
        {
            disposable.Dispose();
        }

        var request = server.Single;
        var expectedPath = ExpectedPath(path, parameters);
        Assert.Equal(verb.ToUpperInvariant(), request.Method);
        if (ownServer is null)
        {
            Assert.Equal(basePath + expectedPath, request.RawTarget.Split('?')[0]);
            Assert.Equal(server.BaseAddress.Authority, Assert.Single(redirect.Requested).Authority);
        }
        else
        {
            // An operation with servers of its own goes there, whatever the client's base URL.
            Assert.Equal(ownServer.TrimEnd('/') + expectedPath, Assert.Single(redirect.Requested).GetLeftPart(UriPartial.Path));
        }

        Assert.Equal(
            parameters.Where(p => p.GetProperty("in").GetString() == "query" && IsRequired(p))
                .Select(p => p.GetProperty("name").GetString() + "=" + Uri.EscapeDataString(SampleText(p.GetProperty("schema"))))
                .OrderBy(pair => pair, StringComparer.Ordinal),
            request.Query.Split('&', StringSplitOptions.RemoveEmptyEntries).OrderBy(pair => pair, StringComparer.Ordinal));

        var security = operation.TryGetProperty("security", out var own) ? own : spec.TryGetProperty("security", out var global) ? global : default;
        var needsBearer = security.ValueKind == JsonValueKind.Array && security.EnumerateArray().Any(r => r.TryGetProperty("bearerAuth", out _));
        Assert.Equal(needsBearer ? "Bearer tok" : null, request.Header("Authorization"));

        if (bodyJson is not null)
        {
            Assert.StartsWith("application/json", request.ContentType);
            var sent = JsonNode.Parse(request.Body)!.AsObject();
            foreach (var (name, value) in JsonNode.Parse(bodyJson)!.AsObject())
            {
                Assert.True(JsonNode.DeepEquals(value, sent[name]), $"Body member '{name}': expected {value?.ToJsonString()}, sent {sent[name]?.ToJsonString()}.");
            }
        }
        else if (operation.TryGetProperty("requestBody", out var body) && body.GetProperty("content").TryGetProperty("multipart/form-data", out var multipart))
        {
            Assert.StartsWith("multipart/form-data", request.ContentType);
            foreach (var name in multipart.GetProperty("schema").GetProperty("required").EnumerateArray())
            {
                Assert.Contains($"name=\"{name.GetString()}\"", request.BodyText, StringComparison.Ordinal);
            }
        }
    }

    private static JsonElement ReadSpec(string folder, string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(RepoRoot, "specs", folder, file)));
        return document.RootElement.Clone();
    }

    private static IEnumerable<(string Path, string Verb, JsonElement PathItem, JsonElement Operation)> Operations(JsonElement spec) =>
        spec.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject()
            .Where(member => HttpMethods.Contains(member.Name))
            .Select(member => (path.Name, member.Name, path.Value, member.Value)));

    private static string[] TagNames(JsonElement operation) =>
        operation.TryGetProperty("tags", out var tags) && tags.GetArrayLength() > 0
            ? tags.EnumerateArray().Select(t => t.GetString()!).ToArray()
            : new[] { "" };

    /// <summary>Every tag with an operation, in first-use order; "" stands for untagged operations, which live on the client.</summary>
    private static TheoryData<string> TagsOf(JsonElement spec) =>
        new(Operations(spec).SelectMany(op => TagNames(op.Operation)).Distinct());

    private static (string Path, string Verb, JsonElement PathItem, JsonElement Operation) FirstOperation(JsonElement spec, string tag) =>
        Operations(spec).First(op => TagNames(op.Operation).Contains(tag));

    private static (object Group, Type Type) GroupOf(object client, Type clientInterface, string tag)
    {
        var name = new string(tag.Where(char.IsLetterOrDigit).ToArray());
        var property = clientInterface.GetProperties().Single(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        return (property.GetValue(client)!, property.PropertyType);
    }

    private static string? ServerOf(JsonElement element) =>
        element.TryGetProperty("servers", out var servers) && servers.GetArrayLength() > 0 ? servers[0].GetProperty("url").GetString() : null;

    /// <summary>The path item's parameters and the operation's, an operation's one replacing the path item's of the same name and place.</summary>
    private static List<JsonElement> Parameters(JsonElement pathItem, JsonElement operation) =>
        new[] { pathItem, operation }
            .SelectMany(owner => owner.TryGetProperty("parameters", out var list) ? list.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .GroupBy(p => (p.GetProperty("name").GetString(), p.GetProperty("in").GetString()))
            .Select(same => same.Last())
            .ToList();

    private static bool IsRequired(JsonElement parameter) => parameter.TryGetProperty("required", out var required) && required.GetBoolean();

    private static string ExpectedPath(string template, List<JsonElement> parameters) =>
        parameters.Where(p => p.GetProperty("in").GetString() == "path")
            .Aggregate(template, (path, p) => path.Replace("{" + p.GetProperty("name").GetString() + "}", Uri.EscapeDataString(SampleText(p.GetProperty("schema")))));

    /// <summary>The text of the value <see cref="Argument"/> builds for a parameter of this schema.</summary>
    private static string SampleText(JsonElement schema) =>
        schema.TryGetProperty("enum", out var values) ? values[0].GetString()!
        : schema.TryGetProperty("format", out var format) && format.GetString() == "uuid" ? FixedGuid.ToString()
        : TypeOf(schema) switch { "integer" or "number" => "1", "boolean" => "true", _ => "x-1" };

    private static string? TypeOf(JsonElement schema) =>
        !schema.TryGetProperty("type", out var type) ? null
        : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()).First(t => t != "null")
        : type.GetString();

    /// <summary>The JSON body the call sends: the operation's example, else its required members; null when it takes none.</summary>
    private static string? JsonRequestBody(JsonElement spec, JsonElement operation) =>
        operation.TryGetProperty("requestBody", out var body) && body.GetProperty("content").TryGetProperty("application/json", out var media)
            ? media.TryGetProperty("example", out var example) ? example.GetRawText() : Minimal(spec, media.GetProperty("schema")).ToJsonString()
            : null;

    private static JsonNode Minimal(JsonElement spec, JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            schema = reference.GetString()!.TrimStart('#', '/').Split('/').Aggregate(spec, (node, part) => node.GetProperty(part));
        }

        var required = schema.TryGetProperty("required", out var names) ? names.EnumerateArray().Select(n => n.GetString()!) : Enumerable.Empty<string>();
        return schema.TryGetProperty("enum", out var values) ? JsonNode.Parse(values[0].GetRawText())!
            : TypeOf(schema) switch
            {
                "integer" or "number" => JsonValue.Create(1),
                "boolean" => JsonValue.Create(true),
                "array" => new JsonArray(),
                "string" => JsonValue.Create(SampleText(schema))!,
                _ => new JsonObject(required.Select(name => KeyValuePair.Create(name, (JsonNode?)Minimal(spec, schema.GetProperty("properties").GetProperty(name))))),
            };
    }

    /// <summary>A value for one parameter, by its CLR type: optional ones keep their defaults.</summary>
    private static object? Argument(ParameterInfo parameter, string? bodyJson, JsonSerializerOptions options)
    {
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        return type == typeof(CancellationToken) ? CancellationToken.None
            : parameter.HasDefaultValue ? parameter.DefaultValue
            : parameter.Name == "body" && bodyJson is not null ? JsonSerializer.Deserialize(bodyJson, parameter.ParameterType, options)
            : type.GetProperty("KnownValues", BindingFlags.Public | BindingFlags.Static) is { } known ? ((IEnumerable)known.GetValue(null)!).Cast<object>().First()
            : type.Name == "FilePart" ? Activator.CreateInstance(type, new MemoryStream(Encoding.ASCII.GetBytes("x-1")), "x-1.png", "image/png")
            : type == typeof(string) ? "x-1"
            : type == typeof(bool) ? true
            : type == typeof(Guid) ? FixedGuid
            : type == typeof(DateOnly) ? new DateOnly(2024, 1, 2)
            : type == typeof(DateTimeOffset) ? new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero)
            : type.IsPrimitive || type == typeof(decimal) ? Convert.ChangeType(1, type, CultureInfo.InvariantCulture)
            : throw new NotSupportedException($"No sample argument for {parameter.Name} of type {parameter.ParameterType}.");
    }

    private static ScriptedResponse SuccessReply(JsonElement operation)
    {
        var success = operation.GetProperty("responses").EnumerateObject().First(r => r.Name.StartsWith('2'));
        var contentType = success.Value.TryGetProperty("content", out var content) ? content.EnumerateObject().Select(c => c.Name).FirstOrDefault() : null;
        return contentType switch
        {
            null => ScriptedResponse.Empty(204),
            "application/json" => ScriptedResponse.Json(int.Parse(success.Name, CultureInfo.InvariantCulture), "{}"),
            _ when contentType.StartsWith("text/", StringComparison.Ordinal) => ScriptedResponse.Text(200, "x-1", contentType),
            _ => ScriptedResponse.Bytes(200, new byte[] { 1, 2, 3 }, contentType),
        };
    }

    private static string ResponseExample(JsonElement spec, string path, string verb) =>
        spec.GetProperty("paths").GetProperty(path).GetProperty(verb).GetProperty("responses").GetProperty("200")
            .GetProperty("content").GetProperty("application/json").GetProperty("example").GetRawText();

    /// <summary>Notes where each request was aimed, then delivers it to the recording server, so other hosts reach the test too.</summary>
    private sealed class RedirectingHandler : DelegatingHandler
    {
        private readonly Uri _server;

        public RedirectingHandler(Uri server) => _server = server;

        public List<Uri> Requested { get; } = new();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var uri = request.RequestUri!;
            Requested.Add(uri);
            request.RequestUri = new UriBuilder(uri) { Scheme = _server.Scheme, Host = _server.Host, Port = _server.Port }.Uri;
            return base.SendAsync(request, cancellationToken);
        }
    }
}
