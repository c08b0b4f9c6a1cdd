// Shared runtime: what every generated open enum's converter does, so an enum declares its converter in one line.
// These are surface types, not plumbing: a public enum's nested converter derives from them, so they are as public as
// the SDK (and hidden from IntelliSense).
namespace SpecForge.Runtime
{
    /// <summary>A generated open enum of strings: the value it wraps, and how to wrap another.</summary>
    /// <typeparam name="T">The enum itself.</typeparam>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public interface IStringEnum<T>
        where T : struct, IStringEnum<T>
    {
        /// <summary>The value as the API sends it.</summary>
        string Value { get; }

        /// <summary>Wraps <paramref name="value"/>, listed or not.</summary>
        /// <param name="value">The value as the API sends it.</param>
        /// <returns>The enum holding <paramref name="value"/>.</returns>
        T Wrap(string value);
    }

    /// <summary>A generated open enum of integers: the value it wraps, and how to wrap another.</summary>
    /// <typeparam name="T">The enum itself.</typeparam>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public interface IIntegerEnum<T>
        where T : struct, IIntegerEnum<T>
    {
        /// <summary>The value as the API sends it.</summary>
        long Value { get; }

        /// <summary>Wraps <paramref name="value"/>, listed or not.</summary>
        /// <param name="value">The value as the API sends it.</param>
        /// <returns>The enum holding <paramref name="value"/>.</returns>
        T Wrap(long value);
    }

    /// <summary>Reads and writes a generated open enum of strings as its value; the enum's nested converter derives from it.</summary>
    /// <typeparam name="T">The enum.</typeparam>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public abstract class StringEnumConverter<T> : global::System.Text.Json.Serialization.JsonConverter<T>
        where T : struct, IStringEnum<T>
    {
        /// <summary>Reads the enum at the current token, a string.</summary>
        /// <param name="reader">The reader, at the value.</param>
        /// <returns>The enum, listed or not.</returns>
        public static T ReadValue(ref global::System.Text.Json.Utf8JsonReader reader) => default(T).Wrap(reader.GetString() ?? string.Empty);

        /// <summary>Writes the enum as a JSON string.</summary>
        /// <param name="writer">The writer.</param>
        /// <param name="value">The enum.</param>
        /// <param name="payload">Unused: an enum is written the same way in every payload.</param>
        public static void WriteValue(global::System.Text.Json.Utf8JsonWriter writer, T value, JsonPayload payload) => writer.WriteStringValue(value.Value);

        /// <inheritdoc/>
        public override T Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options) => ReadValue(ref reader);

        /// <inheritdoc/>
        public override void Write(global::System.Text.Json.Utf8JsonWriter writer, T value, global::System.Text.Json.JsonSerializerOptions options) => WriteValue(writer, value, JsonPayload.Any);
    }

    /// <summary>Reads and writes a generated open enum of integers as its value; the enum's nested converter derives from it.</summary>
    /// <typeparam name="T">The enum.</typeparam>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public abstract class IntegerEnumConverter<T> : global::System.Text.Json.Serialization.JsonConverter<T>
        where T : struct, IIntegerEnum<T>
    {
        /// <summary>Reads the enum at the current token, a number.</summary>
        /// <param name="reader">The reader, at the value.</param>
        /// <returns>The enum, listed or not.</returns>
        public static T ReadValue(ref global::System.Text.Json.Utf8JsonReader reader) => default(T).Wrap(reader.GetInt64());

        /// <summary>Writes the enum as a JSON number.</summary>
        /// <param name="writer">The writer.</param>
        /// <param name="value">The enum.</param>
        /// <param name="payload">Unused: an enum is written the same way in every payload.</param>
        public static void WriteValue(global::System.Text.Json.Utf8JsonWriter writer, T value, JsonPayload payload) => writer.WriteNumberValue(value.Value);

        /// <inheritdoc/>
        public override T Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options) => ReadValue(ref reader);

        /// <inheritdoc/>
        public override void Write(global::System.Text.Json.Utf8JsonWriter writer, T value, global::System.Text.Json.JsonSerializerOptions options) => WriteValue(writer, value, JsonPayload.Any);
    }
}
