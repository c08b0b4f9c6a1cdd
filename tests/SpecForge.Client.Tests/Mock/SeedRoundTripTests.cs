using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Mindhunters;
using TrustPager;

namespace SpecForge.Client.Tests.Mock;

/// <summary>
/// Every operation of both seed APIs that sends or receives JSON, called through its generated client against the
/// generated in-process mock: arguments (path, query, body) are synthesized from the spec's own schemas, so the client
/// validates them, the mock validates the request and answers, and the client reads a typed result.
/// </summary>
public sealed class SeedRoundTripTests
{
    private static readonly string[] HttpMethods = { "get", "put", "post", "delete", "options", "head", "patch", "trace" };

    public static TheoryData<string> TrustPagerOperations => JsonOperations(TrustPagerSeed.Value);

    public static TheoryData<string> MindhuntersOperations => JsonOperations(MindhuntersSeed.Value);

    private static readonly Lazy<Seed> TrustPagerSeed = new(() => new Seed(
        TrustPagerMock.SpecJson.ToArray(),
        typeof(ITrustPagerClient),
        new TrustPagerClientJsonResolver(),
        (schema, seed) => new global::SpecForge.Client.Tests.SpecForge.Mocking.SchemaSynthesizer(new global::SpecForge.Client.Tests.SpecForge.Mocking.MockDocument(schema.Root), new global::SpecForge.Client.Tests.SpecForge.Validation.SchemaValidator(schema.Root))
            .Synthesize(schema.Schema, seed, global::SpecForge.Client.Tests.SpecForge.Validation.SchemaDirection.Request),
        http => new TrustPagerClient(http, new TrustPagerClientOptions { BaseUrl = "http://mock.test/", BearerAuthToken = "tok" }),
        () => new TrustPagerMockHandler()));

    private static readonly Lazy<Seed> MindhuntersSeed = new(() => new Seed(
        MindhuntersMock.SpecJson.ToArray(),
        typeof(IMindhuntersClient),
        new MindhuntersClientJsonResolver(),
        (schema, seed) => new global::SpecForge.Client.Tests.SpecForge.Mocking.SchemaSynthesizer(new global::SpecForge.Client.Tests.SpecForge.Mocking.MockDocument(schema.Root), new global::SpecForge.Client.Tests.SpecForge.Validation.SchemaValidator(schema.Root))
            .Synthesize(schema.Schema, seed, global::SpecForge.Client.Tests.SpecForge.Validation.SchemaDirection.Request),
        http => new MindhuntersClient(http, new MindhuntersClientOptions { BaseUrl = "http://mock.test/", BearerAuthToken = "tok" }),
        () => new MindhuntersMockHandler()));

    [Theory]
    [MemberData(nameof(TrustPagerOperations))]
    public Task TrustPager_operation_round_trips_through_the_mock(string operation) => RoundTripAsync(TrustPagerSeed.Value, operation);

    [Theory]
    [MemberData(nameof(MindhuntersOperations))]
    public Task Mindhunters_operation_round_trips_through_the_mock(string operation) => RoundTripAsync(MindhuntersSeed.Value, operation);

    private static async Task RoundTripAsync(Seed seed, string key)
    {
        var operation = seed.Operations.Single(o => o.Key == key);
        using var http = new HttpClient(seed.CreateHandler());
        var client = seed.CreateClient(http);
        var (target, method) = seed.MethodOf(client, operation);
        var arguments = method.GetParameters().Select(p => seed.Argument(p, operation)).ToArray();

        var returned = method.Invoke(target, arguments)!;
        if (returned is not Task task)
        {
            // A stream of events (TrustPager's agent chat): the mock's answer must read as at least one item.
            Assert.True(await FirstItemAsync(returned), $"{key}: {method.Name} streamed nothing.");
            return;
        }

        await task;

        if (method.ReturnType.IsGenericType)
        {
            var result = task.GetType().GetProperty("Result")!.GetValue(task);
            Assert.True(result is not null && !(result is JsonElement { ValueKind: JsonValueKind.Undefined }), $"{key}: {method.Name} returned nothing.");
            (result as IDisposable)?.Dispose();
        }
    }

    private static async Task<bool> FirstItemAsync(object stream)
    {
        // Async iterators implement the interfaces explicitly, so the methods are found on the interfaces.
        var enumerable = stream.GetType().GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>));
        var enumerator = enumerable.GetMethod("GetAsyncEnumerator")!.Invoke(stream, new object[] { CancellationToken.None })!;
        var enumeratorType = typeof(IAsyncEnumerator<>).MakeGenericType(enumerable.GetGenericArguments());
        var moveNext = (ValueTask<bool>)enumeratorType.GetMethod("MoveNextAsync")!.Invoke(enumerator, null)!;
        var hasItem = await moveNext;
        await ((IAsyncDisposable)enumerator).DisposeAsync();
        return hasItem;
    }

    // Operations with servers of their own (four TrustPager ones) are included: the client sends them to that server's
    // base path, which the mock strips like the document's.
    private static TheoryData<string> JsonOperations(Seed seed) =>
        new(seed.Operations.Where(o => o.SendsJson || o.ReceivesJson).Select(o => o.Key));

    /// <summary>One spec operation: where it lives in the document and whether JSON goes either way.</summary>
    private sealed record SpecOperation(string Key, string Tag, JsonElement PathItem, JsonElement Operation, bool SendsJson, bool ReceivesJson);

    /// <summary>A value schema with the document its <c>$ref</c>s resolve in.</summary>
    private readonly record struct SchemaInDocument(JsonElement Root, JsonElement Schema);

    /// <summary>One seed API: its spec as the mock embeds it, its client, and how to make valid values for it.</summary>
    private sealed class Seed
    {
        private readonly Type _clientInterface;
        private readonly Func<SchemaInDocument, ulong, byte[]> _synthesize;
        private readonly JsonSerializerOptions _json;

        public Seed(byte[] spec, Type clientInterface, IJsonTypeInfoResolver resolver, Func<SchemaInDocument, ulong, byte[]> synthesize, Func<HttpClient, object> createClient, Func<HttpMessageHandler> createHandler)
        {
            Root = JsonDocument.Parse(spec).RootElement;
            _clientInterface = clientInterface;
            _synthesize = synthesize;
            _json = new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine(resolver, new DefaultJsonTypeInfoResolver()) };
            CreateClient = createClient;
            CreateHandler = createHandler;
            Operations = Root.GetProperty("paths").EnumerateObject()
                .SelectMany(path => path.Value.EnumerateObject().Where(m => HttpMethods.Contains(m.Name)).Select(m => ToOperation(path, m)))
                .ToList();
        }

        public JsonElement Root { get; }

        public IReadOnlyList<SpecOperation> Operations { get; }

        public Func<HttpClient, object> CreateClient { get; }

        public Func<HttpMessageHandler> CreateHandler { get; }

        /// <summary>
        /// The client method of an operation: a tag's operations are its group's methods in document order (the
        /// generator emits them so), untagged ones the client's own.
        /// </summary>
        public (object Target, MethodInfo Method) MethodOf(object client, SpecOperation operation)
        {
            var (target, type) = operation.Tag.Length == 0 ? (client, _clientInterface) : GroupOf(client, operation.Tag);
            var methods = type.GetMethods()
                .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal) && !m.Name.EndsWith("WithResponseAsync", StringComparison.Ordinal) && !m.Name.EndsWith("AllAsync", StringComparison.Ordinal))
                .OrderBy(m => m.MetadataToken)
                .ToList();
            var siblings = Operations.Where(o => o.Tag == operation.Tag).ToList();
            Assert.True(methods.Count == siblings.Count, $"Tag '{operation.Tag}': {methods.Count} methods for {siblings.Count} operations.");
            return (target, methods[siblings.IndexOf(operation)]);
        }

        public object? Argument(ParameterInfo parameter, SpecOperation operation)
        {
            if (parameter.ParameterType == typeof(CancellationToken) || parameter.HasDefaultValue)
            {
                return parameter.ParameterType == typeof(CancellationToken) ? CancellationToken.None : parameter.DefaultValue;
            }

            if (parameter.ParameterType.Name == "FilePart")
            {
                return Activator.CreateInstance(parameter.ParameterType, new MemoryStream(new byte[] { 0x89, 0x50, 0x4E, 0x47 }), "logo.png", "image/png");
            }

            var schema = parameter.Name == "body" ? BodySchema(operation) : ParameterSchema(operation, parameter.Name!) ?? MultipartFieldSchema(operation, parameter.Name!);
            var json = _synthesize(new SchemaInDocument(Root, schema), (ulong)operation.Key.GetHashCode(StringComparison.Ordinal));
            return JsonSerializer.Deserialize(json, parameter.ParameterType, _json);
        }

        private static (object, Type) GroupOf(object client, string tag)
        {
            var name = new string(tag.Where(char.IsLetterOrDigit).ToArray());
            var property = client.GetType().GetInterfaces().SelectMany(i => i.GetProperties())
                .First(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
            return (property.GetValue(client)!, property.PropertyType);
        }

        private SpecOperation ToOperation(JsonProperty path, JsonProperty method)
        {
            var operation = method.Value;
            var tag = operation.TryGetProperty("tags", out var tags) && tags.GetArrayLength() > 0 ? tags[0].GetString()! : string.Empty;
            var sendsJson = operation.TryGetProperty("requestBody", out var body) && Resolve(body).GetProperty("content").TryGetProperty("application/json", out _);
            var receivesJson = operation.GetProperty("responses").EnumerateObject()
                .Where(r => r.Name.StartsWith('2'))
                .Any(r => Resolve(r.Value).TryGetProperty("content", out var content) && content.EnumerateObject().Any(c => c.Name.Contains("json", StringComparison.Ordinal)));
            return new SpecOperation($"{method.Name.ToUpperInvariant()} {path.Name}", tag, path.Value, operation, sendsJson, receivesJson);
        }

        private JsonElement BodySchema(SpecOperation operation) =>
            Resolve(operation.Operation.GetProperty("requestBody")).GetProperty("content").GetProperty("application/json").GetProperty("schema");

        // Parameter names become camelCase C# names; comparing letters and digits only finds the spec's one.
        private JsonElement? ParameterSchema(SpecOperation operation, string name)
        {
            var parameters = new[] { operation.PathItem, operation.Operation }
                .SelectMany(owner => owner.TryGetProperty("parameters", out var list) ? list.EnumerateArray() : Enumerable.Empty<JsonElement>())
                .Select(Resolve);
            var parameter = parameters.LastOrDefault(p => Letters(p.GetProperty("name").GetString()!) == Letters(name.TrimStart('@')));
            return parameter.ValueKind == JsonValueKind.Undefined ? null : parameter.GetProperty("schema");
        }

        // Multipart bodies are flattened into one argument per property.
        private JsonElement MultipartFieldSchema(SpecOperation operation, string name) =>
            Resolve(operation.Operation.GetProperty("requestBody")).GetProperty("content").GetProperty("multipart/form-data").GetProperty("schema")
                .GetProperty("properties").EnumerateObject().Single(p => Letters(p.Name) == Letters(name.TrimStart('@'))).Value;

        private JsonElement Resolve(JsonElement element) =>
            element.TryGetProperty("$ref", out var reference)
                ? reference.GetString()!.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries)
                    .Aggregate(Root, (node, part) => node.GetProperty(part.Replace("~1", "/").Replace("~0", "~")))
                : element;

        private static string Letters(string name) => new string(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
    }
}
