// Shared runtime: folds a schema with its allOf parts and one chosen oneOf/anyOf branch into one flat view of the
// constraints, so the synthesizer meets all of them at once instead of one part at a time.
namespace SpecForge.Runtime.Mocking
{
    using System;
    using System.Collections.Generic;
    using System.Text.Json;

    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public sealed partial class SynthesisView
    {
        private const int MaxFoldDepth = 16;

        public bool Impossible { get; private set; }

        /// <summary>Declared types, intersected over the parts; null when no part restricts the type.</summary>
        public List<string>? Types { get; private set; }

        public bool Nullable { get; private set; }

        /// <summary>Types a <c>not</c> rules out (<c>not: {type: string}</c>); other <c>not</c> forms are left to the final check.</summary>
        public List<string> ExcludedTypes { get; } = new List<string>();

        public JsonElement Const { get; private set; }

        /// <summary>The values every enum of the parts allows (an intersection); null when no part lists values.</summary>
        public List<JsonElement>? Enum { get; private set; }

        /// <summary>Default or example values offered by the parts, in the order Prism prefers them.</summary>
        public List<JsonElement> Suggestions { get; } = new List<JsonElement>();

        public string? Format { get; private set; }

        public List<string> Patterns { get; } = new List<string>();

        public int? MinLength { get; private set; }

        public int? MaxLength { get; private set; }

        public decimal? Minimum { get; private set; }

        public decimal? Maximum { get; private set; }

        public decimal? ExclusiveMinimum { get; private set; }

        public decimal? ExclusiveMaximum { get; private set; }

        public decimal? MultipleOf { get; private set; }

        public List<JsonElement> Items { get; } = new List<JsonElement>();

        public JsonElement PrefixItems { get; private set; }

        public int? MinItems { get; private set; }

        public int? MaxItems { get; private set; }

        public bool UniqueItems { get; private set; }

        public List<KeyValuePair<string, List<JsonElement>>> Properties { get; } = new List<KeyValuePair<string, List<JsonElement>>>();

        public HashSet<string> Required { get; } = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>Undefined (anything allowed), False, or the schema of extra members.</summary>
        public JsonElement AdditionalProperties { get; private set; }

        public int? MinProperties { get; private set; }

        public int? MaxProperties { get; private set; }

        /// <summary>Discriminator values to write for the branch chosen.</summary>
        public Dictionary<string, string> Overrides { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>Some part of the view carries the flag (readOnly, writeOnly).</summary>
        public bool Flag(string name) => flags.Contains(name);

        private readonly HashSet<string> flags = new HashSet<string>(StringComparer.Ordinal);

        public static SynthesisView Build(MockDocument document, IEnumerable<JsonElement> schemas, SplitMix64 random)
        {
            var view = new SynthesisView();
            foreach (var schema in schemas)
            {
                view.Fold(document, schema, random, 0);
            }

            return view;
        }

        public static SynthesisView Build(MockDocument document, JsonElement schema, SplitMix64 random)
        {
            var view = new SynthesisView();
            view.Fold(document, schema, random, 0);
            return view;
        }

        public bool HasObjectKeywords =>
            Properties.Count > 0 || Required.Count > 0 || AdditionalProperties.ValueKind != JsonValueKind.Undefined || MinProperties != null;

        public bool HasArrayKeywords => Items.Count > 0 || PrefixItems.ValueKind == JsonValueKind.Array || MinItems != null || MaxItems != null;

        public bool HasStringKeywords => Format != null || Patterns.Count > 0 || MinLength != null || MaxLength != null;

        public bool HasNumberKeywords => Minimum != null || Maximum != null || ExclusiveMinimum != null || ExclusiveMaximum != null || MultipleOf != null;

        // `concrete` is set when the schema is folded as an allOf part: the name of the component being built
        // (empty when it is not a named component), so a discriminated base names it instead of standing for a subtype.
        private void Fold(MockDocument document, JsonElement schema, SplitMix64 random, int depth, string? concrete = null)
        {
            var name = SubtypeIndex.ComponentName(schema);
            schema = document.Resolve(schema);
            if (schema.ValueKind == JsonValueKind.False)
            {
                Impossible = true;
                return;
            }

            if (schema.ValueKind != JsonValueKind.Object || depth > MaxFoldDepth)
            {
                return;
            }

            if (concrete == null && FoldSubtype(document, schema, name, random, depth))
            {
                return;
            }

            FoldFlags(schema);
            FoldType(MockDocument.Get(schema, "type"));
            Nullable |= MockDocument.GetBool(schema, "nullable", false);
            FoldValues(schema);

            AddSuggestion(MockDocument.Get(schema, "default"));
            var examples = MockDocument.Get(schema, "examples");
            if (examples.ValueKind == JsonValueKind.Array)
            {
                foreach (var example in examples.EnumerateArray())
                {
                    AddSuggestion(example);
                }
            }

            AddSuggestion(MockDocument.Get(schema, "example"));
            FoldString(schema);
            FoldNumber(schema);
            FoldArray(schema);
            FoldObject(schema);

            // An alias (allOf: [$ref] and no members) reads as the type it names, so it is not a subtype of it:
            // a discriminated base behind it still becomes one of its own subtypes.
            var all = MockDocument.Get(schema, "allOf");
            var partsConcrete = concrete ?? (SubtypeIndex.AliasTarget(schema) != null ? null : name ?? string.Empty);
            if (all.ValueKind == JsonValueKind.Array)
            {
                foreach (var part in all.EnumerateArray())
                {
                    Fold(document, part, random, depth + 1, partsConcrete);
                }
            }

            var negated = document.Resolve(MockDocument.Get(schema, "not"));
            var negatedType = MockDocument.Get(negated, "type");
            if (negatedType.ValueKind == JsonValueKind.String)
            {
                ExcludedTypes.Add(negatedType.GetString() ?? string.Empty);
            }

            // A discriminated base reached from a subtype's allOf names that subtype; its oneOf lists the subtypes
            // and must not pick another one.
            if (concrete != null && DiscriminatorProperty(schema) != null)
            {
                NameSubtype(document, schema, name, concrete);
                return;
            }

            FoldChoice(document, schema, "oneOf", random, depth);
            FoldChoice(document, schema, "anyOf", random, depth);
        }

        private void FoldFlags(JsonElement schema)
        {
            if (MockDocument.GetBool(schema, "readOnly", false))
            {
                flags.Add("readOnly");
            }

            if (MockDocument.GetBool(schema, "writeOnly", false))
            {
                flags.Add("writeOnly");
            }
        }

        // `default: null` says the member may be left out, not what data looks like; made-up data reads better.
        private void AddSuggestion(JsonElement value)
        {
            if (value.ValueKind != JsonValueKind.Undefined && value.ValueKind != JsonValueKind.Null)
            {
                Suggestions.Add(value);
            }
        }

        private void FoldType(JsonElement type)
        {
            var declared = new List<string>();
            if (type.ValueKind == JsonValueKind.String)
            {
                declared.Add(type.GetString() ?? string.Empty);
            }
            else if (type.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in type.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String)
                    {
                        declared.Add(item.GetString() ?? string.Empty);
                    }
                }
            }
            else
            {
                return;
            }

            if (Types == null)
            {
                Types = declared;
                return;
            }

            // "integer" satisfies "number", so the intersection of the two keeps "integer".
            var kept = new List<string>();
            foreach (var name in Types)
            {
                if (declared.Contains(name) || (name == "integer" && declared.Contains("number")))
                {
                    kept.Add(name);
                }
                else if (name == "number" && declared.Contains("integer"))
                {
                    kept.Add("integer");
                }
            }

            Types = kept;
        }

        private void FoldString(JsonElement schema)
        {
            Format ??= MockDocument.GetString(schema, "format") ?? MockDocument.GetString(schema, "x-format");
            var pattern = MockDocument.GetString(schema, "pattern");
            if (pattern != null)
            {
                Patterns.Add(pattern);
            }

            MinLength = Larger(MinLength, Int(schema, "minLength"));
            MaxLength = Smaller(MaxLength, Int(schema, "maxLength"));
        }

        private void FoldNumber(JsonElement schema)
        {
            var minimum = Number(schema, "minimum");
            var maximum = Number(schema, "maximum");
            var exclusiveMinimum = MockDocument.Get(schema, "exclusiveMinimum");
            var exclusiveMaximum = MockDocument.Get(schema, "exclusiveMaximum");

            // OpenAPI 3.0 spelled exclusivity as a boolean next to minimum/maximum.
            if (exclusiveMinimum.ValueKind == JsonValueKind.True && minimum != null)
            {
                ExclusiveMinimum = LargerDecimal(ExclusiveMinimum, minimum);
                minimum = null;
            }
            else if (exclusiveMinimum.ValueKind == JsonValueKind.Number && exclusiveMinimum.TryGetDecimal(out var exMin))
            {
                ExclusiveMinimum = LargerDecimal(ExclusiveMinimum, exMin);
            }

            if (exclusiveMaximum.ValueKind == JsonValueKind.True && maximum != null)
            {
                ExclusiveMaximum = SmallerDecimal(ExclusiveMaximum, maximum);
                maximum = null;
            }
            else if (exclusiveMaximum.ValueKind == JsonValueKind.Number && exclusiveMaximum.TryGetDecimal(out var exMax))
            {
                ExclusiveMaximum = SmallerDecimal(ExclusiveMaximum, exMax);
            }

            Minimum = LargerDecimal(Minimum, minimum);
            Maximum = SmallerDecimal(Maximum, maximum);
            MultipleOf ??= Number(schema, "multipleOf");
        }

        private void FoldArray(JsonElement schema)
        {
            var items = MockDocument.Get(schema, "items");
            if (items.ValueKind == JsonValueKind.Object || items.ValueKind == JsonValueKind.False)
            {
                Items.Add(items);
            }

            var prefix = MockDocument.Get(schema, "prefixItems");
            if (prefix.ValueKind == JsonValueKind.Array)
            {
                PrefixItems = prefix;
            }

            MinItems = Larger(MinItems, Int(schema, "minItems"));
            MaxItems = Smaller(MaxItems, Int(schema, "maxItems"));
            UniqueItems |= MockDocument.GetBool(schema, "uniqueItems", false);
        }

        private void FoldObject(JsonElement schema)
        {
            var properties = MockDocument.Get(schema, "properties");
            if (properties.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in properties.EnumerateObject())
                {
                    PropertySchemas(property.Name).Add(property.Value);
                }
            }

            var required = MockDocument.Get(schema, "required");
            if (required.ValueKind == JsonValueKind.Array)
            {
                foreach (var name in required.EnumerateArray())
                {
                    if (name.ValueKind == JsonValueKind.String)
                    {
                        Required.Add(name.GetString() ?? string.Empty);
                    }
                }
            }

            var additional = MockDocument.Get(schema, "additionalProperties");
            if (additional.ValueKind == JsonValueKind.False || (additional.ValueKind == JsonValueKind.Object && AdditionalProperties.ValueKind != JsonValueKind.False))
            {
                AdditionalProperties = additional;
            }

            MinProperties = Larger(MinProperties, Int(schema, "minProperties"));
            MaxProperties = Smaller(MaxProperties, Int(schema, "maxProperties"));
        }

        private List<JsonElement> PropertySchemas(string name)
        {
            foreach (var property in Properties)
            {
                if (property.Key == name)
                {
                    return property.Value;
                }
            }

            var list = new List<JsonElement>();
            Properties.Add(new KeyValuePair<string, List<JsonElement>>(name, list));
            return list;
        }

        private static int? Int(JsonElement schema, string name)
        {
            var value = MockDocument.Get(schema, name);
            return value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number) && number >= 0 && number <= int.MaxValue
                ? (int)number
                : (int?)null;
        }

        private static decimal? Number(JsonElement schema, string name)
        {
            var value = MockDocument.Get(schema, name);
            return value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number) ? number : (decimal?)null;
        }

        private static int? Larger(int? left, int? right) => left == null ? right : right == null ? left : Math.Max(left.Value, right.Value);

        private static int? Smaller(int? left, int? right) => left == null ? right : right == null ? left : Math.Min(left.Value, right.Value);

        private static decimal? LargerDecimal(decimal? left, decimal? right) => left == null ? right : right == null ? left : Math.Max(left.Value, right.Value);

        private static decimal? SmallerDecimal(decimal? left, decimal? right) => left == null ? right : right == null ? left : Math.Min(left.Value, right.Value);
    }
}
