using System.Text.Json;
using SpecForge.Runtime;

namespace SpecForge.Runtime.Tests.Surface;

/// <summary>
/// The runtime's bases of the open enums' converters: a generated enum declares only <c>Wrap</c> and a nested converter
/// deriving from them, and gets its wire value back unchanged, listed or not, through JsonSerializer and the statics
/// the generated converters call.
/// </summary>
public sealed class OpenEnumConverterTests
{
    [Fact]
    public void A_string_enum_reads_and_writes_its_value_listed_or_not()
    {
        Assert.Equal("\"active\"", JsonSerializer.Serialize(Status.Active));
        Assert.Equal(Status.Active, JsonSerializer.Deserialize<Status>("\"active\""));
        Assert.Equal("added-later", JsonSerializer.Deserialize<Status>("\"added-later\"").Value);
        Assert.Equal("[\"added-later\",\"active\"]", JsonSerializer.Serialize(new[] { new Status("added-later"), Status.Active }));
    }

    [Fact]
    public void An_integer_enum_reads_and_writes_its_number()
    {
        Assert.Equal("7", JsonSerializer.Serialize(new Level(7)));
        Assert.Equal(42L, JsonSerializer.Deserialize<Level>("42").Value);
    }

    [Fact]
    public void The_statics_generated_converters_call_go_through_the_nested_converter()
    {
        var reader = new Utf8JsonReader("\"paused\""u8);
        reader.Read();

        Assert.Equal("paused", Status.JsonConverter.ReadValue(ref reader).Value);

        using var buffer = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Level.JsonConverter.WriteValue(writer, new Level(3), JsonPayload.Request);
        }

        Assert.Equal("3", System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    // Shaped as Enum.sbncs writes an open enum, with only what the converter needs.
    [System.Text.Json.Serialization.JsonConverter(typeof(JsonConverter))]
    private readonly struct Status : System.IEquatable<Status>, IStringEnum<Status>
    {
        public Status(string value) => Value = value;

        public static Status Active { get; } = new("active");

        public string Value { get; }

        public bool Equals(Status other) => Value == other.Value;

        Status IStringEnum<Status>.Wrap(string value) => new(value);

        public sealed class JsonConverter : StringEnumConverter<Status> { }
    }

    [System.Text.Json.Serialization.JsonConverter(typeof(JsonConverter))]
    private readonly struct Level : IIntegerEnum<Level>
    {
        public Level(long value) => Value = value;

        public long Value { get; }

        Level IIntegerEnum<Level>.Wrap(long value) => new(value);

        public sealed class JsonConverter : IntegerEnumConverter<Level> { }
    }
}
