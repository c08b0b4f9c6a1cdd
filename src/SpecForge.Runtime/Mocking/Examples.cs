// Shared runtime: chooses which example of a response media type the mock serves. By default the first one that is
// valid against the schema (named examples, then `example`, then the schema's own), so a stale example in the docs
// never reaches a client; `Prefer: example=name` serves the named one exactly as written.
namespace SpecForge.Runtime.Mocking
{
    using System.Collections.Generic;
    using System.Text;
    using System.Text.Json;
    using Validation;

    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class ExampleSelector
    {
        private readonly MockDocument document;
        private readonly SchemaValidator validator;

        public ExampleSelector(MockDocument document, SchemaValidator validator)
        {
            this.document = document;
            this.validator = validator;
        }

        /// <summary>The example named <paramref name="name"/> as given, or null when the media type has none by that name.</summary>
        public MockBody? Named(MockMedia media, string name)
        {
            foreach (var example in media.NamedExamples)
            {
                if (example.Key == name)
                {
                    return new MockBody(Bytes(example.Value), "example '" + name + "'");
                }
            }

            return null;
        }

        /// <summary>The first example that passes the schema in the response direction, or null.</summary>
        public MockBody? Default(MockMedia media)
        {
            foreach (var example in media.NamedExamples)
            {
                if (IsValid(example.Value, media))
                {
                    return new MockBody(Bytes(example.Value), "example '" + example.Key + "'");
                }
            }

            if (media.Example.ValueKind != JsonValueKind.Undefined && IsValid(media.Example, media))
            {
                return new MockBody(Bytes(media.Example), "example");
            }

            var schema = document.Resolve(media.Schema);
            var schemaExamples = MockDocument.Get(schema, "examples");
            if (schemaExamples.ValueKind == JsonValueKind.Array)
            {
                foreach (var example in schemaExamples.EnumerateArray())
                {
                    if (IsValid(example, media))
                    {
                        return new MockBody(Bytes(example), "schema example");
                    }
                }
            }

            var schemaExample = MockDocument.Get(schema, "example");
            if (schemaExample.ValueKind != JsonValueKind.Undefined && IsValid(schemaExample, media))
            {
                return new MockBody(Bytes(schemaExample), "schema example");
            }

            return null;
        }

        private bool IsValid(JsonElement example, MockMedia media)
        {
            if (!media.HasSchema)
            {
                return true;
            }

            var violations = new List<ConstraintViolation>();
            validator.Validate(example, media.Schema, string.Empty, SchemaDirection.Response, violations);
            return violations.Count == 0;
        }

        private static byte[] Bytes(JsonElement value) => Encoding.UTF8.GetBytes(value.GetRawText());
    }
}
