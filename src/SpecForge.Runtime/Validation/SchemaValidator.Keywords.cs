// Shared runtime: the schema validator's type-specific keywords (string, number, array, object) and its walk state.
namespace SpecForge.Runtime.Validation
{
    using System;
    using System.Collections.Generic;
    using System.Text.Json;

    sealed partial class SchemaValidator
    {
        private static void CheckString(string value, JsonElement schema, Context context)
        {
            var length = -1;
            if (ReadCount(schema, "minLength") is { } minLength)
            {
                length = ConstraintRules.CountCodePoints(value);
                if (length < minLength)
                {
                    context.Report(Violations.MinLength(context.Path, minLength));
                }
            }

            if (ReadCount(schema, "maxLength") is { } maxLength)
            {
                length = length < 0 ? ConstraintRules.CountCodePoints(value) : length;
                if (length > maxLength)
                {
                    context.Report(Violations.MaxLength(context.Path, maxLength));
                }
            }

            if (schema.TryGetProperty("pattern", out var pattern)
                && pattern.ValueKind == JsonValueKind.String
                && !ConstraintRules.MatchesPattern(value, pattern.GetString()!))
            {
                context.Report(Violations.Pattern(context.Path, pattern.GetString()!));
            }

            if (schema.TryGetProperty("format", out var format)
                && format.ValueKind == JsonValueKind.String
                && ConstraintRules.IsAsserted(format.GetString()!, pattern.ValueKind == JsonValueKind.String)
                && !ConstraintRules.MatchesFormat(format.GetString()!, value))
            {
                context.Report(Violations.Format(context.Path, format.GetString()!));
            }
        }

        private static void CheckNumber(JsonElement value, JsonElement schema, Context context)
        {
            // OpenAPI 3.0 writes exclusive limits as booleans beside minimum/maximum; 3.1 as numbers of their own.
            if (schema.TryGetProperty("minimum", out var minimum) && ConstraintRules.CompareNumbers(value, minimum) is { } belowMinimum)
            {
                if (IsTrue(schema, "exclusiveMinimum") && belowMinimum <= 0)
                {
                    context.Report(Violations.ExclusiveMinimum(context.Path, ConstraintRules.Number(minimum)));
                }
                else if (belowMinimum < 0)
                {
                    context.Report(Violations.Minimum(context.Path, ConstraintRules.Number(minimum)));
                }
            }

            if (schema.TryGetProperty("maximum", out var maximum) && ConstraintRules.CompareNumbers(value, maximum) is { } aboveMaximum)
            {
                if (IsTrue(schema, "exclusiveMaximum") && aboveMaximum >= 0)
                {
                    context.Report(Violations.ExclusiveMaximum(context.Path, ConstraintRules.Number(maximum)));
                }
                else if (aboveMaximum > 0)
                {
                    context.Report(Violations.Maximum(context.Path, ConstraintRules.Number(maximum)));
                }
            }

            if (schema.TryGetProperty("exclusiveMinimum", out var exclusiveMinimum)
                && ConstraintRules.CompareNumbers(value, exclusiveMinimum) is { } againstMinimum
                && againstMinimum <= 0)
            {
                context.Report(Violations.ExclusiveMinimum(context.Path, ConstraintRules.Number(exclusiveMinimum)));
            }

            if (schema.TryGetProperty("exclusiveMaximum", out var exclusiveMaximum)
                && ConstraintRules.CompareNumbers(value, exclusiveMaximum) is { } againstMaximum
                && againstMaximum >= 0)
            {
                context.Report(Violations.ExclusiveMaximum(context.Path, ConstraintRules.Number(exclusiveMaximum)));
            }

            if (schema.TryGetProperty("multipleOf", out var divisor) && divisor.ValueKind == JsonValueKind.Number && !IsMultipleOf(value, divisor))
            {
                context.Report(Violations.MultipleOf(context.Path, ConstraintRules.Number(divisor)));
            }

            CheckIntegerFormat(value, schema, context);
        }

        private static bool IsMultipleOf(JsonElement value, JsonElement divisor)
        {
            if (value.TryGetDecimal(out var exactValue) && divisor.TryGetDecimal(out var exactDivisor))
            {
                return ConstraintRules.IsMultipleOf(exactValue, exactDivisor);
            }

            // A number beyond double's range cannot be judged; it passes rather than failing for the wrong reason.
            return !value.TryGetDouble(out var approximateValue)
                || !divisor.TryGetDouble(out var approximateDivisor)
                || double.IsInfinity(approximateValue)
                || ConstraintRules.IsMultipleOf(approximateValue, approximateDivisor);
        }

        private void CheckArray(JsonElement array, JsonElement schema, Context context)
        {
            var items = new List<JsonElement>();
            foreach (var item in array.EnumerateArray())
            {
                items.Add(item);
            }

            // prefixItems (3.1) or a tuple-form items array (older drafts) constrain the leading items by position.
            var checkedByPosition = 0;
            var hasItems = schema.TryGetProperty("items", out var itemSchema);
            var prefix = schema.TryGetProperty("prefixItems", out var prefixItems) && prefixItems.ValueKind == JsonValueKind.Array
                ? prefixItems
                : hasItems && itemSchema.ValueKind == JsonValueKind.Array ? itemSchema : default;
            if (prefix.ValueKind == JsonValueKind.Array)
            {
                foreach (var positional in prefix.EnumerateArray())
                {
                    if (checkedByPosition >= items.Count)
                    {
                        break;
                    }

                    Walk(items[checkedByPosition], positional, context.Child(ConstraintRules.Append(context.Path, checkedByPosition)));
                    checkedByPosition++;
                }
            }

            if (hasItems && itemSchema.ValueKind != JsonValueKind.Array)
            {
                for (var index = checkedByPosition; index < items.Count; index++)
                {
                    Walk(items[index], itemSchema, context.Child(ConstraintRules.Append(context.Path, index)));
                }
            }

            if (ReadCount(schema, "minItems") is { } minItems && items.Count < minItems)
            {
                context.Report(Violations.MinItems(context.Path, minItems));
            }

            if (ReadCount(schema, "maxItems") is { } maxItems && items.Count > maxItems)
            {
                context.Report(Violations.MaxItems(context.Path, maxItems));
            }

            if (IsTrue(schema, "uniqueItems") && HasDuplicate(items))
            {
                context.Report(Violations.UniqueItems(context.Path));
            }
        }

        private static bool HasDuplicate(List<JsonElement> items)
        {
            for (var i = 0; i < items.Count; i++)
            {
                for (var j = i + 1; j < items.Count; j++)
                {
                    if (ConstraintRules.JsonEquals(items[i], items[j]))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private void CheckObject(JsonElement value, JsonElement schema, Context context)
        {
            var hasProperties = schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object;
            var hasPatterns = schema.TryGetProperty("patternProperties", out var patterns) && patterns.ValueKind == JsonValueKind.Object;
            var hasAdditional = schema.TryGetProperty("additionalProperties", out var additional)
                && (additional.ValueKind == JsonValueKind.Object || additional.ValueKind == JsonValueKind.False);
            var count = 0;
            foreach (var member in value.EnumerateObject())
            {
                count++;
                var memberContext = context.Child(ConstraintRules.Append(context.Path, member.Name));
                var declared = false;
                if (hasProperties && properties.TryGetProperty(member.Name, out var propertySchema))
                {
                    declared = true;
                    Walk(member.Value, propertySchema, memberContext);
                }

                if (hasPatterns)
                {
                    foreach (var patternProperty in patterns.EnumerateObject())
                    {
                        // An untranslatable pattern matches nothing here, rather than claiming every member.
                        if (ConstraintRules.IsSupportedPattern(patternProperty.Name) && ConstraintRules.MatchesPattern(member.Name, patternProperty.Name))
                        {
                            declared = true;
                            Walk(member.Value, patternProperty.Value, memberContext);
                        }
                    }
                }

                if (!declared && hasAdditional)
                {
                    if (additional.ValueKind == JsonValueKind.False)
                    {
                        context.Report(Violations.AdditionalProperties(memberContext.Path));
                    }
                    else
                    {
                        Walk(member.Value, additional, memberContext);
                    }
                }
            }

            if (schema.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array)
            {
                foreach (var name in required.EnumerateArray())
                {
                    if (name.ValueKind == JsonValueKind.String
                        && !value.TryGetProperty(name.GetString()!, out _)
                        && !(hasProperties && properties.TryGetProperty(name.GetString()!, out var memberSchema) && MayBeMissing(memberSchema, context.Direction)))
                    {
                        context.Report(Violations.Required(ConstraintRules.Append(context.Path, name.GetString()!)));
                    }
                }
            }

            if (ReadCount(schema, "minProperties") is { } minProperties && count < minProperties)
            {
                context.Report(Violations.MinProperties(context.Path, minProperties));
            }

            if (ReadCount(schema, "maxProperties") is { } maxProperties && count > maxProperties)
            {
                context.Report(Violations.MaxProperties(context.Path, maxProperties));
            }
        }

        // A readOnly member is the server's to send and a writeOnly one the client's, so the other side may omit it.
        private bool MayBeMissing(JsonElement memberSchema, SchemaDirection direction)
        {
            var keyword = direction == SchemaDirection.Request ? "readOnly" : "writeOnly";
            var current = memberSchema;
            for (var hop = 0; hop < MaxReferenceHops && current.ValueKind == JsonValueKind.Object; hop++)
            {
                if (IsTrue(current, keyword))
                {
                    return true;
                }

                if (!current.TryGetProperty("$ref", out var reference)
                    || reference.ValueKind != JsonValueKind.String
                    || !(Resolve(reference.GetString()!) is { } target))
                {
                    return false;
                }

                current = target;
            }

            return false;
        }

        // A non-negative integer keyword (minLength, maxItems, ...); null when absent or not such a number.
        private static int? ReadCount(JsonElement schema, string keyword)
        {
            if (!schema.TryGetProperty(keyword, out var value) || value.ValueKind != JsonValueKind.Number)
            {
                return null;
            }

            if (value.TryGetInt32(out var count))
            {
                return count >= 0 ? count : null;
            }

            // 3.0 documents sometimes write 2.0; a count beyond int is no limit any .NET string or list can reach.
            return value.TryGetDecimal(out var exact) && exact == decimal.Truncate(exact) && exact >= 0
                ? (exact > int.MaxValue ? int.MaxValue : (int)exact)
                : null;
        }

        // Where the walk is: the instance path, the direction, where violations go, and the $refs followed since the
        // walk last moved into the instance (following one of them again would loop without end).
        private sealed class Context
        {
            private readonly FollowedReference? _followed;

            public Context(string path, SchemaDirection direction, List<ConstraintViolation> violations, int depth, FollowedReference? followed)
            {
                Path = path;
                Direction = direction;
                Violations = violations;
                Depth = depth;
                _followed = followed;
            }

            public string Path { get; }

            public SchemaDirection Direction { get; }

            public List<ConstraintViolation> Violations { get; }

            public int Depth { get; }

            public void Report(ConstraintViolation violation) => Violations.Add(violation);

            public bool HasFollowed(string reference)
            {
                for (var node = _followed; node is not null; node = node.Previous)
                {
                    if (string.Equals(node.Reference, reference, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }

                return false;
            }

            public Context Following(string reference) =>
                new Context(Path, Direction, Violations, Depth + 1, new FollowedReference(reference, _followed));

            public Context Deeper() => new Context(Path, Direction, Violations, Depth + 1, _followed);

            public Context Child(string path) => new Context(path, Direction, Violations, Depth + 1, null);

            // The same place with a list of its own, to learn whether a union branch passes without reporting why not.
            public Context Probe() => new Context(Path, Direction, new List<ConstraintViolation>(), Depth + 1, _followed);
        }

        private sealed class FollowedReference
        {
            public FollowedReference(string reference, FollowedReference? previous)
            {
                Reference = reference;
                Previous = previous;
            }

            public string Reference { get; }

            public FollowedReference? Previous { get; }
        }
    }
}
