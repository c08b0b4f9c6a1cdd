// Shared runtime: shapes a value the stateful mock stores (a request body, echoed back) to a response schema. A request
// body may legitimately differ from what the API answers (a string id where the response has an integer, a member the
// request leaves out that the response requires), and a client generated from the same spec would fail to read it.
namespace SpecForge.Runtime.Mocking
{
    using System.Collections.Generic;
    using System.IO;
    using System.Text.Json;
    using Validation;

    sealed partial class SchemaSynthesizer
    {
        /// <summary>
        /// <paramref name="value"/> when it already passes <paramref name="schema"/>; else the value with every member
        /// that breaks its property's schema repaired (nested objects member by member, anything else synthesized), every
        /// missing required member synthesized and extra members a closed schema forbids left out. When even that does
        /// not pass (a schema the repair cannot satisfy member by member), a value synthesized from the schema.
        /// </summary>
        public JsonElement Conform(JsonElement value, JsonElement schema, ulong seed, SchemaDirection direction)
        {
            if (Passes(value, schema, direction))
            {
                return value;
            }

            var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                WriteConformed(writer, value, new List<JsonElement> { schema }, new Context(new SplitMix64(seed), direction));
            }

            var repaired = ParseElement(buffer.ToArray());
            return Passes(repaired, schema, direction) ? repaired : ParseElement(Synthesize(schema, seed, direction));
        }

        private void WriteConformed(Utf8JsonWriter writer, JsonElement value, List<JsonElement> schemas, Context context)
        {
            if (PassesAll(value, schemas, context.Direction))
            {
                value.WriteTo(writer);
                return;
            }

            context.Enter(false);
            try
            {
                var view = SynthesisView.Build(document, schemas, context.Random);
                if (value.ValueKind != JsonValueKind.Object || view.Impossible || (view.Types != null && !view.Types.Contains("object")))
                {
                    WriteView(writer, view, schemas.Count == 1 ? schemas[0] : default, context);
                    return;
                }

                WriteConformedObject(writer, value, view, context);
            }
            finally
            {
                context.Leave(false);
            }
        }

        private void WriteConformedObject(Utf8JsonWriter writer, JsonElement value, SynthesisView view, Context context)
        {
            var properties = new Dictionary<string, List<JsonElement>>(System.StringComparer.Ordinal);
            foreach (var property in view.Properties)
            {
                properties[property.Key] = property.Value;
            }

            writer.WriteStartObject();
            var written = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var member in value.EnumerateObject())
            {
                if (!written.Add(member.Name))
                {
                    continue;
                }

                if (view.Overrides.TryGetValue(member.Name, out var discriminator))
                {
                    writer.WriteString(member.Name, discriminator);
                }
                else if (properties.TryGetValue(member.Name, out var memberSchemas))
                {
                    writer.WritePropertyName(member.Name);
                    WriteConformed(writer, member.Value, memberSchemas, context);
                }
                else if (view.AdditionalProperties.ValueKind == JsonValueKind.Object)
                {
                    writer.WritePropertyName(member.Name);
                    WriteConformed(writer, member.Value, new List<JsonElement> { view.AdditionalProperties }, context);
                }
                else if (view.AdditionalProperties.ValueKind != JsonValueKind.False)
                {
                    member.WriteTo(writer);
                }
            }

            foreach (var name in view.Required)
            {
                if (written.Contains(name))
                {
                    continue;
                }

                if (properties.TryGetValue(name, out var memberSchemas))
                {
                    if (!IsHidden(memberSchemas, context.Direction))
                    {
                        WriteMember(writer, name, memberSchemas, view, context);
                    }
                }
                else
                {
                    WriteExtraMember(writer, name, view, context);
                }
            }

            writer.WriteEndObject();
        }

        private bool PassesAll(JsonElement value, List<JsonElement> schemas, SchemaDirection direction)
        {
            foreach (var schema in schemas)
            {
                if (!Passes(value, schema, direction))
                {
                    return false;
                }
            }

            return true;
        }

        private static JsonElement ParseElement(byte[] json)
        {
            using (var parsed = JsonDocument.Parse(json))
            {
                return parsed.RootElement.Clone();
            }
        }
    }
}
