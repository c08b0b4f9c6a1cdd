using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SpecForge.Serialization.Tests;

/// <summary>System.Text.Json driven only by the generated resolvers, as a trimmed or AOT app would use it.</summary>
internal static class JsonText
{
    public static readonly JsonSerializerOptions Options = new()
    {
        TypeInfoResolver = JsonTypeInfoResolver.Combine(new Types31.Types31ClientJsonResolver(), new Types30.Types30ClientJsonResolver(), new Types2.Types2ClientJsonResolver(), new NullableReference30.NullableReference30ClientJsonResolver()),
    };

    public static string Write<T>(T value, JsonSerializerOptions? options = null) => JsonSerializer.Serialize(value, options ?? Options);

    public static T Read<T>(string json, JsonSerializerOptions? options = null) => JsonSerializer.Deserialize<T>(json, options ?? Options)!;

    /// <summary>Options whose converters write what a request (or a response) may carry.</summary>
    public static JsonSerializerOptions For(global::SpecForge.Serialization.Tests.SpecForge.JsonPayload payload) => new() { TypeInfoResolver = new Types31.Types31ClientJsonResolver(payload) };

    public static string Utf8(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
