using System;
using System.Text.Json;
using Types31;

namespace SpecForge.Serialization.Tests;

/// <summary>Every string format and number type reads and writes in the form the OpenAPI format names.</summary>
public sealed class ScalarTests
{
    private const string Json = """{"int32":-7,"int64":9007199254740993,"integer":42,"float":1.5,"double":2.25,"decimal":10.01,"number":3,"dateTime":"2024-02-29T13:45:30+02:00","date":"2024-02-29","time":"13:45:30.5","duration":"P1DT2H30M","uuid":"6f9619ff-8b86-d011-b42d-00c04fc964ff","uri":"../relative/path","base64":"AQID","binary":"BAU=","email":"ada@example.test","flag":true}""";

    [Fact]
    public void Every_format_is_read_into_its_type()
    {
        var value = JsonText.Read<Scalars>(Json);

        Assert.Equal(-7, value.Int32);
        Assert.Equal(9007199254740993L, value.Int64);
        Assert.Equal(1.5f, value.Float);
        Assert.Equal(10.01m, value.Decimal);
        Assert.Equal(new DateTimeOffset(2024, 2, 29, 13, 45, 30, TimeSpan.FromHours(2)), value.DateTime);
        Assert.Equal(new DateOnly(2024, 2, 29), value.Date);
        Assert.Equal(new TimeOnly(13, 45, 30, 500), value.Time);
        Assert.Equal(new TimeSpan(1, 2, 30, 0), value.Duration);
        Assert.Equal(Guid.Parse("6f9619ff-8b86-d011-b42d-00c04fc964ff"), value.Uuid);
        Assert.False(value.Uri.IsAbsoluteUri);
        Assert.Equal(new byte[] { 1, 2, 3 }, value.Base64);
        Assert.Equal("ada@example.test", value.Email);
    }

    [Fact]
    public void Every_format_is_written_back_as_it_was_read()
    {
        Assert.Equal(Json, JsonText.Write(JsonText.Read<Scalars>(Json)));
    }

    [Fact]
    public void A_wrong_kind_of_value_is_a_JsonException_not_a_crash()
    {
        var wrong = Json.Replace("\"int32\":-7", "\"int32\":\"seven\"", StringComparison.Ordinal);

        Assert.ThrowsAny<JsonException>(() => JsonText.Read<Scalars>(wrong));
    }
}
