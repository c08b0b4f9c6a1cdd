// Shared runtime: the pattern check, apart from the other checks because it needs the ECMA-262 translator
// (Rules.Patterns.cs, Rules.PatternEscapes.cs), which an SDK whose schemas have no pattern does not compile.
namespace SpecForge.Runtime.Validation
{
    using System.Collections.Generic;

    static partial class Checks
    {
        /// <summary>pattern, with the spec's ECMA-262 text; the translated Regex is cached by ConstraintRules.</summary>
        public static void Pattern(ref List<ConstraintViolation>? violations, string value, string pattern, string path)
        {
            if (!ConstraintRules.MatchesPattern(value, pattern))
            {
                Add(ref violations, Violations.Pattern(path, pattern));
            }
        }

        /// <summary>
        /// pattern on each present string of a list, moving what it finds under the item's index: one call where each
        /// validator spelled out the loop (Discord's lists of snowflake ids, a hundred of them).
        /// </summary>
        public static void ItemPatterns(ref List<ConstraintViolation>? violations, IReadOnlyList<string?>? items, string pattern, string pointer) =>
            EachString(ref violations, items, pointer, pattern, static (ref List<ConstraintViolation>? nested, string item, string itemPattern) =>
                Pattern(ref nested, item, itemPattern, string.Empty));
    }
}
