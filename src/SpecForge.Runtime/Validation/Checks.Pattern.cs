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
    }
}
