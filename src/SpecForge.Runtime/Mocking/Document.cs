// Shared runtime: the mocked OpenAPI document with local `$ref` resolution, read once by the engine, the example
// selector and the synthesizer.
namespace SpecForge.Runtime.Mocking
{
    using System;
    using System.Text.Json;

    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class MockDocument
    {
        private const int MaxReferenceChain = 32;

        public MockDocument(JsonElement root)
        {
            Root = root;
        }

        public JsonElement Root { get; }

        /// <summary>
        /// Component subtypes by base, built on first use (only synthesis of polymorphic schemas needs it); two
        /// requests racing here build equal indexes, so no lock is needed.
        /// </summary>
        public SubtypeIndex Subtypes => subtypes ?? (subtypes = new SubtypeIndex(this));

        private SubtypeIndex? subtypes;

        /// <summary>Follows <c>$ref</c> chains (<c>#/components/...</c>); an unresolvable reference gives Undefined.</summary>
        public JsonElement Resolve(JsonElement element)
        {
            for (var i = 0; i < MaxReferenceChain; i++)
            {
                if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("$ref", out var reference) || reference.ValueKind != JsonValueKind.String)
                {
                    return element;
                }

                element = Pointer(reference.GetString() ?? string.Empty);
            }

            return default;
        }

        /// <summary>The element at a local reference such as <c>#/components/schemas/Pet</c>.</summary>
        public JsonElement Pointer(string reference)
        {
            if (reference.Length == 0 || reference[0] != '#')
            {
                return default;
            }

            var current = Root;
            var tokens = reference.Substring(1).Split('/');
            for (var i = 1; i < tokens.Length; i++)
            {
                var token = PathTemplate.Decode(tokens[i]).Replace("~1", "/").Replace("~0", "~");
                if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(token, out var child))
                {
                    current = child;
                }
                else if (current.ValueKind == JsonValueKind.Array && int.TryParse(token, out var index) && index >= 0 && index < current.GetArrayLength())
                {
                    current = current[index];
                }
                else
                {
                    return default;
                }
            }

            return current;
        }

        /// <summary>A property of an object, or Undefined.</summary>
        public static JsonElement Get(JsonElement element, string name) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : default;

        public static string? GetString(JsonElement element, string name)
        {
            var value = Get(element, name);
            return value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        }

        public static bool GetBool(JsonElement element, string name, bool fallback)
        {
            var value = Get(element, name);
            return value.ValueKind == JsonValueKind.True || (value.ValueKind != JsonValueKind.False && fallback);
        }

        /// <summary>The JSON type a schema describes, for coercing parameter text; string when it cannot tell.</summary>
        public ScalarKind KindOf(JsonElement schema)
        {
            schema = Resolve(schema);
            if (schema.ValueKind != JsonValueKind.Object)
            {
                return ScalarKind.String;
            }

            var type = Get(schema, "type");
            if (type.ValueKind == JsonValueKind.String)
            {
                return KindOfName(type.GetString());
            }

            if (type.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in type.EnumerateArray())
                {
                    var kind = KindOfName(item.GetString());
                    if (kind != ScalarKind.Null)
                    {
                        return kind;
                    }
                }
            }

            if (Get(schema, "properties").ValueKind == JsonValueKind.Object)
            {
                return ScalarKind.Object;
            }

            if (Get(schema, "items").ValueKind == JsonValueKind.Object)
            {
                return ScalarKind.Array;
            }

            foreach (var combinator in new[] { "allOf", "oneOf", "anyOf" })
            {
                var branches = Get(schema, combinator);
                if (branches.ValueKind == JsonValueKind.Array && branches.GetArrayLength() > 0)
                {
                    return KindOf(branches[0]);
                }
            }

            return ScalarKind.String;
        }

        private static ScalarKind KindOfName(string? name)
        {
            switch (name)
            {
                case "integer": return ScalarKind.Integer;
                case "number": return ScalarKind.Number;
                case "boolean": return ScalarKind.Boolean;
                case "array": return ScalarKind.Array;
                case "object": return ScalarKind.Object;
                case "null": return ScalarKind.Null;
                default: return ScalarKind.String;
            }
        }
    }
}
