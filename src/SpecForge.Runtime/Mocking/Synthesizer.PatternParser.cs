// Shared runtime: parses the ECMA-262 regex subset the pattern generator understands into generator nodes; anything
// else (lookarounds, backreferences, word boundaries, malformed text) is declined with a FormatException.
namespace SpecForge.Runtime.Mocking
{
    using System;
    using System.Globalization;

    static partial class PatternGenerator
    {
        private sealed class Parser
        {
            private readonly string pattern;
            private int position;

            public Parser(string pattern)
            {
                this.pattern = pattern;
            }

            public Node ParseAll()
            {
                var node = ParseAlternation();
                if (position < pattern.Length)
                {
                    throw new FormatException("Unbalanced ')'.");
                }

                return node;
            }

            private Node ParseAlternation()
            {
                var first = ParseSequence();
                if (position >= pattern.Length || pattern[position] != '|')
                {
                    return first;
                }

                var alternation = new Alternation();
                alternation.Choices.Add(first);
                while (position < pattern.Length && pattern[position] == '|')
                {
                    position++;
                    alternation.Choices.Add(ParseSequence());
                }

                return alternation;
            }

            private Node ParseSequence()
            {
                var sequence = new Sequence();
                while (position < pattern.Length && pattern[position] != '|' && pattern[position] != ')')
                {
                    var atom = ParseAtom();
                    sequence.Items.Add(ParseQuantifier(atom));
                }

                return sequence;
            }

            private Node ParseAtom()
            {
                var c = pattern[position++];
                switch (c)
                {
                    case '^':
                    case '$':
                        return new Empty();
                    case '.':
                        return new CharacterSet().Add('a', 'z').Add('A', 'Z').Add('0', '9');
                    case '[':
                        return ParseClass();
                    case '(':
                        return ParseGroup();
                    case '\\':
                        return ParseEscape(false);
                    default:
                        return new Literal(c);
                }
            }

            private Node ParseGroup()
            {
                if (position < pattern.Length && pattern[position] == '?')
                {
                    var next = position + 1 < pattern.Length ? pattern[position + 1] : '\0';
                    if (next == ':')
                    {
                        position += 2;
                    }
                    else if (next == '<' && position + 2 < pattern.Length && pattern[position + 2] != '=' && pattern[position + 2] != '!')
                    {
                        var close = pattern.IndexOf('>', position);
                        if (close < 0)
                        {
                            throw new FormatException("Unterminated group name.");
                        }

                        position = close + 1;
                    }
                    else
                    {
                        throw new FormatException("Lookarounds are not generated.");
                    }
                }

                var inner = ParseAlternation();
                if (position >= pattern.Length || pattern[position] != ')')
                {
                    throw new FormatException("Missing ')'.");
                }

                position++;
                return inner;
            }

            private Node ParseClass()
            {
                var set = new CharacterSet();
                if (position < pattern.Length && pattern[position] == '^')
                {
                    set.Negated = true;
                    position++;
                }

                while (position < pattern.Length && pattern[position] != ']')
                {
                    char low;
                    if (pattern[position] == '\\')
                    {
                        position++;
                        var escaped = ParseEscape(true);
                        if (escaped is CharacterSet shorthand)
                        {
                            set.AddAll(shorthand, false);
                            continue;
                        }

                        low = ((Literal)escaped).Character();
                    }
                    else
                    {
                        low = pattern[position++];
                    }

                    if (position + 1 < pattern.Length && pattern[position] == '-' && pattern[position + 1] != ']')
                    {
                        position++;
                        char high;
                        if (pattern[position] == '\\')
                        {
                            position++;
                            var escaped = ParseEscape(true) as Literal;
                            high = escaped == null ? throw new FormatException("A class shorthand cannot end a range.") : escaped.Character();
                        }
                        else
                        {
                            high = pattern[position++];
                        }

                        if (high < low)
                        {
                            throw new FormatException("Range out of order.");
                        }

                        set.Add(low, high);
                    }
                    else
                    {
                        set.Add(low, low);
                    }
                }

                if (position >= pattern.Length)
                {
                    throw new FormatException("Missing ']'.");
                }

                position++;
                return set;
            }

            private Node ParseEscape(bool inClass)
            {
                if (position >= pattern.Length)
                {
                    throw new FormatException("Trailing backslash.");
                }

                var c = pattern[position++];
                switch (c)
                {
                    case 'd': return Digits();
                    case 'D': return new CharacterSet().AddAll(Digits(), true);
                    case 'w': return Word();
                    case 'W': return new CharacterSet().AddAll(Word(), true);
                    case 's': return new CharacterSet().Add(' ', ' ');
                    case 'S': return new CharacterSet().Add('!', '~');
                    case 'n': return new Literal('\n');
                    case 'r': return new Literal('\r');
                    case 't': return new Literal('\t');
                    case 'f': return new Literal('\f');
                    case 'v': return new Literal('\v');
                    case '0': return new Literal('\0');
                    case 'b':
                        if (inClass)
                        {
                            return new Literal('\b');
                        }

                        throw new FormatException("Word boundaries are not generated.");
                    case 'x': return new Literal((char)Hex(2));
                    case 'u': return new Literal((char)Hex(4));
                    default:
                        if (c >= '1' && c <= '9')
                        {
                            throw new FormatException("Backreferences are not generated.");
                        }

                        return new Literal(c);
                }
            }

            private int Hex(int digits)
            {
                if (position + digits > pattern.Length
                    || !int.TryParse(pattern.Substring(position, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
                {
                    throw new FormatException("Bad hex escape.");
                }

                position += digits;
                return value;
            }

            private Node ParseQuantifier(Node atom)
            {
                if (position >= pattern.Length)
                {
                    return atom;
                }

                int minimum;
                int maximum;
                switch (pattern[position])
                {
                    case '*': minimum = 0; maximum = OpenRepeatExtra; position++; break;
                    case '+': minimum = 1; maximum = 1 + OpenRepeatExtra; position++; break;
                    case '?': minimum = 0; maximum = 1; position++; break;
                    case '{':
                        if (!TryParseBraces(out minimum, out maximum))
                        {
                            return atom;
                        }

                        break;
                    default:
                        return atom;
                }

                // A lazy marker changes matching, not the language.
                if (position < pattern.Length && pattern[position] == '?')
                {
                    position++;
                }

                return new Repeat(atom, minimum, maximum);
            }

            // `{n}`, `{n,}` or `{n,m}`; anything else is a literal brace, as in ECMA-262's Annex B.
            private bool TryParseBraces(out int minimum, out int maximum)
            {
                minimum = 0;
                maximum = 0;
                var close = pattern.IndexOf('}', position);
                if (close < 0)
                {
                    return false;
                }

                var body = pattern.Substring(position + 1, close - position - 1);
                var comma = body.IndexOf(',');
                var lowText = comma < 0 ? body : body.Substring(0, comma);
                if (!int.TryParse(lowText, NumberStyles.None, CultureInfo.InvariantCulture, out minimum))
                {
                    return false;
                }

                if (comma < 0)
                {
                    maximum = minimum;
                }
                else if (comma == body.Length - 1)
                {
                    maximum = minimum + OpenRepeatExtra;
                }
                else if (!int.TryParse(body.Substring(comma + 1), NumberStyles.None, CultureInfo.InvariantCulture, out maximum) || maximum < minimum)
                {
                    return false;
                }

                position = close + 1;
                return true;
            }

            private static CharacterSet Digits() => new CharacterSet().Add('0', '9');

            private static CharacterSet Word() => new CharacterSet().Add('a', 'z').Add('A', 'Z').Add('0', '9').Add('_', '_');
        }
    }
}
