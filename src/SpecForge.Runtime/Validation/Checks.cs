// Shared runtime: the typed checks the generated validators call, one per keyword, so each validator stays a list of
// calls and every check reports through the same Violations factory as the schema validator.
namespace SpecForge.Runtime.Validation
{
    using System.Collections.Generic;

    /// <summary>
    /// Keyword checks on typed values. Each adds to a list it creates only when something is wrong, so validating valid
    /// data allocates nothing; paths are constant pointers, and nested values are checked into a list of their own that
    /// <see cref="Nested"/> moves under the parent's pointer.
    /// </summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static partial class Checks
    {
        // Below this many items uniqueness is checked pairwise, which needs no set.
        private const int PairwiseUniqueLimit = 32;

        /// <summary>Adds <paramref name="violation"/>, creating the list on first use.</summary>
        public static void Add(ref List<ConstraintViolation>? violations, ConstraintViolation violation)
        {
            if (violations is null)
            {
                violations = new List<ConstraintViolation>();
            }

            violations.Add(violation);
        }

        /// <summary>Moves the violations of a nested value (pointers relative to it) under <paramref name="prefix"/>.</summary>
        public static void Nested(ref List<ConstraintViolation>? violations, string prefix, List<ConstraintViolation>? nested)
        {
            if (nested is null)
            {
                return;
            }

            foreach (var violation in nested)
            {
                Add(ref violations, new ConstraintViolation(prefix + violation.Path, violation.Rule, violation.Limit, violation.Message));
            }
        }

        /// <summary>Reports a required member that is missing (null).</summary>
        public static void Required(ref List<ConstraintViolation>? violations, object? value, string path)
        {
            if (value is null)
            {
                Add(ref violations, Violations.Required(path));
            }
        }

        /// <summary>
        /// A required value that has checks of its own: returns it, or notes the violation and returns null when it is
        /// missing, so a validator tests it and checks it in one statement.
        /// </summary>
        public static T? Present<T>(ref List<ConstraintViolation>? violations, T? value, string path)
            where T : class
        {
            Required(ref violations, value, path);
            return value;
        }

        /// <summary>minLength, counted in code points as JSON Schema counts.</summary>
        public static void MinLength(ref List<ConstraintViolation>? violations, string value, int limit, string path)
        {
            // A string never has more code points than UTF-16 units: long enough in units and short ones alike are cheap to settle.
            if (value.Length < limit || (value.Length < 2L * limit && ConstraintRules.CountCodePoints(value) < limit))
            {
                Add(ref violations, Violations.MinLength(path, limit));
            }
        }

        /// <summary>maxLength, counted in code points.</summary>
        public static void MaxLength(ref List<ConstraintViolation>? violations, string value, int limit, string path)
        {
            if (value.Length > limit && ConstraintRules.CountCodePoints(value) > limit)
            {
                Add(ref violations, Violations.MaxLength(path, limit));
            }
        }

        /// <summary>format, for the formats ConstraintRules knows.</summary>
        public static void Format(ref List<ConstraintViolation>? violations, string value, string format, string path)
        {
            if (!ConstraintRules.MatchesFormat(format, value))
            {
                Add(ref violations, Violations.Format(path, format));
            }
        }

        /// <summary>minimum, or exclusiveMinimum when <paramref name="exclusive"/>.</summary>
        public static void Minimum(ref List<ConstraintViolation>? violations, decimal value, decimal limit, bool exclusive, string limitText, string path)
        {
            if (exclusive ? value <= limit : value < limit)
            {
                Add(ref violations, exclusive ? Violations.ExclusiveMinimum(path, limitText) : Violations.Minimum(path, limitText));
            }
        }

        /// <summary>minimum, or exclusiveMinimum when <paramref name="exclusive"/>; NaN is below every bound.</summary>
        public static void Minimum(ref List<ConstraintViolation>? violations, double value, double limit, bool exclusive, string limitText, string path)
        {
            if (double.IsNaN(value) || (exclusive ? value <= limit : value < limit))
            {
                Add(ref violations, exclusive ? Violations.ExclusiveMinimum(path, limitText) : Violations.Minimum(path, limitText));
            }
        }

        /// <summary>maximum, or exclusiveMaximum when <paramref name="exclusive"/>.</summary>
        public static void Maximum(ref List<ConstraintViolation>? violations, decimal value, decimal limit, bool exclusive, string limitText, string path)
        {
            if (exclusive ? value >= limit : value > limit)
            {
                Add(ref violations, exclusive ? Violations.ExclusiveMaximum(path, limitText) : Violations.Maximum(path, limitText));
            }
        }

        /// <summary>maximum, or exclusiveMaximum when <paramref name="exclusive"/>; NaN is above every bound.</summary>
        public static void Maximum(ref List<ConstraintViolation>? violations, double value, double limit, bool exclusive, string limitText, string path)
        {
            if (double.IsNaN(value) || (exclusive ? value >= limit : value > limit))
            {
                Add(ref violations, exclusive ? Violations.ExclusiveMaximum(path, limitText) : Violations.Maximum(path, limitText));
            }
        }

        /// <summary>multipleOf on exact numbers.</summary>
        public static void MultipleOf(ref List<ConstraintViolation>? violations, decimal value, decimal divisor, string divisorText, string path)
        {
            if (!ConstraintRules.IsMultipleOf(value, divisor))
            {
                Add(ref violations, Violations.MultipleOf(path, divisorText));
            }
        }

        /// <summary>multipleOf on binary floating point, with the tolerance ConstraintRules allows.</summary>
        public static void MultipleOf(ref List<ConstraintViolation>? violations, double value, double divisor, string divisorText, string path)
        {
            if (!ConstraintRules.IsMultipleOf(value, divisor))
            {
                Add(ref violations, Violations.MultipleOf(path, divisorText));
            }
        }

        /// <summary>minItems.</summary>
        public static void MinItems(ref List<ConstraintViolation>? violations, int count, int limit, string path)
        {
            if (count < limit)
            {
                Add(ref violations, Violations.MinItems(path, limit));
            }
        }

        /// <summary>maxItems.</summary>
        public static void MaxItems(ref List<ConstraintViolation>? violations, int count, int limit, string path)
        {
            if (count > limit)
            {
                Add(ref violations, Violations.MaxItems(path, limit));
            }
        }

        /// <summary>uniqueItems, by the items' own equality (records compare by value).</summary>
        public static void UniqueItems<T>(ref List<ConstraintViolation>? violations, IReadOnlyList<T> items, string path)
        {
            if (!AreUnique(items))
            {
                Add(ref violations, Violations.UniqueItems(path));
            }
        }

        /// <summary>minProperties.</summary>
        public static void MinProperties(ref List<ConstraintViolation>? violations, int count, int limit, string path)
        {
            if (count < limit)
            {
                Add(ref violations, Violations.MinProperties(path, limit));
            }
        }

        /// <summary>maxProperties.</summary>
        public static void MaxProperties(ref List<ConstraintViolation>? violations, int count, int limit, string path)
        {
            if (count > limit)
            {
                Add(ref violations, Violations.MaxProperties(path, limit));
            }
        }

        /// <summary>enum: <paramref name="listed"/> says whether the value is one of <paramref name="allowedJson"/> (a JSON array).</summary>
        public static void Enum(ref List<ConstraintViolation>? violations, bool listed, string allowedJson, string path)
        {
            if (!listed)
            {
                Add(ref violations, Violations.Enum(path, allowedJson));
            }
        }

        /// <summary>const: <paramref name="equal"/> says whether the value is <paramref name="constJson"/>.</summary>
        public static void Const(ref List<ConstraintViolation>? violations, bool equal, string constJson, string path)
        {
            if (!equal)
            {
                Add(ref violations, Violations.Const(path, constJson));
            }
        }

        private static bool AreUnique<T>(IReadOnlyList<T> items)
        {
            var comparer = EqualityComparer<T>.Default;
            if (items.Count <= PairwiseUniqueLimit)
            {
                for (var i = 1; i < items.Count; i++)
                {
                    for (var j = 0; j < i; j++)
                    {
                        if (comparer.Equals(items[i], items[j]))
                        {
                            return false;
                        }
                    }
                }

                return true;
            }

            var seen = new HashSet<T>(comparer);
            foreach (var item in items)
            {
                if (!seen.Add(item))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
