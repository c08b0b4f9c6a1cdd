using System.Text.Json;
using SpecForge.Runtime;

namespace SpecForge.Runtime.Tests.Surface;

/// <summary>
/// The runtime's base of every record's and union's nested converter: the converter declares one constructor, and a
/// resolver asks it for a converter per payload, which writes what that payload carries and reads alike.
/// </summary>
public sealed class ObjectConverterTests
{
    [Fact]
    public void The_converter_the_attribute_makes_writes_every_member()
    {
        Assert.Equal("""{"id":1,"secret":"s"}""", JsonSerializer.Serialize(new Account(1, "s")));
    }

    [Fact]
    public void A_converter_for_a_payload_writes_what_it_carries_and_reads_alike()
    {
        var converter = new Account.JsonConverter();
        var forRequests = new JsonSerializerOptions { Converters = { converter.For(JsonPayload.Request) } };
        var forResponses = new JsonSerializerOptions { Converters = { converter.For(JsonPayload.Response) } };

        Assert.Equal("""{"secret":"s"}""", JsonSerializer.Serialize(new Account(1, "s"), forRequests));
        Assert.Equal("""{"id":1}""", JsonSerializer.Serialize(new Account(1, "s"), forResponses));
        Assert.Equal(new Account(2, "t"), JsonSerializer.Deserialize<Account>("""{"id":2,"secret":"t"}""", forRequests));
        Assert.Same(converter, converter.For(JsonPayload.Any));
    }

    // What a generated record declares: readOnly "id" is left out of requests, writeOnly "secret" out of responses.
    [System.Text.Json.Serialization.JsonConverter(typeof(JsonConverter))]
    private sealed record Account(long Id, string Secret)
    {
        public sealed class JsonConverter : ObjectConverter<Account>
        {
            public JsonConverter() : base(ReadValue, WriteValue) { }

            private static Account ReadValue(ref Utf8JsonReader reader)
            {
                using var document = JsonDocument.ParseValue(ref reader);
                return new Account(document.RootElement.GetProperty("id").GetInt64(), document.RootElement.GetProperty("secret").GetString()!);
            }

            private static void WriteValue(Utf8JsonWriter writer, Account value, JsonPayload payload)
            {
                writer.WriteStartObject();
                if (payload != JsonPayload.Request)
                {
                    writer.WriteNumber("id", value.Id);
                }

                if (payload != JsonPayload.Response)
                {
                    writer.WriteString("secret", value.Secret);
                }

                writer.WriteEndObject();
            }
        }
    }
}
