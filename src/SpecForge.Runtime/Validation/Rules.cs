// Shared runtime: the keyword checks and the violation wording every validator uses, so a typed validator, the
// schema validator and the mock say the same thing about the same value.
namespace SpecForge.Runtime.Validation
{
    using System;
    using System.Collections.Generic;
    using System.Globalization;
    using System.Text.Json;

    /// <summary>Checks that JSON Schema keywords share, independent of where the value comes from.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static partial class ConstraintRules
    {
        // Decimal holds 28-29 significant digits; beyond these magnitudes a double's 15 digits no longer convert exactly.
        private const double LargestExactDecimal = 1e27;
        private const double SmallestExactDecimal = 1e-12;

        /// <summary>The JSON pointer of member <paramref name="member"/> below <paramref name="pointer"/> (RFC 6901 escaping).</summary>
        public static string Append(string pointer, string member) =>
            pointer + "/" + member.Replace("~", "~0").Replace("/", "~1");

        /// <summary>The JSON pointer of item <paramref name="index"/> below <paramref name="pointer"/>.</summary>
        public static string Append(string pointer, int index) =>
            pointer + "/" + index.ToString(CultureInfo.InvariantCulture);

        /// <summary>The length JSON Schema means: Unicode code points, so an emoji counts once, not as two UTF-16 units.</summary>
        public static int CountCodePoints(string value)
        {
            var count = value.Length;
            for (var i = 1; i < value.Length; i++)
            {
                if (char.IsLowSurrogate(value[i]) && char.IsHighSurrogate(value[i - 1]))
                {
                    count--;
                }
            }

            return count;
        }

        /// <summary>Whether <paramref name="value"/> is an integral multiple of <paramref name="divisor"/>; exact in decimal.</summary>
        public static bool IsMultipleOf(decimal value, decimal divisor)
        {
            if (divisor <= 0m)
            {
                // multipleOf must be positive; a spec that says otherwise constrains nothing.
                return true;
            }

            try
            {
                return value % divisor == 0m;
            }
            catch (OverflowException)
            {
                return IsMultipleOfApproximately((double)value, (double)divisor);
            }
        }

        /// <summary>
        /// Whether <paramref name="value"/> is an integral multiple of <paramref name="divisor"/>: through decimal when both
        /// fit (so 0.3 is a multiple of 0.1), else with a relative tolerance.
        /// </summary>
        public static bool IsMultipleOf(double value, double divisor)
        {
            if (double.IsNaN(divisor) || double.IsInfinity(divisor) || divisor <= 0)
            {
                return true;
            }

            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                return false;
            }

            if (FitsDecimal(value) && FitsDecimal(divisor))
            {
                // The explicit conversion rounds to 15 significant digits, which is what the JSON text said.
                return IsMultipleOf((decimal)value, (decimal)divisor);
            }

            return IsMultipleOfApproximately(value, divisor);
        }

        /// <summary>
        /// JSON equality as JSON Schema defines it for enum, const and uniqueItems: numbers by value (1 equals 1.0),
        /// objects regardless of member order, arrays in order.
        /// </summary>
        public static bool JsonEquals(JsonElement left, JsonElement right)
        {
            if (left.ValueKind != right.ValueKind)
            {
                return false;
            }

            switch (left.ValueKind)
            {
                case JsonValueKind.Number:
                    return NumbersEqual(left, right);
                case JsonValueKind.String:
                    return string.Equals(left.GetString(), right.GetString(), StringComparison.Ordinal);
                case JsonValueKind.Array:
                    return ArraysEqual(left, right);
                case JsonValueKind.Object:
                    return ObjectsEqual(left, right);
                default:
                    // true, false, null and undefined carry nothing beyond their kind.
                    return true;
            }
        }

        /// <summary>A limit as people write it: invariant, without trailing zeros (<c>0.1</c>, <c>10</c>).</summary>
        public static string Number(decimal value)
        {
            var text = value.ToString(CultureInfo.InvariantCulture);
            if (text.IndexOf('.') >= 0)
            {
                text = text.TrimEnd('0').TrimEnd('.');
            }

            return text;
        }

        /// <summary>A limit as the shortest invariant text that reads back as the same double (<c>0.1</c>, <c>1E+30</c>).</summary>
        public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

        /// <summary>The invariant text of a JSON number as a limit; the raw text when it fits no .NET number.</summary>
        public static string Number(JsonElement number)
        {
            if (number.TryGetDecimal(out var exact))
            {
                return Number(exact);
            }

            return number.TryGetDouble(out var approximate) ? Number(approximate) : number.GetRawText();
        }

        /// <summary>
        /// Compares two JSON numbers exactly when both fit decimal, else as doubles; null when either is not a finite number.
        /// </summary>
        public static int? CompareNumbers(JsonElement left, JsonElement right)
        {
            if (left.ValueKind != JsonValueKind.Number || right.ValueKind != JsonValueKind.Number)
            {
                return null;
            }

            if (left.TryGetDecimal(out var leftExact) && right.TryGetDecimal(out var rightExact))
            {
                return leftExact.CompareTo(rightExact);
            }

            if (left.TryGetDouble(out var leftApproximate) && right.TryGetDouble(out var rightApproximate))
            {
                return leftApproximate.CompareTo(rightApproximate);
            }

            return null;
        }

        /// <summary>Whether a JSON number has no fractional part, so 1.0 counts as an integer as JSON Schema says.</summary>
        public static bool IsIntegral(JsonElement number)
        {
            if (number.TryGetDecimal(out var exact))
            {
                return exact == decimal.Truncate(exact);
            }

            if (number.TryGetDouble(out var approximate))
            {
                return Math.Floor(approximate) == approximate;
            }

            // Beyond double's range (1e400): every such number written without a fraction is integral.
            return number.GetRawText().IndexOf('.') < 0;
        }

        private static bool FitsDecimal(double value)
        {
            var magnitude = Math.Abs(value);
            return magnitude == 0 || (magnitude >= SmallestExactDecimal && magnitude < LargestExactDecimal);
        }

        private static bool IsMultipleOfApproximately(double value, double divisor)
        {
            var quotient = value / divisor;
            if (double.IsInfinity(quotient) || double.IsNaN(quotient))
            {
                return false;
            }

            return Math.Abs(quotient - Math.Round(quotient)) <= 1e-9 * Math.Max(1.0, Math.Abs(quotient));
        }

        private static bool NumbersEqual(JsonElement left, JsonElement right)
        {
            var comparison = CompareNumbers(left, right);
            return comparison.HasValue
                ? comparison.Value == 0
                : string.Equals(left.GetRawText(), right.GetRawText(), StringComparison.Ordinal);
        }

        private static bool ArraysEqual(JsonElement left, JsonElement right)
        {
            if (left.GetArrayLength() != right.GetArrayLength())
            {
                return false;
            }

            using (var leftItems = left.EnumerateArray())
            using (var rightItems = right.EnumerateArray())
            {
                while (leftItems.MoveNext() && rightItems.MoveNext())
                {
                    if (!JsonEquals(leftItems.Current, rightItems.Current))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private static bool ObjectsEqual(JsonElement left, JsonElement right)
        {
            // With duplicate names the last member wins, as System.Text.Json's deserializer decides.
            var leftMembers = Members(left);
            var rightMembers = Members(right);
            if (leftMembers.Count != rightMembers.Count)
            {
                return false;
            }

            foreach (var member in leftMembers)
            {
                if (!rightMembers.TryGetValue(member.Key, out var other) || !JsonEquals(member.Value, other))
                {
                    return false;
                }
            }

            return true;
        }

        private static Dictionary<string, JsonElement> Members(JsonElement value)
        {
            var members = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var member in value.EnumerateObject())
            {
                members[member.Name] = member.Value;
            }

            return members;
        }
    }

    /// <summary>One factory per JSON Schema keyword, so every validator words a broken rule the same way.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static class Violations
    {
        public static ConstraintViolation Required(string path) => new ConstraintViolation(path, "required", null, "is required");

        public static ConstraintViolation Type(string path, string expected) =>
            new ConstraintViolation(path, "type", expected, "must be of type " + expected);

        public static ConstraintViolation MinLength(string path, int limit) =>
            new ConstraintViolation(path, "minLength", Count(limit), "must be at least " + Count(limit) + Plural(limit, " character") + " long");

        public static ConstraintViolation MaxLength(string path, int limit) =>
            new ConstraintViolation(path, "maxLength", Count(limit), "must be at most " + Count(limit) + Plural(limit, " character") + " long");

        public static ConstraintViolation Pattern(string path, string pattern) =>
            new ConstraintViolation(path, "pattern", pattern, "must match the pattern " + pattern);

        public static ConstraintViolation Format(string path, string format) =>
            new ConstraintViolation(path, "format", format, "must be a valid " + format);

        public static ConstraintViolation Minimum(string path, string limit) =>
            new ConstraintViolation(path, "minimum", limit, "must be at least " + limit);

        public static ConstraintViolation Maximum(string path, string limit) =>
            new ConstraintViolation(path, "maximum", limit, "must be at most " + limit);

        public static ConstraintViolation ExclusiveMinimum(string path, string limit) =>
            new ConstraintViolation(path, "exclusiveMinimum", limit, "must be greater than " + limit);

        public static ConstraintViolation ExclusiveMaximum(string path, string limit) =>
            new ConstraintViolation(path, "exclusiveMaximum", limit, "must be less than " + limit);

        public static ConstraintViolation MultipleOf(string path, string divisor) =>
            new ConstraintViolation(path, "multipleOf", divisor, "must be a multiple of " + divisor);

        public static ConstraintViolation MinItems(string path, int limit) =>
            new ConstraintViolation(path, "minItems", Count(limit), "must contain at least " + Count(limit) + Plural(limit, " item"));

        public static ConstraintViolation MaxItems(string path, int limit) =>
            new ConstraintViolation(path, "maxItems", Count(limit), "must contain at most " + Count(limit) + Plural(limit, " item"));

        public static ConstraintViolation UniqueItems(string path) =>
            new ConstraintViolation(path, "uniqueItems", null, "must not contain duplicate items");

        public static ConstraintViolation MinProperties(string path, int limit) =>
            new ConstraintViolation(path, "minProperties", Count(limit), "must have at least " + Count(limit) + Plural(limit, " property", " properties"));

        public static ConstraintViolation MaxProperties(string path, int limit) =>
            new ConstraintViolation(path, "maxProperties", Count(limit), "must have at most " + Count(limit) + Plural(limit, " property", " properties"));

        public static ConstraintViolation Enum(string path, string allowedJsonList) =>
            new ConstraintViolation(path, "enum", allowedJsonList, "must be one of: " + allowedJsonList);

        public static ConstraintViolation Const(string path, string constJson) =>
            new ConstraintViolation(path, "const", constJson, "must be " + constJson);

        public static ConstraintViolation AdditionalProperties(string path) =>
            new ConstraintViolation(path, "additionalProperties", "false", "is not allowed");

        public static ConstraintViolation OneOf(string path, int matches) =>
            new ConstraintViolation(
                path,
                "oneOf",
                null,
                matches == 0
                    ? "must match exactly one of the allowed schemas, but matches none"
                    : "must match exactly one of the allowed schemas, but matches " + Count(matches));

        public static ConstraintViolation AnyOf(string path) =>
            new ConstraintViolation(path, "anyOf", null, "must match at least one of the allowed schemas");

        public static ConstraintViolation Not(string path) =>
            new ConstraintViolation(path, "not", null, "must not match the excluded schema");

        /// <summary>A value where the schema is <c>false</c>: nothing may stand there.</summary>
        public static ConstraintViolation Forbidden(string path) =>
            new ConstraintViolation(path, "false", null, "is not allowed");

        private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static string Plural(int count, string singular) => count == 1 ? singular : singular + "s";

        private static string Plural(int count, string singular, string plural) => count == 1 ? singular : plural;
    }
}
