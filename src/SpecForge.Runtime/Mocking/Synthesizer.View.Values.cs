// Shared runtime: the synthesis view's listed values (const and enum, intersected over the parts) and its choices
// (one oneOf/anyOf branch, one subtype of a discriminated base), so every part a value must satisfy agrees on it.
namespace SpecForge.Runtime.Mocking
{
    using System.Collections.Generic;
    using System.Text.Json;
    using Validation;

    sealed partial class SynthesisView
    {
        // Every part must hold at once: `enum: [11], allOf: [{$ref: OptionType}]` allows only the values both list.
        private void FoldValues(JsonElement schema)
        {
            var constant = MockDocument.Get(schema, "const");
            if (constant.ValueKind != JsonValueKind.Undefined)
            {
                if (Const.ValueKind != JsonValueKind.Undefined && !ConstraintRules.JsonEquals(Const, constant))
                {
                    Impossible = true;
                }

                Const = constant;
            }

            var allowed = MockDocument.Get(schema, "enum");
            if (allowed.ValueKind == JsonValueKind.Array && allowed.GetArrayLength() > 0)
            {
                var kept = new List<JsonElement>();
                foreach (var value in allowed.EnumerateArray())
                {
                    if (Enum == null || Contains(Enum, value))
                    {
                        kept.Add(value);
                    }
                }

                Enum = kept;
            }

            if (Enum != null && Const.ValueKind != JsonValueKind.Undefined && !Contains(Enum, Const))
            {
                Impossible = true;
            }

            if (Enum != null && Enum.Count == 0)
            {
                Impossible = true;
            }
        }

        /// <summary>
        /// The enum values that are of a declared type; null when there is no enum or none is. `type: array, enum:
        /// [open, company]` (Box) lists the items' values on the array: no array is in it, so the type decides.
        /// </summary>
        public List<JsonElement>? ListedValuesOfDeclaredType()
        {
            if (Enum == null || Types == null)
            {
                return Enum;
            }

            var fitting = new List<JsonElement>();
            foreach (var value in Enum)
            {
                if (IsOfDeclaredType(value))
                {
                    fitting.Add(value);
                }
            }

            return fitting.Count > 0 ? fitting : null;
        }

        private bool IsOfDeclaredType(JsonElement value)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.String: return Types!.Contains("string");
                case JsonValueKind.Number: return Types!.Contains("number") || (Types.Contains("integer") && value.TryGetDecimal(out var number) && number == decimal.Truncate(number));
                case JsonValueKind.True:
                case JsonValueKind.False: return Types!.Contains("boolean");
                case JsonValueKind.Array: return Types!.Contains("array");
                case JsonValueKind.Object: return Types!.Contains("object");
                default: return Types!.Contains("null") || Nullable;
            }
        }

        private static bool Contains(List<JsonElement> values, JsonElement value)
        {
            foreach (var candidate in values)
            {
                if (ConstraintRules.JsonEquals(candidate, value))
                {
                    return true;
                }
            }

            return false;
        }

        // A branch whose own const/enum contradicts the values already required can never be valid.
        private bool Allows(MockDocument document, JsonElement branch)
        {
            branch = document.Resolve(branch);
            var constant = MockDocument.Get(branch, "const");
            if (constant.ValueKind != JsonValueKind.Undefined)
            {
                return (Const.ValueKind == JsonValueKind.Undefined || ConstraintRules.JsonEquals(Const, constant)) && (Enum == null || Contains(Enum, constant));
            }

            var allowed = MockDocument.Get(branch, "enum");
            if (allowed.ValueKind != JsonValueKind.Array || (Enum == null && Const.ValueKind == JsonValueKind.Undefined))
            {
                return true;
            }

            foreach (var value in allowed.EnumerateArray())
            {
                if ((Const.ValueKind == JsonValueKind.Undefined || ConstraintRules.JsonEquals(Const, value)) && (Enum == null || Contains(Enum, value)))
                {
                    return true;
                }
            }

            return false;
        }

        // One branch, picked by the seed; with a discriminator, its property gets the branch's mapped name.
        private void FoldChoice(MockDocument document, JsonElement schema, string keyword, SplitMix64 random, int depth)
        {
            var branches = MockDocument.Get(schema, keyword);
            if (branches.ValueKind != JsonValueKind.Array || branches.GetArrayLength() == 0)
            {
                return;
            }

            // With a discriminator only the branches that name a component have a value to be read by.
            var propertyName = DiscriminatorProperty(schema);
            var named = propertyName != null && HasNamedBranch(branches);
            var allowed = new List<JsonElement>();
            foreach (var candidate in branches.EnumerateArray())
            {
                // A `{type: null}` branch makes the value nullable (null ends deep recursion) rather than being data.
                if (IsNullBranch(document, candidate))
                {
                    Nullable = true;
                }
                else if (Allows(document, candidate) && (!named || SubtypeIndex.ComponentName(candidate) != null))
                {
                    allowed.Add(candidate);
                }
            }

            var branch = allowed.Count > 0 ? allowed[random.Next(allowed.Count)] : branches[random.Next(branches.GetArrayLength())];
            var subtype = SubtypeIndex.ComponentName(branch);
            if (propertyName != null && subtype != null && !document.Subtypes.IsNamedByOwnValues(schema, subtype) && !document.Subtypes.IsNestedChoice(schema, subtype))
            {
                Overrides[propertyName] = document.Subtypes.ValueOf(schema, null, subtype);
            }

            Fold(document, branch, random, depth + 1);
        }

        private static bool IsNullBranch(MockDocument document, JsonElement branch)
        {
            var type = MockDocument.Get(document.Resolve(branch), "type");
            return type.ValueKind == JsonValueKind.String && type.GetString() == "null";
        }

        private static bool HasNamedBranch(JsonElement branches)
        {
            foreach (var branch in branches.EnumerateArray())
            {
                if (SubtypeIndex.ComponentName(branch) != null)
                {
                    return true;
                }
            }

            return false;
        }

        private static string? DiscriminatorProperty(JsonElement schema) =>
            MockDocument.GetString(MockDocument.Get(schema, "discriminator"), "propertyName");

        // A discriminated base without oneOf/anyOf is abstract in the typed code: only its subtypes can be read, so
        // the value is one of them (chosen by the seed), folded in place of the base.
        private bool FoldSubtype(MockDocument document, JsonElement schema, string? name, SplitMix64 random, int depth)
        {
            if (name == null || DiscriminatorProperty(schema) == null
                || MockDocument.Get(schema, "oneOf").ValueKind == JsonValueKind.Array || MockDocument.Get(schema, "anyOf").ValueKind == JsonValueKind.Array)
            {
                return false;
            }

            var subtypes = document.Subtypes.DerivedFrom(name);
            if (subtypes.Count == 0)
            {
                return false;
            }

            Fold(document, document.Subtypes.Reference(subtypes[random.Next(subtypes.Count)]), random, depth + 1);
            return true;
        }

        // The base's discriminator property carries the subtype's own value; an unnamed subtype keeps what the base allows.
        private void NameSubtype(MockDocument document, JsonElement schema, string? baseName, string concrete)
        {
            var propertyName = DiscriminatorProperty(schema);
            if (propertyName != null && concrete.Length > 0)
            {
                Overrides[propertyName] = document.Subtypes.ValueOf(schema, baseName, concrete);
            }
        }
    }
}
