using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using SpecForge.Runtime.Client;
using Xunit;

namespace SpecForge.Runtime.Tests.Client;

/// <summary>
/// The list and map loops every generated list or map method hands its item reader or writer to
/// (<see cref="JsonCodec.ReadList{T}"/>, <see cref="JsonCodec.WriteList{T}"/>, <see cref="JsonCodec.ReadMap{T}"/>,
/// <see cref="JsonCodec.WriteMap{T}"/>), and <see cref="JsonCodec.Scores"/>, which scores a union's object branches.
/// </summary>
public sealed class CollectionCodecTests
{
    private static readonly JsonCodec.ReadFunc<string?> ReadString = (ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : reader.GetString();

    private static readonly JsonCodec.WriteFunc<string?> WriteString = (writer, item, payload) =>
    {
        if (item is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(item + ":" + payload);
        }
    };

    [Fact]
    public void A_list_is_read_item_by_item_in_order_and_the_reader_is_left_on_its_end()
    {
        var reader = At("""[["a","b"],"c"]""");

        var items = JsonCodec.ReadList(ref reader, rejectsNull: true, static (ref Utf8JsonReader r) =>
            r.TokenType == JsonTokenType.StartArray ? string.Join("+", JsonCodec.ReadList(ref r, true, ReadString)) : r.GetString());

        Assert.Equal(new[] { "a+b", "c" }, items);
        Assert.Equal(JsonTokenType.EndArray, reader.TokenType);
    }

    [Fact]
    public void A_null_item_is_an_error_naming_its_index_only_when_the_items_reject_null()
    {
        var error = Assert.Throws<JsonException>(() => ReadStrings("""["a",null]""", rejectsNull: true));

        Assert.Equal("Item 1 of the array must not be null.", error.Message);
        Assert.Equal(new[] { "a", null }, ReadStrings("""["a",null]""", rejectsNull: false));
    }

    [Fact]
    public void Anything_but_an_array_is_an_error()
    {
        var error = Assert.Throws<JsonException>(() => ReadStrings("""{"a":"b"}""", rejectsNull: true));

        Assert.Equal("Expected an array but found StartObject.", error.Message);
    }

    [Fact]
    public void A_list_or_any_other_read_only_list_is_written_in_order_with_the_payload_handed_to_each_item()
    {
        var fromArray = Written(writer => JsonCodec.WriteList(writer, new[] { "a", null, "b" }, JsonPayload.Request, WriteString));
        var fromList = Written(writer => JsonCodec.WriteList(writer, new List<string?> { "a", null, "b" }, JsonPayload.Request, WriteString));

        Assert.Equal("""["a:Request",null,"b:Request"]""", fromArray);
        Assert.Equal(fromArray, fromList);
    }

    [Fact]
    public void A_map_is_read_by_member_name_and_a_null_value_is_an_error_only_when_values_reject_null()
    {
        var map = ReadMapOfStrings("""{"x":"1","y":null}""", rejectsNull: false);

        Assert.Equal(new Dictionary<string, string?> { ["x"] = "1", ["y"] = null }, map);
        var error = Assert.Throws<JsonException>(() => ReadMapOfStrings("""{"x":"1","y":null}""", rejectsNull: true));
        Assert.Equal("'y' of map must not be null.", error.Message);
    }

    [Fact]
    public void A_map_is_written_member_by_member()
    {
        var json = Written(writer => JsonCodec.WriteMap(writer, new Dictionary<string, string?> { ["x"] = "1", ["y"] = null }, JsonPayload.Any, WriteString));

        Assert.Equal("""{"x":"1:Any","y":null}""", json);
    }

    [Fact]
    public void Each_shape_scores_as_Score_does_and_a_map_branch_scores_the_least_a_readable_branch_does()
    {
        var members = new Dictionary<string, string?> { ["kind"] = "dog", ["name"] = "Rex" };
        var dog = new JsonCodec.BranchShape(new[] { "name" }, new[] { "kind", "name" }, new[] { "kind" }, new[] { "dog" });
        var cat = new JsonCodec.BranchShape(new[] { "lives" }, new[] { "lives" }, new string[0], new string[0]);

        var scores = JsonCodec.Scores(members, new[] { dog, null, cat });

        Assert.Equal(
            new[] { JsonCodec.Score(members, dog.Required, dog.Known, dog.TagNames, dog.TagValues), 1, -1 },
            scores);
        Assert.True(scores[0] > 1);
    }

    [Fact]
    public void Member_names_keep_strings_and_integers_for_the_tags_and_nothing_else()
    {
        var members = JsonCodec.MemberNames(At("""{"type":6,"object":"card","ratio":1.5,"big":-9007199254740993,"nested":{"type":7}}"""));

        Assert.Equal(
            new Dictionary<string, string?> { ["type"] = "6", ["object"] = "card", ["ratio"] = null, ["big"] = "-9007199254740993", ["nested"] = null },
            members);
    }

    private static Utf8JsonReader At(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return reader;
    }

    private static List<string?> ReadStrings(string json, bool rejectsNull)
    {
        var reader = At(json);
        return JsonCodec.ReadList(ref reader, rejectsNull, ReadString);
    }

    private static Dictionary<string, string?> ReadMapOfStrings(string json, bool rejectsNull)
    {
        var reader = At(json);
        return JsonCodec.ReadMap(ref reader, rejectsNull, ReadString);
    }

    private static string Written(System.Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
