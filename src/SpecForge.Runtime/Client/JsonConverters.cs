// Shared runtime: converters the generated resolvers hand System.Text.Json for lists, maps and nullable enums.
namespace SpecForge.Runtime.Client
{
    // Lists and maps have no converter class of their own; their codec methods serve them.
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class DelegateConverter<T> : global::System.Text.Json.Serialization.JsonConverter<T>
    {
        private readonly JsonCodec.ReadFunc<T> _read;
        private readonly JsonCodec.WriteFunc<T> _write;
        private readonly JsonPayload _payload;

        public DelegateConverter(JsonCodec.ReadFunc<T> read, JsonCodec.WriteFunc<T> write, JsonPayload payload)
        {
            _read = read;
            _write = write;
            _payload = payload;
        }

        public override T Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options)
        {
            var start = reader;
            try
            {
                return _read(ref reader);
            }
            catch (global::System.Exception exception) when (JsonPaths.IsReadFailure(exception))
            {
                throw JsonPaths.ReadFailure("$", start, reader, exception);
            }
        }

        public override void Write(global::System.Text.Json.Utf8JsonWriter writer, T value, global::System.Text.Json.JsonSerializerOptions options) => _write(writer, value, _payload);
    }

    // Nullable<T> of an enum, which System.Text.Json would otherwise build by reflection.
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class NullableConverter<T> : global::System.Text.Json.Serialization.JsonConverter<T?>
        where T : struct
    {
        private readonly global::System.Text.Json.Serialization.JsonConverter<T> _inner;

        public NullableConverter(global::System.Text.Json.Serialization.JsonConverter<T> inner) => _inner = inner;

        public override bool HandleNull => true;

        public override T? Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options) =>
            reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? null : _inner.Read(ref reader, typeof(T), options);

        public override void Write(global::System.Text.Json.Utf8JsonWriter writer, T? value, global::System.Text.Json.JsonSerializerOptions options)
        {
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                _inner.Write(writer, value.Value, options);
            }
        }
    }
}
