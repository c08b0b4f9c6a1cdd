// Shared runtime: synthesizes JSON that satisfies a schema (types, enums, ranges, lengths, formats, patterns, arrays,
// objects, combinators), deterministic for a seed, so mocks answer with valid data where the spec has no example.
namespace SpecForge.Runtime.Mocking
{
    using System;
    using System.Collections.Generic;
    using System.IO;
    using System.Text.Json;
    using Validation;

    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public sealed partial class SchemaSynthesizer
    {
        /// <summary>Whole values tried per request for data; each attempt uses another seed (other branches, other text).</summary>
        private const int Attempts = 6;

        /// <summary>Past these depths optional members are left out, then nullable values become null and arrays empty, so recursive schemas end.</summary>
        private const int SoftDepth = 10;
        private const int SoftReferenceDepth = 4;
        private const int HardDepth = 18;
        private const int HardReferenceDepth = 7;

        private readonly MockDocument document;
        private readonly SchemaValidator validator;

        public SchemaSynthesizer(MockDocument document, SchemaValidator validator)
        {
            this.document = document;
            this.validator = validator;
        }

        /// <summary>
        /// JSON bytes for the schema; retried with other seeds until the schema validator accepts them, else the first
        /// attempt (a contradictory schema has no valid instance).
        /// </summary>
        public byte[] Synthesize(JsonElement schema, ulong seed, SchemaDirection direction)
        {
            byte[]? first = null;
            for (var attempt = 0; attempt < Attempts; attempt++)
            {
                var bytes = Generate(schema, MockHash.Combine(seed, (ulong)attempt), direction);
                if (Passes(bytes, schema, direction))
                {
                    return bytes;
                }

                first ??= bytes;
            }

            return first ?? new byte[0];
        }

        /// <summary>One attempt, not checked against the schema.</summary>
        public byte[] Generate(JsonElement schema, ulong seed, SchemaDirection direction)
        {
            var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                var context = new Context(new SplitMix64(seed), direction);
                Write(writer, schema, context);
            }

            return buffer.ToArray();
        }

        public bool Passes(byte[] json, JsonElement schema, SchemaDirection direction)
        {
            using (var parsed = JsonDocument.Parse(json))
            {
                return Passes(parsed.RootElement, schema, direction);
            }
        }

        public bool Passes(JsonElement value, JsonElement schema, SchemaDirection direction)
        {
            var violations = new List<ConstraintViolation>();
            validator.Validate(value, schema, string.Empty, direction, violations);
            return violations.Count == 0;
        }

        private void Write(Utf8JsonWriter writer, JsonElement schema, Context context)
        {
            var isReference = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out _);
            context.Enter(isReference);
            try
            {
                var view = SynthesisView.Build(document, schema, context.Random);
                WriteView(writer, view, schema, context);
            }
            finally
            {
                context.Leave(isReference);
            }
        }

        private void Write(Utf8JsonWriter writer, List<JsonElement> schemas, Context context)
        {
            if (schemas.Count == 1)
            {
                Write(writer, schemas[0], context);
                return;
            }

            context.Enter(false);
            try
            {
                WriteView(writer, SynthesisView.Build(document, schemas, context.Random), default, context);
            }
            finally
            {
                context.Leave(false);
            }
        }

        private void WriteView(Utf8JsonWriter writer, SynthesisView view, JsonElement schema, Context context)
        {
            if (view.Impossible)
            {
                writer.WriteNullValue();
                return;
            }

            if (view.Const.ValueKind != JsonValueKind.Undefined)
            {
                view.Const.WriteTo(writer);
                return;
            }

            var listed = view.ListedValuesOfDeclaredType();
            if (listed != null)
            {
                listed[context.Random.Next(listed.Count)].WriteTo(writer);
                return;
            }

            // Defaults and examples in the schema read better than made-up data, when they are valid (Prism does the same).
            if (schema.ValueKind != JsonValueKind.Undefined)
            {
                foreach (var suggestion in view.Suggestions)
                {
                    if (Passes(suggestion, schema, context.Direction))
                    {
                        suggestion.WriteTo(writer);
                        return;
                    }
                }
            }

            var type = ChooseType(view, context);
            switch (type)
            {
                case "null": writer.WriteNullValue(); break;
                case "boolean": writer.WriteBooleanValue(context.Random.Chance(1, 2)); break;
                case "integer": writer.WriteNumberValue(Integer(view, context.Random)); break;
                case "number": writer.WriteNumberValue(Number(view, context.Random)); break;
                case "array": WriteArray(writer, view, context); break;
                case "object": WriteObject(writer, view, context); break;
                default: writer.WriteStringValue(String(view, context.Random)); break;
            }
        }

        private static readonly string[] AllTypes = { "string", "integer", "boolean", "object", "array", "number", "null" };

        private static string ChooseType(SynthesisView view, Context context)
        {
            var chosen = ChooseDeclaredType(view, context);
            if (view.ExcludedTypes.Count == 0 || !IsExcluded(view, chosen))
            {
                return chosen;
            }

            foreach (var type in view.Types ?? new List<string>(AllTypes))
            {
                if (!IsExcluded(view, type))
                {
                    return type;
                }
            }

            return chosen;
        }

        // `not: {type: number}` also rules out integers, which are numbers.
        private static bool IsExcluded(SynthesisView view, string type) =>
            view.ExcludedTypes.Contains(type) || (type == "integer" && view.ExcludedTypes.Contains("number"));

        private static string ChooseDeclaredType(SynthesisView view, Context context)
        {
            var types = view.Types;
            var nullable = view.Nullable || (types != null && types.Contains("null"));
            if (nullable && context.IsPastHardLimit)
            {
                return "null";
            }

            if (types != null)
            {
                var concrete = new List<string>();
                foreach (var type in types)
                {
                    if (type != "null")
                    {
                        concrete.Add(type);
                    }
                }

                if (concrete.Count == 0)
                {
                    return types.Count == 0 ? "string" : "null";
                }

                return concrete[context.Random.Next(concrete.Count)];
            }

            if (view.HasObjectKeywords)
            {
                return "object";
            }

            if (view.HasArrayKeywords)
            {
                return "array";
            }

            if (view.HasNumberKeywords)
            {
                return "number";
            }

            // A schema that says nothing (`{}`) most often stands for a JSON object the docs did not describe.
            return view.HasStringKeywords ? "string" : "object";
        }

        private static long Integer(SynthesisView view, SplitMix64 random)
        {
            var low = view.Minimum;
            if (view.ExclusiveMinimum != null)
            {
                var above = decimal.Floor(view.ExclusiveMinimum.Value) + 1;
                low = low == null ? above : Math.Max(low.Value, above);
            }

            var high = view.Maximum;
            if (view.ExclusiveMaximum != null)
            {
                var below = decimal.Ceiling(view.ExclusiveMaximum.Value) - 1;
                high = high == null ? below : Math.Min(high.Value, below);
            }

            var lowWhole = (long)Clip(low == null ? (high == null ? 1 : high.Value - 1000) : decimal.Ceiling(low.Value));
            var highWhole = (long)Clip(high == null ? lowWhole + 1000 : decimal.Floor(high.Value));
            if (view.Format == "int32")
            {
                // A client reads int32 into int, and the schema validator holds it to that range; so does the data. An
                // open end is measured again from the clamped one, so `maximum: 1e10` still gives a span of 1000.
                highWhole = Math.Min(highWhole, int.MaxValue);
                lowWhole = Math.Max(lowWhole, int.MinValue);
                if (low == null)
                {
                    lowWhole = Math.Max(Math.Min(lowWhole, highWhole - 1000), int.MinValue);
                }

                if (high == null)
                {
                    highWhole = Math.Min(Math.Max(highWhole, lowWhole + 1000), int.MaxValue);
                }
            }

            var step = view.MultipleOf;
            if (step != null && step.Value > 0 && step.Value == decimal.Truncate(step.Value) && step.Value <= long.MaxValue / 4)
            {
                var unit = (long)step.Value;
                var first = (long)decimal.Ceiling((decimal)lowWhole / unit);
                var last = (long)decimal.Floor((decimal)highWhole / unit);
                return (last >= first ? random.Range(first, last) : first) * unit;
            }

            return random.Range(lowWhole, highWhole);
        }

        private static decimal Number(SynthesisView view, SplitMix64 random)
        {
            var low = view.Minimum ?? view.ExclusiveMinimum;
            var high = view.Maximum ?? view.ExclusiveMaximum;
            if (view.Minimum != null && view.ExclusiveMinimum != null)
            {
                low = Math.Max(view.Minimum.Value, view.ExclusiveMinimum.Value);
            }

            if (view.Maximum != null && view.ExclusiveMaximum != null)
            {
                high = Math.Min(view.Maximum.Value, view.ExclusiveMaximum.Value);
            }

            var from = Clip(low ?? (high == null ? 0 : high.Value - 1000));
            var to = Clip(high ?? from + 1000);
            var step = view.MultipleOf;
            if (step != null && step.Value > 0)
            {
                var first = decimal.Ceiling(from / step.Value);
                var last = decimal.Floor(to / step.Value);
                if (view.ExclusiveMinimum != null && first * step.Value <= view.ExclusiveMinimum.Value)
                {
                    first++;
                }

                if (view.ExclusiveMaximum != null && last * step.Value >= view.ExclusiveMaximum.Value)
                {
                    last--;
                }

                var count = last - first;
                var pick = count <= 0 ? 0 : random.Range(0, (long)Math.Min(count, 1000000m));
                return (first + pick) * step.Value;
            }

            // Hundredths keep numbers short; tiny ranges fall back to the midpoint.
            var firstCent = decimal.Ceiling(from * 100);
            var lastCent = decimal.Floor(to * 100);
            if (view.ExclusiveMinimum != null && firstCent / 100 <= view.ExclusiveMinimum.Value)
            {
                firstCent++;
            }

            if (view.ExclusiveMaximum != null && lastCent / 100 >= view.ExclusiveMaximum.Value)
            {
                lastCent--;
            }

            if (lastCent < firstCent)
            {
                return (from + to) / 2;
            }

            return (firstCent + random.Range(0, (long)Math.Min(lastCent - firstCent, 100000000m))) / 100;
        }

        // Keeps arithmetic inside long and decimal range for schemas bounded only by huge limits.
        private static decimal Clip(decimal value) => Math.Max(-1000000000000m, Math.Min(1000000000000m, value));

        /// <summary>Where the synthesizer is: its random numbers, direction and nesting, for the depth limits.</summary>
        private sealed class Context
        {
            private int depth;
            private int references;

            public Context(SplitMix64 random, SchemaDirection direction)
            {
                Random = random;
                Direction = direction;
            }

            public SplitMix64 Random { get; }

            public SchemaDirection Direction { get; }

            public bool IsPastSoftLimit => depth > SoftDepth || references > SoftReferenceDepth;

            public bool IsPastHardLimit => depth > HardDepth || references > HardReferenceDepth;

            public void Enter(bool reference)
            {
                depth++;
                if (reference)
                {
                    references++;
                }
            }

            public void Leave(bool reference)
            {
                depth--;
                if (reference)
                {
                    references--;
                }
            }
        }
    }
}
