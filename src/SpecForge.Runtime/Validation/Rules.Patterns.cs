// Shared runtime: JSON Schema patterns are ECMA-262 regular expressions; .NET's dialect differs in \d, \w, \s, '.', '$'
// and accepts constructs ECMA rejects, so each pattern is translated once, then compiled and cached with a match timeout.
namespace SpecForge.Runtime.Validation
{
    using System;
    using System.Collections.Concurrent;
    using System.Globalization;
    using System.Text;
    using System.Text.RegularExpressions;

    static partial class ConstraintRules
    {
        // A spec's pattern runs against request data from anyone; the timeout bounds catastrophic backtracking.
        private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(200);
        private static readonly ConcurrentDictionary<string, PatternEntry> Patterns = new ConcurrentDictionary<string, PatternEntry>(StringComparer.Ordinal);

        /// <summary>
        /// Translates an ECMA-262 pattern to the .NET pattern that matches the same strings.
        /// Throws <see cref="ArgumentException"/> for constructs ECMA-262 lacks (inline options, atomic groups, ...) or invalid syntax.
        /// </summary>
        public static string TranslatePattern(string ecmaPattern)
        {
            var output = new StringBuilder(ecmaPattern.Length + 16);
            var index = 0;
            while (index < ecmaPattern.Length)
            {
                var c = ecmaPattern[index];
                switch (c)
                {
                    case '\\':
                        index = TranslateEscape(ecmaPattern, index, output, false);
                        break;
                    case '[':
                        index = TranslateClass(ecmaPattern, index, output);
                        break;
                    case '(':
                        index = TranslateGroupOpening(ecmaPattern, index, output);
                        break;
                    case '.':
                        output.Append("[^\\n\\r\\u2028\\u2029]");
                        index++;
                        break;
                    case '$':
                        // ECMA's '$' (without the m flag) matches only at the very end; .NET's also before a final newline.
                        output.Append("\\z");
                        index++;
                        break;
                    case '*':
                    case '+':
                    case '?':
                        output.Append(c);
                        index = AfterQuantifier(ecmaPattern, index + 1, output);
                        break;
                    case '{':
                        var end = QuantifierEnd(ecmaPattern, index);
                        if (end < 0)
                        {
                            // Annex B: a brace that starts no quantifier is a literal. (Appended apart because Handlebars
                            // would swallow a backslash written right before a brace.)
                            output.Append('\\').Append('{');
                            index++;
                        }
                        else
                        {
                            output.Append(ecmaPattern, index, end - index);
                            index = AfterQuantifier(ecmaPattern, end, output);
                        }

                        break;
                    case ' ':
                    case '#':
                        // Literal in both dialects; escaped so the pattern also means the same under IgnorePatternWhitespace.
                        output.Append('\\').Append(c);
                        index++;
                        break;
                    default:
                        output.Append(c);
                        index++;
                        break;
                }
            }

            var translated = output.ToString();
            try
            {
                // Let .NET reject what the translation passed through unchecked (unbalanced parentheses, bad ranges, ...).
                _ = new Regex(translated, RegexOptions.CultureInvariant, PatternTimeout);
            }
            catch (ArgumentException ex)
            {
                throw new ArgumentException("The pattern '" + ecmaPattern + "' is not a valid regular expression: " + ex.Message, nameof(ecmaPattern), ex);
            }

            return translated;
        }

        /// <summary>
        /// Whether <paramref name="value"/> contains a match of the ECMA-262 <paramref name="ecmaPattern"/> (patterns are not
        /// anchored, as in JSON Schema). A match that runs out of time counts as no match. A pattern that cannot be
        /// translated constrains nothing (true), as every validator ignores a malformed keyword; the generator reports it
        /// through <see cref="TranslatePattern"/> and <see cref="IsSupportedPattern"/> tells callers that must know.
        /// </summary>
        public static bool MatchesPattern(string value, string ecmaPattern)
        {
            var entry = Patterns.GetOrAdd(ecmaPattern, static pattern => PatternEntry.Compile(pattern, PatternTimeout));
            return entry.Regex is null || IsMatchWithinTime(entry.Regex, value);
        }

        /// <summary>As <see cref="MatchesPattern(string, string)"/> with its own timeout and no caching, for tests of the timeout.</summary>
        public static bool MatchesPattern(string value, string ecmaPattern, TimeSpan timeout) =>
            IsMatchWithinTime(new Regex(TranslatePattern(ecmaPattern), RegexOptions.CultureInvariant, timeout), value);

        /// <summary>Whether <paramref name="ecmaPattern"/> translates to .NET; a validator reading a spec skips patterns that do not.</summary>
        public static bool IsSupportedPattern(string ecmaPattern) =>
            Patterns.GetOrAdd(ecmaPattern, static pattern => PatternEntry.Compile(pattern, PatternTimeout)).Regex is not null;

        private static bool IsMatchWithinTime(Regex regex, string value)
        {
            try
            {
                return regex.IsMatch(value);
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }
        }

        private static int TranslateClass(string pattern, int index, StringBuilder output)
        {
            var start = index;
            index++;
            var negated = index < pattern.Length && pattern[index] == '^';
            if (negated)
            {
                index++;
            }

            if (index < pattern.Length && pattern[index] == ']')
            {
                // ECMA's [] matches nothing and [^] anything; .NET would read the ']' as a member.
                output.Append(negated ? "[\\s\\S]" : "(?!)");
                return index + 1;
            }

            output.Append(negated ? "[^" : "[");
            while (index < pattern.Length && pattern[index] != ']')
            {
                var c = pattern[index];
                if (c == '\\')
                {
                    index = TranslateEscape(pattern, index, output, true);
                }
                else if (c == '[')
                {
                    // A literal in ECMA; escaped because .NET reads "-[" as character class subtraction.
                    output.Append("\\[");
                    index++;
                }
                else
                {
                    output.Append(c);
                    index++;
                }
            }

            if (index >= pattern.Length)
            {
                throw Unsupported(pattern, start, "a character class that is never closed");
            }

            output.Append(']');
            return index + 1;
        }

        private static int TranslateGroupOpening(string pattern, int index, StringBuilder output)
        {
            if (index + 1 >= pattern.Length || pattern[index + 1] != '?')
            {
                output.Append('(');
                return index + 1;
            }

            var rest = pattern.Substring(index + 2);
            foreach (var opening in new[] { ":", "=", "!", "<=", "<!" })
            {
                if (rest.StartsWith(opening, StringComparison.Ordinal))
                {
                    output.Append("(?").Append(opening);
                    return index + 2 + opening.Length;
                }
            }

            if (rest.Length > 0 && rest[0] == '<')
            {
                var close = rest.IndexOf('>');
                if (close > 1 && IsGroupName(rest.Substring(1, close - 1)))
                {
                    output.Append(pattern, index, close + 3);
                    return index + close + 3;
                }

                throw Unsupported(pattern, index, "an invalid group name");
            }

            var construct =
                rest.StartsWith(">", StringComparison.Ordinal) ? "an atomic group '(?>'"
                : rest.StartsWith("#", StringComparison.Ordinal) ? "a comment group '(?#'"
                : rest.StartsWith("(", StringComparison.Ordinal) ? "a conditional '(?('"
                : rest.StartsWith("'", StringComparison.Ordinal) ? "a .NET named group \"(?'\""
                : rest.Length > 0 && (IsAsciiLetter(rest[0]) || rest[0] == '-') ? "inline options '(?" + rest[0] + "'"
                : "the group '(?" + (rest.Length > 0 ? rest.Substring(0, 1) : string.Empty) + "'";
            throw Unsupported(pattern, index, construct);
        }

        private static int AfterQuantifier(string pattern, int index, StringBuilder output)
        {
            if (index < pattern.Length && pattern[index] == '+')
            {
                throw Unsupported(pattern, index, "a possessive quantifier");
            }

            if (index < pattern.Length && pattern[index] == '?')
            {
                output.Append('?');
                return index + 1;
            }

            return index;
        }

        // The end (exclusive) of a {n}, {n,} or {n,m} quantifier starting at index, or -1 when the brace is a literal.
        private static int QuantifierEnd(string pattern, int index)
        {
            var position = index + 1;
            var digits = 0;
            while (position < pattern.Length && pattern[position] >= '0' && pattern[position] <= '9')
            {
                position++;
                digits++;
            }

            if (digits == 0)
            {
                return -1;
            }

            if (position < pattern.Length && pattern[position] == ',')
            {
                position++;
                while (position < pattern.Length && pattern[position] >= '0' && pattern[position] <= '9')
                {
                    position++;
                }
            }

            return position < pattern.Length && pattern[position] == '}' ? position + 1 : -1;
        }

        private static bool IsGroupName(string name)
        {
            if (name.Length == 0 || !(IsAsciiLetter(name[0]) || name[0] == '_'))
            {
                return false;
            }

            foreach (var c in name)
            {
                if (!(IsAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_'))
                {
                    return false;
                }
            }

            return true;
        }

        private static ArgumentException Unsupported(string pattern, int index, string construct) =>
            new ArgumentException(
                "The pattern '" + pattern + "' uses " + construct + " at index " + index.ToString(CultureInfo.InvariantCulture)
                + ", which ECMA-262 regular expressions do not support.",
                "ecmaPattern");

        private sealed class PatternEntry
        {
            private PatternEntry(Regex? regex) => Regex = regex;

            // Null when the pattern does not translate; remembered so it is not translated again on every call.
            public Regex? Regex { get; }

            public static PatternEntry Compile(string ecmaPattern, TimeSpan timeout)
            {
                try
                {
                    return new PatternEntry(new Regex(TranslatePattern(ecmaPattern), RegexOptions.CultureInvariant, timeout));
                }
                catch (ArgumentException)
                {
                    return new PatternEntry(null);
                }
            }
        }
    }
}
