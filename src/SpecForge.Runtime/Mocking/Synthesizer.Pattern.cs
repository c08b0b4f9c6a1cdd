// Shared runtime: generates strings from the ECMA-262 regex subset specs use (literals, escapes, classes and ranges,
// negated classes, \d \w \s, '.', groups, alternation, ? * + {n} {n,m}, anchors), so patterned strings get valid data.
namespace SpecForge.Runtime.Mocking
{
    using System;
    using System.Collections.Generic;
    using System.Globalization;
    using System.Text;

    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static partial class PatternGenerator
    {
        /// <summary>Unbounded repeats (* + {n,}) add at most this many items, so strings stay short.</summary>
        private const int OpenRepeatExtra = 3;

        /// <summary>False for constructs it cannot generate from (lookarounds, backreferences) or malformed patterns.</summary>
        public static bool TryGenerate(string pattern, SplitMix64 random, out string value)
        {
            try
            {
                var parser = new Parser(pattern);
                var node = parser.ParseAll();
                var builder = new StringBuilder();
                node.Emit(builder, random);
                value = builder.ToString();
                return true;
            }
            catch (FormatException)
            {
                value = string.Empty;
                return false;
            }
        }

        private abstract class Node
        {
            public abstract void Emit(StringBuilder builder, SplitMix64 random);
        }

        private sealed class Literal : Node
        {
            private readonly char character;

            public Literal(char character)
            {
                this.character = character;
            }

            public char Character() => character;

            public override void Emit(StringBuilder builder, SplitMix64 random) => builder.Append(character);
        }

        private sealed class Empty : Node
        {
            public override void Emit(StringBuilder builder, SplitMix64 random)
            {
            }
        }

        /// <summary>A character class as inclusive ranges; a negated class picks from printable ASCII outside them.</summary>
        private sealed class CharacterSet : Node
        {
            private readonly List<KeyValuePair<char, char>> ranges = new List<KeyValuePair<char, char>>();

            public bool Negated { get; set; }

            public CharacterSet Add(char low, char high)
            {
                ranges.Add(new KeyValuePair<char, char>(low, high));
                return this;
            }

            public CharacterSet AddAll(CharacterSet other, bool negate)
            {
                if (!negate)
                {
                    ranges.AddRange(other.ranges);
                    return this;
                }

                for (var c = ' '; c <= '~'; c++)
                {
                    if (!other.Contains(c))
                    {
                        Add(c, c);
                    }
                }

                return this;
            }

            public bool Contains(char c)
            {
                foreach (var range in ranges)
                {
                    if (c >= range.Key && c <= range.Value)
                    {
                        return true;
                    }
                }

                return false;
            }

            public override void Emit(StringBuilder builder, SplitMix64 random)
            {
                if (Negated)
                {
                    var allowed = new List<char>();
                    for (var c = '!'; c <= '~'; c++)
                    {
                        if (!Contains(c))
                        {
                            allowed.Add(c);
                        }
                    }

                    if (allowed.Count == 0)
                    {
                        throw new FormatException("The class excludes every printable character.");
                    }

                    builder.Append(allowed[random.Next(allowed.Count)]);
                    return;
                }

                var total = 0;
                foreach (var range in ranges)
                {
                    total += range.Value - range.Key + 1;
                }

                if (total <= 0)
                {
                    throw new FormatException("The class is empty.");
                }

                var pick = random.Next(total);
                foreach (var range in ranges)
                {
                    var size = range.Value - range.Key + 1;
                    if (pick < size)
                    {
                        builder.Append((char)(range.Key + pick));
                        return;
                    }

                    pick -= size;
                }
            }
        }

        private sealed class Sequence : Node
        {
            public List<Node> Items { get; } = new List<Node>();

            public override void Emit(StringBuilder builder, SplitMix64 random)
            {
                foreach (var item in Items)
                {
                    item.Emit(builder, random);
                }
            }
        }

        private sealed class Alternation : Node
        {
            public List<Node> Choices { get; } = new List<Node>();

            public override void Emit(StringBuilder builder, SplitMix64 random) => Choices[random.Next(Choices.Count)].Emit(builder, random);
        }

        private sealed class Repeat : Node
        {
            private readonly Node item;
            private readonly int minimum;
            private readonly int maximum;

            public Repeat(Node item, int minimum, int maximum)
            {
                this.item = item;
                this.minimum = minimum;
                this.maximum = maximum;
            }

            public override void Emit(StringBuilder builder, SplitMix64 random)
            {
                var count = random.Range(minimum, maximum);
                for (var i = 0; i < count; i++)
                {
                    item.Emit(builder, random);
                }
            }
        }
    }
}
