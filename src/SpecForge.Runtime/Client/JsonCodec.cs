// Shared runtime: the reading and writing helpers every generated converter and client calls.
namespace SpecForge.Runtime.Client
{
    /// <summary>Reading and writing helpers shared by the generated converters and clients.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static partial class JsonCodec
    {
        /// <summary>Reads one value; the reader is on its first token and is left on its last.</summary>
        public delegate T ReadFunc<T>(ref global::System.Text.Json.Utf8JsonReader reader);

        /// <summary>Reads the value at the reader as one branch of a union, by the branch's index.</summary>
        public delegate T ReadBranchFunc<T>(int branch, ref global::System.Text.Json.Utf8JsonReader reader);

        /// <summary>Writes one value.</summary>
        public delegate void WriteFunc<T>(global::System.Text.Json.Utf8JsonWriter writer, T value, JsonPayload payload);

        /// <summary>Reads a whole body; false when it is empty or JSON null.</summary>
        public static bool TryRead<T>(global::System.ReadOnlySpan<byte> json, ReadFunc<T> read, out T value) => TryRead(json, read, default, out value);

        /// <summary>Reads a whole body with the given reader options; false when it is empty or JSON null.</summary>
        public static bool TryRead<T>(global::System.ReadOnlySpan<byte> json, ReadFunc<T> read, global::System.Text.Json.JsonReaderOptions options, out T value)
        {
            var reader = new global::System.Text.Json.Utf8JsonReader(json, options);
            if (json.IsEmpty || !reader.Read() || reader.TokenType == global::System.Text.Json.JsonTokenType.Null)
            {
                value = default!;
                return false;
            }

            value = read(ref reader);
            return true;
        }

#if NETCOREAPP3_0_OR_GREATER
        // One buffer and writer per thread, reused: a body is written in one go, so only the result is allocated.
        [global::System.ThreadStatic]
        private static global::System.Buffers.ArrayBufferWriter<byte>? t_buffer;

        [global::System.ThreadStatic]
        private static global::System.Text.Json.Utf8JsonWriter? t_writer;

        /// <summary>Writes a whole body with the given writer options (indentation, encoder), on a writer of its own.</summary>
        public static byte[] Write<T>(T? value, WriteFunc<T> write, JsonPayload payload, global::System.Text.Json.JsonWriterOptions options)
        {
            var buffer = new global::System.Buffers.ArrayBufferWriter<byte>(4096);
            using (var writer = new global::System.Text.Json.Utf8JsonWriter(buffer, options))
            {
                WriteValue(writer, value, write, payload);
            }

            return buffer.WrittenSpan.ToArray();
        }

        /// <summary>Writes a whole body; null is written as JSON null.</summary>
        public static byte[] Write<T>(T? value, WriteFunc<T> write, JsonPayload payload)
        {
            var buffer = t_buffer ??= new global::System.Buffers.ArrayBufferWriter<byte>(4096);
            var writer = t_writer ??= new global::System.Text.Json.Utf8JsonWriter(buffer);
            try
            {
                WriteValue(writer, value, write, payload);
                writer.Flush();
                return buffer.WrittenSpan.ToArray();
            }
            finally
            {
                buffer.Clear();
                writer.Reset(buffer);
            }
        }
#else
        // ArrayBufferWriter is not public before .NET Core 3.0; a stream serves, at the cost of one copy.
        /// <summary>Writes a whole body with the given writer options (indentation, encoder).</summary>
        public static byte[] Write<T>(T? value, WriteFunc<T> write, JsonPayload payload, global::System.Text.Json.JsonWriterOptions options)
        {
            using var stream = new global::System.IO.MemoryStream();
            using (var writer = new global::System.Text.Json.Utf8JsonWriter(stream, options))
            {
                WriteValue(writer, value, write, payload);
            }

            return stream.ToArray();
        }

        /// <summary>Writes a whole body; null is written as JSON null.</summary>
        public static byte[] Write<T>(T? value, WriteFunc<T> write, JsonPayload payload) => Write(value, write, payload, default);
#endif

        private static void WriteValue<T>(global::System.Text.Json.Utf8JsonWriter writer, T? value, WriteFunc<T> write, JsonPayload payload)
        {
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                write(writer, value, payload);
            }
        }

        public static void ExpectToken(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonTokenType expected, string what)
        {
            if (reader.TokenType != expected)
            {
                throw new global::System.Text.Json.JsonException("Expected " + what + " but found " + reader.TokenType + ".");
            }
        }

        public static void RejectNullItem(ref global::System.Text.Json.Utf8JsonReader reader, int index)
        {
            if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null)
            {
                throw new global::System.Text.Json.JsonException("Item " + index + " of the array must not be null.");
            }
        }

        public static void RejectNull(ref global::System.Text.Json.Utf8JsonReader reader, string typeName, string member)
        {
            if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null)
            {
                throw new global::System.Text.Json.JsonException("'" + member + "' of " + typeName + " must not be null.");
            }
        }

        /// <summary>Encodes a converter's member names once, for its writes.</summary>
        public static global::System.Text.Json.JsonEncodedText[] Encode(params string[] names)
        {
            var encoded = new global::System.Text.Json.JsonEncodedText[names.Length];
            for (var i = 0; i < names.Length; i++)
            {
                encoded[i] = global::System.Text.Json.JsonEncodedText.Encode(names[i]);
            }

            return encoded;
        }

        public static global::System.Text.Json.JsonException Missing(string typeName, string member) =>
            new global::System.Text.Json.JsonException(typeName + " requires '" + member + "', which is missing.");

        /// <summary>The error for the first of <paramref name="required"/> whose bit in <paramref name="seen"/> is not set.</summary>
        public static global::System.Text.Json.JsonException Missing(string typeName, ulong seen, params string[] required)
        {
            var index = 0;
            while (index < required.Length - 1 && (seen & (1UL << index)) != 0)
            {
                index++;
            }

            return Missing(typeName, required[index]);
        }

#if NET6_0_OR_GREATER
        public static global::System.DateOnly ReadDate(ref global::System.Text.Json.Utf8JsonReader reader) =>
            global::System.DateOnly.ParseExact(reader.GetString()!, "yyyy-MM-dd", global::System.Globalization.CultureInfo.InvariantCulture);

        public static void WriteDate(global::System.Text.Json.Utf8JsonWriter writer, global::System.DateOnly value) =>
            writer.WriteStringValue(value.ToString("yyyy-MM-dd", global::System.Globalization.CultureInfo.InvariantCulture));

        public static global::System.TimeOnly ReadTime(ref global::System.Text.Json.Utf8JsonReader reader) =>
            global::System.TimeOnly.Parse(reader.GetString()!, global::System.Globalization.CultureInfo.InvariantCulture);

        public static void WriteTime(global::System.Text.Json.Utf8JsonWriter writer, global::System.TimeOnly value) =>
            writer.WriteStringValue(value.ToString("HH:mm:ss.FFFFFFF", global::System.Globalization.CultureInfo.InvariantCulture));
#else
        // Without DateOnly a date is a DateTime's date part (the generator maps format: date to DateTime there).
        public static global::System.DateTime ReadDate(ref global::System.Text.Json.Utf8JsonReader reader) =>
            global::System.DateTime.ParseExact(reader.GetString()!, "yyyy-MM-dd", global::System.Globalization.CultureInfo.InvariantCulture);

        public static void WriteDate(global::System.Text.Json.Utf8JsonWriter writer, global::System.DateTime value) =>
            writer.WriteStringValue(value.ToString("yyyy-MM-dd", global::System.Globalization.CultureInfo.InvariantCulture));
#endif

        // ISO 8601 durations (P1DT2H30M), the format JSON Schema's "duration" names; XmlConvert reads and writes exactly that.
        public static global::System.TimeSpan ReadDuration(ref global::System.Text.Json.Utf8JsonReader reader) =>
            global::System.Xml.XmlConvert.ToTimeSpan(reader.GetString()!);

        public static void WriteDuration(global::System.Text.Json.Utf8JsonWriter writer, global::System.TimeSpan value) =>
            writer.WriteStringValue(global::System.Xml.XmlConvert.ToString(value));

        public static global::System.Uri ReadUri(ref global::System.Text.Json.Utf8JsonReader reader) =>
            new global::System.Uri(reader.GetString()!, global::System.UriKind.RelativeOrAbsolute);

        /// <summary>The discriminator's value, read from a copy of the reader so the object can still be read whole.</summary>
        public static string? ReadDiscriminator(global::System.Text.Json.Utf8JsonReader reader, global::System.ReadOnlySpan<byte> name, string typeName)
        {
            ExpectToken(ref reader, global::System.Text.Json.JsonTokenType.StartObject, "an object for " + typeName);
            while (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)
            {
                var isDiscriminator = reader.ValueTextEquals(name);
                reader.Read();
                if (isDiscriminator)
                {
                    return reader.TokenType == global::System.Text.Json.JsonTokenType.String ? reader.GetString() : null;
                }

                reader.Skip();
            }

            return null;
        }

        public static global::System.Text.Json.JsonException UnknownDiscriminator(string typeName, string member, string? value, string known) =>
            new global::System.Text.Json.JsonException(value is null
                ? typeName + " needs '" + member + "' to tell which type it is (one of: " + known + ")."
                : "'" + value + "' is not a type of " + typeName + " (" + member + " is one of: " + known + ").");

        /// <summary>
        /// Reads an object as the union branch that fits it best (<paramref name="scores"/>, one per branch, from
        /// <see cref="Score"/>; zero or less never reads). Branches with the same members (Discord's integer, number and
        /// string choices) differ only deeper, so a branch that cannot read the value gives way to the next best, from
        /// the same place; when every fitting branch fails the first failure is thrown. Null when no branch fits.
        /// </summary>
        public static T? ReadBestFit<T>(ref global::System.Text.Json.Utf8JsonReader reader, int[] scores, ReadBranchFunc<T> read)
            where T : class
        {
            var start = reader;
            global::System.Exception? failure = null;
            while (true)
            {
                var best = -1;
                var bestScore = 0;
                for (var i = 0; i < scores.Length; i++)
                {
                    if (scores[i] > bestScore)
                    {
                        best = i;
                        bestScore = scores[i];
                    }
                }

                if (best < 0)
                {
                    break;
                }

                scores[best] = 0;
                try
                {
                    return read(best, ref reader);
                }
                catch (global::System.Exception ex) when (ex is global::System.Text.Json.JsonException || ex is global::System.FormatException || ex is global::System.InvalidOperationException)
                {
                    failure ??= ex;
                    reader = start;
                }
            }

            if (failure is not null)
            {
                global::System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
            }

            return null;
        }

        /// <summary>The member names of the object at the reader, from a copy of it, each with its value when that is a string or an integer (what branch tags are).</summary>
        public static global::System.Collections.Generic.Dictionary<string, string?> MemberNames(global::System.Text.Json.Utf8JsonReader reader)
        {
            var names = new global::System.Collections.Generic.Dictionary<string, string?>(global::System.StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                reader.Read();
                // An integer tag (Discord's "type": 6) is compared as its decimal text.
                names[name] = reader.TokenType == global::System.Text.Json.JsonTokenType.String ? reader.GetString()
                    : reader.TokenType == global::System.Text.Json.JsonTokenType.Number && reader.TryGetInt64(out var integer) ? integer.ToString(global::System.Globalization.CultureInfo.InvariantCulture)
                    : null;
                reader.Skip();
            }

            return names;
        }

        /// <summary>What <see cref="Score"/> weighs of one object branch of a union: its required and known members, and its tags.</summary>
        public sealed class BranchShape
        {
            public BranchShape(string[] required, string[] known, string[] tagNames, string[] tagValues)
            {
                Required = required;
                Known = known;
                TagNames = tagNames;
                TagValues = tagValues;
            }

            public string[] Required { get; }

            public string[] Known { get; }

            public string[] TagNames { get; }

            public string[] TagValues { get; }
        }

        /// <summary>
        /// The <see cref="Score"/> of each branch for <see cref="ReadBestFit"/>; a null shape is a map branch, which
        /// takes any object and so scores the least a readable branch does. One array per union, where each union used
        /// to declare four per branch.
        /// </summary>
        public static int[] Scores(global::System.Collections.Generic.Dictionary<string, string?> members, BranchShape?[] shapes)
        {
            var scores = new int[shapes.Length];
            for (var i = 0; i < shapes.Length; i++)
            {
                scores[i] = shapes[i] is { } shape ? Score(members, shape.Required, shape.Known, shape.TagNames, shape.TagValues) : 1;
            }

            return scores;
        }

        /// <summary>
        /// How well an object's members fit a branch: -1 when a required one is missing, more for each known one, much
        /// more when a tag member (one that allows listed strings or integers only; one entry per value) holds a listed value, and
        /// the least a readable branch scores when it holds another (an API may add values, so it stays a last resort).
        /// </summary>
        public static int Score(global::System.Collections.Generic.Dictionary<string, string?> members, string[] required, string[] known, string[] tagNames, string[] tagValues)
        {
            var bonus = 0;
            for (var i = 0; i < tagNames.Length; i++)
            {
                if (!members.TryGetValue(tagNames[i], out var value) || global::System.Array.IndexOf(tagNames, tagNames[i]) != i)
                {
                    continue;
                }

                var listed = false;
                for (var j = i; j < tagNames.Length && !listed; j++)
                {
                    listed = tagNames[j] == tagNames[i] && tagValues[j] == value;
                }

                if (!listed)
                {
                    return RequiredPresent(members, required) ? 1 : -1;
                }

                bonus += 8;
            }

            if (!RequiredPresent(members, required))
            {
                return -1;
            }

            var score = 1;
            foreach (var name in members.Keys)
            {
                score += global::System.Array.IndexOf(known, name) >= 0 ? 2 : -1;
            }

            return (score < 1 ? 1 : score) + bonus;
        }

        private static bool RequiredPresent(global::System.Collections.Generic.Dictionary<string, string?> members, string[] required)
        {
            foreach (var name in required)
            {
                if (!members.ContainsKey(name))
                {
                    return false;
                }
            }

            return true;
        }

        public static global::System.Text.Json.JsonException NoBranch(string typeName, global::System.Text.Json.JsonTokenType token) =>
            new global::System.Text.Json.JsonException("No branch of " + typeName + " accepts " + token + ".");
    }
}
