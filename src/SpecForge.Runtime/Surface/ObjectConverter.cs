// Shared runtime: what every generated record's and union's nested converter does for System.Text.Json, so each one
// declares only how it reads and writes itself. A surface type, not plumbing: a public record's nested converter
// derives from it, so it is as public as the SDK (and hidden from IntelliSense).
namespace SpecForge.Runtime
{
    /// <summary>
    /// Hands System.Text.Json's reads and writes of a generated record or union to its converter's static
    /// <c>ReadValue</c> and <c>WriteValue</c>, which other converters call directly, with the payload (request,
    /// response or any) the converter was made for.
    /// </summary>
    /// <typeparam name="T">The record or union.</typeparam>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public abstract class ObjectConverter<T> : global::System.Text.Json.Serialization.JsonConverter<T>
        where T : class
    {
        private readonly Reader _read;
        private readonly global::System.Action<global::System.Text.Json.Utf8JsonWriter, T, JsonPayload> _write;
        private readonly JsonPayload _payload;

        /// <summary>Takes the type's own reading and writing methods; values are written whole (<see cref="JsonPayload.Any"/>).</summary>
        /// <param name="read">Reads a value at the reader's current token.</param>
        /// <param name="write">Writes a value for a payload.</param>
        protected ObjectConverter(Reader read, global::System.Action<global::System.Text.Json.Utf8JsonWriter, T, JsonPayload> write)
            : this(read, write, JsonPayload.Any)
        {
        }

        /// <summary>Takes the type's own reading and writing methods.</summary>
        /// <param name="read">Reads a value at the reader's current token.</param>
        /// <param name="write">Writes a value for a payload.</param>
        /// <param name="payload">The payload every value this converter writes is part of.</param>
        protected ObjectConverter(Reader read, global::System.Action<global::System.Text.Json.Utf8JsonWriter, T, JsonPayload> write, JsonPayload payload)
        {
            _read = read;
            _write = write;
            _payload = payload;
        }

        /// <summary>Reads a value at the reader's current token.</summary>
        /// <param name="reader">The reader, at the value.</param>
        /// <returns>The value read.</returns>
        public delegate T Reader(ref global::System.Text.Json.Utf8JsonReader reader);

        /// <summary>
        /// A converter that reads as this one does and writes what <paramref name="payload"/> carries (a resolver made
        /// for requests leaves readOnly members out), so each type's converter needs one constructor only.
        /// </summary>
        /// <param name="payload">The payload every value the converter writes is part of.</param>
        /// <returns>This converter when it already writes for <paramref name="payload"/>.</returns>
        public global::System.Text.Json.Serialization.JsonConverter<T> For(JsonPayload payload) =>
            payload == _payload ? this : new ForPayload(_read, _write, payload);

        /// <inheritdoc/>
        public override T Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options)
        {
            // System.Text.Json's own path stops at this value, so a failure inside says where from here.
            var start = reader;
            try
            {
                return _read(ref reader);
            }
            catch (global::System.Exception exception) when (Client.JsonPaths.IsReadFailure(exception))
            {
                throw Client.JsonPaths.ReadFailure(typeof(T).Name, start, reader, exception);
            }
        }

        /// <inheritdoc/>
        public override void Write(global::System.Text.Json.Utf8JsonWriter writer, T value, global::System.Text.Json.JsonSerializerOptions options) => _write(writer, value, _payload);

        private sealed class ForPayload : ObjectConverter<T>
        {
            public ForPayload(Reader read, global::System.Action<global::System.Text.Json.Utf8JsonWriter, T, JsonPayload> write, JsonPayload payload)
                : base(read, write, payload)
            {
            }
        }
    }
}
