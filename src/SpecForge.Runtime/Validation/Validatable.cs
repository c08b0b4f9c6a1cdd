// Shared runtime: values that check themselves, and the checks that take them, so a validator names a nested record or
// a list of them in one call where each validator used to spell out the loop (validators are compiled on every build of
// the project that holds them).
namespace SpecForge.Runtime.Validation
{
    using System.Collections.Generic;

    /// <summary>A generated record or union that checks itself; the pointers it reports are relative to itself.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public interface IValidatable
    {
        /// <summary>Adds this value's violations to <paramref name="violations"/>, creating the list on first use.</summary>
        void CollectViolations(ref List<ConstraintViolation>? violations);
    }

    static partial class Checks
    {
        /// <summary>Every violation of <paramref name="value"/>, empty when it is valid: the body of a generated <c>Validate()</c>.</summary>
        public static IReadOnlyList<ConstraintViolation> All(IValidatable value)
        {
            List<ConstraintViolation>? violations = null;
            value.CollectViolations(ref violations);
            return violations is null ? global::System.Array.Empty<ConstraintViolation>() : violations;
        }

        /// <summary>
        /// The violations of a response body that is a record or union, null when there are none: the check a client
        /// passes the transport as a method group, where it used to write a lambda per operation.
        /// </summary>
        public static List<ConstraintViolation>? Of<T>(T? value)
            where T : class, IValidatable
        {
            List<ConstraintViolation>? violations = null;
            value?.CollectViolations(ref violations);
            return violations;
        }

        /// <summary>As <see cref="Of{T}(T)"/>, for a response body that is a list of records or unions.</summary>
        public static List<ConstraintViolation>? OfItems<T>(IReadOnlyList<T?>? items)
            where T : class, IValidatable
        {
            List<ConstraintViolation>? violations = null;
            Items(ref violations, items, string.Empty);
            return violations;
        }

        /// <summary>Checks a nested record or union when present, moving what it finds under <paramref name="pointer"/>.</summary>
        public static void Value<T>(ref List<ConstraintViolation>? violations, T? value, string pointer)
            where T : class, IValidatable
        {
            if (value is null)
            {
                return;
            }

            List<ConstraintViolation>? nested = null;
            value.CollectViolations(ref nested);
            Nested(ref violations, pointer, nested);
        }

        /// <summary>A required nested record or union: missing is a violation, present is checked as by <see cref="Value{T}"/>.</summary>
        public static void RequiredValue<T>(ref List<ConstraintViolation>? violations, T? value, string pointer)
            where T : class, IValidatable
        {
            Required(ref violations, value, pointer);
            Value(ref violations, value, pointer);
        }

        /// <summary>A required list of records or unions: missing is a violation, present is checked as by <see cref="Items{T}"/>.</summary>
        public static void RequiredItems<T>(ref List<ConstraintViolation>? violations, IReadOnlyList<T?>? items, string pointer)
            where T : class, IValidatable
        {
            Required(ref violations, items, pointer);
            Items(ref violations, items, pointer);
        }

        /// <summary>
        /// Checks the length of each present string of a list, moving what it finds under the item's index: the one kind
        /// of item check that is common enough (Stripe's <c>expand</c> on nearly every operation) to deserve a call of its
        /// own instead of a loop in each validator. An absent bound is 0 or <see cref="int.MaxValue"/>.
        /// </summary>
        public static void ItemLengths(ref List<ConstraintViolation>? violations, IReadOnlyList<string?>? items, int minLength, int maxLength, string pointer) =>
            EachString(ref violations, items, pointer, (Min: minLength, Max: maxLength), static (ref List<ConstraintViolation>? nested, string item, (int Min, int Max) bounds) =>
            {
                MinLength(ref nested, item, bounds.Min, string.Empty);
                MaxLength(ref nested, item, bounds.Max, string.Empty);
            });

        /// <summary>Checks one string item into <paramref name="violations"/>, with what the check needs besides the item.</summary>
        internal delegate void StringItemCheck<TState>(ref List<ConstraintViolation>? violations, string item, TState state);

        // Each present string of a list, checked on its own and what it finds moved under its index; valid items allocate nothing.
        private static void EachString<TState>(ref List<ConstraintViolation>? violations, IReadOnlyList<string?>? items, string pointer, TState state, StringItemCheck<TState> check)
        {
            if (items is null)
            {
                return;
            }

            for (var index = 0; index < items.Count; index++)
            {
                if (items[index] is not { } item)
                {
                    continue;
                }

                List<ConstraintViolation>? nested = null;
                check(ref nested, item, state);
                if (nested is not null)
                {
                    Nested(ref violations, ConstraintRules.Append(pointer, index), nested);
                }
            }
        }

        /// <summary>Checks each present item of a list of records or unions, moving what it finds under the item's index.</summary>
        public static void Items<T>(ref List<ConstraintViolation>? violations, IReadOnlyList<T?>? items, string pointer)
            where T : class, IValidatable
        {
            if (items is null)
            {
                return;
            }

            for (var index = 0; index < items.Count; index++)
            {
                List<ConstraintViolation>? nested = null;
                items[index]?.CollectViolations(ref nested);

                // The item's pointer is built only for an item that failed, so valid data allocates nothing.
                if (nested is not null)
                {
                    Nested(ref violations, ConstraintRules.Append(pointer, index), nested);
                }
            }
        }
    }
}
