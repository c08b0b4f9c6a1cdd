using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using SpecForge.SerializationBenchmarks.Generated;
using SpecForge.SerializationBenchmarks.HandWritten;
using Forge = SpecForge.SerializationBenchmarks.Generated;
using Hand = SpecForge.SerializationBenchmarks.HandWritten;

namespace SpecForge.SerializationBenchmarks;

/// <summary>
/// SpecForge's emitted converters against System.Text.Json's own source generator on the same order, both ways.
/// Each category (Serialize, Deserialize) has its own baseline, the STJ source-generated case, so every ratio compares
/// like with like. Both JsonSerializer cases go through a <see cref="JsonTypeInfo{T}"/> fetched once, so neither pays
/// a per-call type lookup the other does not.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SerializationBenchmarks
{
    public const string Serialize = "Serialize";
    public const string Deserialize = "Deserialize";

    private Hand.Order handOrder = null!;
    private Forge.Order forgeOrder = null!;
    private byte[] json = null!;
    private JsonTypeInfo<Hand.Order> stjTypeInfo = null!;
    private JsonTypeInfo<Forge.Order> forgeTypeInfo = null!;

    [GlobalSetup]
    public void Setup()
    {
        handOrder = SampleOrder.HandWritten();
        forgeOrder = SampleOrder.Generated();
        stjTypeInfo = HandWrittenJsonContext.Default.Order;
        forgeTypeInfo = Converters.ForgeTypeInfo();
        // Program has already checked that both sides write exactly these bytes.
        json = JsonSerializer.SerializeToUtf8Bytes(handOrder, stjTypeInfo);
    }

    [Benchmark(Baseline = true, Description = "STJ source-gen")]
    [BenchmarkCategory(Serialize)]
    public byte[] SerializeStj() => JsonSerializer.SerializeToUtf8Bytes(handOrder, stjTypeInfo);

    [Benchmark(Description = "SpecForge via JsonSerializer")]
    [BenchmarkCategory(Serialize)]
    public byte[] SerializeSpecForge() => JsonSerializer.SerializeToUtf8Bytes(forgeOrder, forgeTypeInfo);

    [Benchmark(Description = "SpecForge direct")]
    [BenchmarkCategory(Serialize)]
    public byte[] SerializeSpecForgeDirect() => Converters.WriteDirect(forgeOrder);

    [Benchmark(Baseline = true, Description = "STJ source-gen")]
    [BenchmarkCategory(Deserialize)]
    public Hand.Order? DeserializeStj() => JsonSerializer.Deserialize(json, stjTypeInfo);

    [Benchmark(Description = "SpecForge via JsonSerializer")]
    [BenchmarkCategory(Deserialize)]
    public Forge.Order? DeserializeSpecForge() => JsonSerializer.Deserialize(json, forgeTypeInfo);

    [Benchmark(Description = "SpecForge direct")]
    [BenchmarkCategory(Deserialize)]
    public Forge.Order DeserializeSpecForgeDirect() => Converters.ReadDirect(json);
}

/// <summary>The two ways a SpecForge user reaches the emitted converters.</summary>
internal static class Converters
{
    /// <summary>The public route: JsonSerializer with the generated resolver, as the comparison asks.</summary>
    public static JsonTypeInfo<Forge.Order> ForgeTypeInfo()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = new BenchClientJsonResolver() };
        return (JsonTypeInfo<Forge.Order>)options.GetTypeInfo(typeof(Forge.Order));
    }

    /// <summary>
    /// What the generated client sends as a request body: its codec drives <c>Order.JsonConverter.WriteValue</c>
    /// with a fresh Utf8JsonWriter, no JsonSerializer in between.
    /// </summary>
    public static byte[] WriteDirect(Forge.Order order) =>
        global::SpecForge.SerializationBenchmarks.SpecForge.Client.JsonCodec.Write(order, Forge.Order.JsonConverter.WriteValue, global::SpecForge.SerializationBenchmarks.SpecForge.JsonPayload.Request);

    /// <summary>What the generated client does with a response body: <c>Order.JsonConverter.ReadValue</c> on a Utf8JsonReader.</summary>
    public static Forge.Order ReadDirect(byte[] json) =>
        global::SpecForge.SerializationBenchmarks.SpecForge.Client.JsonCodec.TryRead(json, Forge.Order.JsonConverter.ReadValue, out var order)
            ? order
            : throw new JsonException("The order body was empty or null.");
}
