// Shared runtime: the synthesizer's arrays (item counts, prefixItems, unique items) and objects (required members,
// a seeded subset of optional ones, readOnly/writeOnly by direction, discriminators, property counts).
namespace SpecForge.Runtime.Mocking
{
    using System;
    using System.Collections.Generic;
    using System.Globalization;
    using System.IO;
    using System.Text.Json;
    using Validation;

    sealed partial class SchemaSynthesizer
    {
        private const int UniqueTries = 8;

        private void WriteArray(Utf8JsonWriter writer, SynthesisView view, Context context)
        {
            var prefix = view.PrefixItems;
            var prefixCount = prefix.ValueKind == JsonValueKind.Array ? prefix.GetArrayLength() : 0;
            var minimum = view.MinItems ?? 0;
            var maximum = view.MaxItems ?? Math.Max(minimum, prefixCount) + 3;
            int count;
            if (context.IsPastHardLimit || context.IsPastSoftLimit)
            {
                count = minimum;
            }
            else
            {
                var low = Math.Max(minimum, Math.Min(1, maximum));
                count = (int)context.Random.Range(low, Math.Min(maximum, low + 2));
            }

            var itemsForbidden = view.Items.Count > 0 && view.Items[0].ValueKind == JsonValueKind.False;
            if (itemsForbidden)
            {
                count = Math.Min(count, prefixCount);
            }

            writer.WriteStartArray();
            var seen = view.UniqueItems ? new HashSet<string>(StringComparer.Ordinal) : null;
            for (var index = 0; index < count; index++)
            {
                var tries = seen == null ? 1 : UniqueTries;
                for (var attempt = 0; attempt < tries; attempt++)
                {
                    var item = ItemBytes(view, index < prefixCount ? prefix[index] : default, context);
                    if (seen == null || seen.Add(CanonicalText(item)))
                    {
                        writer.WriteRawValue(item, skipInputValidation: true);
                        break;
                    }
                }
            }

            writer.WriteEndArray();
        }

        private byte[] ItemBytes(SynthesisView view, JsonElement prefixSchema, Context context)
        {
            var buffer = new MemoryStream();
            using (var itemWriter = new Utf8JsonWriter(buffer))
            {
                if (prefixSchema.ValueKind != JsonValueKind.Undefined)
                {
                    Write(itemWriter, prefixSchema, context);
                }
                else if (view.Items.Count > 0)
                {
                    Write(itemWriter, view.Items, context);
                }
                else
                {
                    itemWriter.WriteStringValue(Words(context.Random, 1, 12));
                }
            }

            return buffer.ToArray();
        }

        // Our writer emits one spelling per value, except numbers such as 1.0 and 1; those compare by value.
        private static string CanonicalText(byte[] json)
        {
            using (var parsed = JsonDocument.Parse(json))
            {
                var root = parsed.RootElement;
                return root.ValueKind == JsonValueKind.Number && root.TryGetDecimal(out var number)
                    ? number.ToString(CultureInfo.InvariantCulture).TrimEnd('0').TrimEnd('.')
                    : root.GetRawText();
            }
        }

        private void WriteObject(Utf8JsonWriter writer, SynthesisView view, Context context)
        {
            writer.WriteStartObject();
            var written = new HashSet<string>(StringComparer.Ordinal);
            var hidden = new HashSet<string>(StringComparer.Ordinal);
            var maximum = view.MaxProperties ?? int.MaxValue;
            var optionalAllowed = !context.IsPastSoftLimit;

            foreach (var property in view.Properties)
            {
                var name = property.Key;
                var required = view.Required.Contains(name);
                if (IsHidden(property.Value, context.Direction))
                {
                    hidden.Add(name);
                    continue;
                }

                if (written.Count >= maximum || (!required && !optionalAllowed))
                {
                    continue;
                }

                // Three in four optional members: realistic data without always the same shape.
                if (!required && !context.Random.Chance(3, 4) && written.Count >= (view.MinProperties ?? 0))
                {
                    continue;
                }

                WriteMember(writer, name, property.Value, view, context);
                written.Add(name);
            }

            foreach (var name in view.Required)
            {
                if (!written.Contains(name) && !hidden.Contains(name))
                {
                    WriteExtraMember(writer, name, view, context);
                    written.Add(name);
                }
            }

            var minimum = view.MinProperties ?? 0;
            for (var extra = 1; written.Count < minimum && view.AdditionalProperties.ValueKind != JsonValueKind.False; extra++)
            {
                var name = "property" + extra.ToString(CultureInfo.InvariantCulture);
                if (written.Add(name))
                {
                    WriteExtraMember(writer, name, view, context);
                }
            }

            writer.WriteEndObject();
        }

        private void WriteMember(Utf8JsonWriter writer, string name, List<JsonElement> schemas, SynthesisView view, Context context)
        {
            writer.WritePropertyName(name);
            if (view.Overrides.TryGetValue(name, out var discriminator))
            {
                writer.WriteStringValue(discriminator);
                return;
            }

            Write(writer, schemas, context);
        }

        private void WriteExtraMember(Utf8JsonWriter writer, string name, SynthesisView view, Context context)
        {
            writer.WritePropertyName(name);
            if (view.Overrides.TryGetValue(name, out var discriminator))
            {
                writer.WriteStringValue(discriminator);
            }
            else if (view.AdditionalProperties.ValueKind == JsonValueKind.Object)
            {
                Write(writer, view.AdditionalProperties, context);
            }
            else
            {
                writer.WriteStringValue(Words(context.Random, 1, 12));
            }
        }

        // readOnly members are not sent in requests and writeOnly ones never come back in responses.
        private bool IsHidden(List<JsonElement> schemas, SchemaDirection direction)
        {
            var flag = direction == SchemaDirection.Request ? "readOnly" : "writeOnly";
            foreach (var schema in schemas)
            {
                if (MockDocument.GetBool(document.Resolve(schema), flag, false))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
