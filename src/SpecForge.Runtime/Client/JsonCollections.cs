// Shared runtime: lists and maps, read and written item by item with the generated item readers and writers.
namespace SpecForge.Runtime.Client
{
    // One loop for every list and map of every SDK: each generated list or map method is then one line that hands
    // this its item reader or writer, where it used to spell the loop out (about 20 lines per element type).
    static partial class JsonCodec
    {
        /// <summary>Reads a JSON array with <paramref name="readItem"/>; when <paramref name="rejectsNull"/> a null item is an error.</summary>
        public static global::System.Collections.Generic.List<T> ReadList<T>(ref global::System.Text.Json.Utf8JsonReader reader, bool rejectsNull, ReadFunc<T> readItem)
        {
            ExpectToken(ref reader, global::System.Text.Json.JsonTokenType.StartArray, "an array");
            var items = new global::System.Collections.Generic.List<T>();
            while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndArray)
            {
                if (rejectsNull)
                {
                    RejectNullItem(ref reader, items.Count);
                }

                items.Add(readItem(ref reader));
            }

            return items;
        }

        /// <summary>Writes <paramref name="value"/> as a JSON array, each item with <paramref name="writeItem"/>.</summary>
        public static void WriteList<T>(global::System.Text.Json.Utf8JsonWriter writer, global::System.Collections.Generic.IReadOnlyList<T> value, JsonPayload payload, WriteFunc<T> writeItem)
        {
            writer.WriteStartArray();

            // What ReadList returns, and what most callers build: indexed without an interface call per item.
            if (value is global::System.Collections.Generic.List<T> list)
            {
                for (var i = 0; i < list.Count; i++)
                {
                    writeItem(writer, list[i], payload);
                }
            }
            else
            {
                for (var i = 0; i < value.Count; i++)
                {
                    writeItem(writer, value[i], payload);
                }
            }

            writer.WriteEndArray();
        }

        /// <summary>Reads a JSON object as a map with <paramref name="readItem"/>; when <paramref name="rejectsNull"/> a null value is an error.</summary>
        public static global::System.Collections.Generic.Dictionary<string, T> ReadMap<T>(ref global::System.Text.Json.Utf8JsonReader reader, bool rejectsNull, ReadFunc<T> readItem)
        {
            ExpectToken(ref reader, global::System.Text.Json.JsonTokenType.StartObject, "an object");
            var items = new global::System.Collections.Generic.Dictionary<string, T>(global::System.StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndObject)
            {
                var name = reader.GetString()!;
                reader.Read();
                if (rejectsNull)
                {
                    RejectNull(ref reader, "map", name);
                }

                items[name] = readItem(ref reader);
            }

            return items;
        }

        /// <summary>Writes <paramref name="value"/> as a JSON object, each value with <paramref name="writeItem"/>.</summary>
        public static void WriteMap<T>(global::System.Text.Json.Utf8JsonWriter writer, global::System.Collections.Generic.IReadOnlyDictionary<string, T> value, JsonPayload payload, WriteFunc<T> writeItem)
        {
            writer.WriteStartObject();
            foreach (var pair in value)
            {
                writer.WritePropertyName(pair.Key);
                writeItem(writer, pair.Value, payload);
            }

            writer.WriteEndObject();
        }
    }
}
