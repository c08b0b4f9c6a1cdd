// Shared runtime: the synthesizer's strings: formats (email, uuid, dates, uri, addresses, E.164, base64, ...),
// patterns through the pattern generator, and plain words fitted to minLength/maxLength.
namespace SpecForge.Runtime.Mocking
{
    using System;
    using System.Globalization;
    using System.Text;
    using Validation;

    sealed partial class SchemaSynthesizer
    {
        private const int PatternAttempts = 8;

        private static readonly string[] Lorem =
        {
            "lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "elit", "sed", "do", "eiusmod",
            "tempor", "incididunt", "ut", "labore", "et", "dolore", "magna", "aliqua", "enim", "minim", "veniam",
        };

        private static string String(SynthesisView view, SplitMix64 random)
        {
            var minimum = view.MinLength ?? 0;
            var maximum = view.MaxLength ?? Math.Max(minimum, 24);
            if (view.Patterns.Count > 0)
            {
                var fromPattern = FromPatterns(view, random, minimum, maximum);
                if (fromPattern != null)
                {
                    return fromPattern;
                }
            }

            var formatted = view.Format == null ? null : Formatted(view.Format, random);
            if (formatted != null)
            {
                return formatted;
            }

            return Words(random, minimum, maximum);
        }

        private static string? FromPatterns(SynthesisView view, SplitMix64 random, int minimum, int maximum)
        {
            string? candidate = null;
            for (var attempt = 0; attempt < PatternAttempts; attempt++)
            {
                if (!PatternGenerator.TryGenerate(view.Patterns[0], random.Fork(), out var generated))
                {
                    return null;
                }

                var length = ConstraintRules.CountCodePoints(generated);
                var fits = length >= minimum && length <= maximum;
                if (fits && MatchesAll(view, generated))
                {
                    return generated;
                }

                candidate ??= generated;
            }

            // Still failing (lookarounds, contradictory limits): keep the first try and let the caller's check decide.
            return candidate;
        }

        private static bool MatchesAll(SynthesisView view, string value)
        {
            foreach (var pattern in view.Patterns)
            {
                if (!ConstraintRules.MatchesPattern(value, pattern))
                {
                    return false;
                }
            }

            return view.Format == null
                || !ConstraintRules.IsAsserted(view.Format, view.Patterns.Count > 0)
                || ConstraintRules.MatchesFormat(view.Format, value);
        }

        /// <summary>Space-separated lorem words, cut or padded to the length limits.</summary>
        public static string Words(SplitMix64 random, int minimum, int maximum)
        {
            var builder = new StringBuilder();
            var target = (int)random.Range(Math.Max(minimum, Math.Min(maximum, 5)), Math.Max(minimum, Math.Min(maximum, 16)));
            while (builder.Length < target)
            {
                if (builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(Lorem[random.Next(Lorem.Length)]);
            }

            if (builder.Length > maximum)
            {
                builder.Length = maximum;
            }

            // A cut may leave a trailing space; a letter keeps the text tidy and the length unchanged.
            if (builder.Length > 0 && builder[builder.Length - 1] == ' ')
            {
                builder[builder.Length - 1] = 'x';
            }

            return builder.ToString();
        }

        private static string? Formatted(string format, SplitMix64 random)
        {
            var n = random.Range(1, 9999).ToString(CultureInfo.InvariantCulture);
            switch (format)
            {
                case "email":
                case "idn-email":
                    return "user" + n + "@example.com";
                case "uuid":
                    return Uuid(random);
                case "date":
                    return Date(random);
                case "date-time":
                    return Date(random) + "T" + Time(random) + "Z";
                case "time":
                    return Time(random) + "Z";
                case "uri":
                case "url":
                case "iri":
                    return "https://example.com/items/" + n;
                case "uri-reference":
                case "iri-reference":
                    return "/items/" + n;
                case "hostname":
                case "idn-hostname":
                    return "host" + n + ".example.com";
                case "ipv4":
                    return Octet(random) + "." + Octet(random) + "." + Octet(random) + "." + Octet(random);
                case "ipv6":
                    return "2001:db8:" + Hex(random, 4) + ":" + Hex(random, 4) + "::" + Hex(random, 4);
                case "e164":
                    return "+1" + random.Range(2000000000L, 9999999999L).ToString(CultureInfo.InvariantCulture);
                case "byte":
                case "base64":
                // Binary inside JSON can only travel as text; the typed code reads it as base64 bytes.
                case "binary":
                    var bytes = new byte[6 + random.Next(6)];
                    for (var i = 0; i < bytes.Length; i++)
                    {
                        bytes[i] = (byte)random.Next(256);
                    }

                    return Convert.ToBase64String(bytes);
                case "int32":
                case "int64":
                    return n;
                case "duration":
                    return "P" + random.Range(1, 30).ToString(CultureInfo.InvariantCulture) + "D";
                case "json-pointer":
                    return "/items/" + n;
                default:
                    return null;
            }
        }

        private static string Uuid(SplitMix64 random)
        {
            var high = random.Next();
            var low = random.Next();

            // Version 4, RFC 4122 variant, like Guid.NewGuid would give.
            high = (high & 0xFFFFFFFFFFFF0FFFUL) | 0x0000000000004000UL;
            low = (low & 0x3FFFFFFFFFFFFFFFUL) | 0x8000000000000000UL;
            var text = high.ToString("x16", CultureInfo.InvariantCulture) + low.ToString("x16", CultureInfo.InvariantCulture);
            return text.Substring(0, 8) + "-" + text.Substring(8, 4) + "-" + text.Substring(12, 4) + "-" + text.Substring(16, 4) + "-" + text.Substring(20);
        }

        private static string Date(SplitMix64 random) =>
            "20" + random.Range(20, 29).ToString(CultureInfo.InvariantCulture) + "-" + Two(random.Range(1, 12)) + "-" + Two(random.Range(1, 28));

        private static string Time(SplitMix64 random) =>
            Two(random.Range(0, 23)) + ":" + Two(random.Range(0, 59)) + ":" + Two(random.Range(0, 59));

        private static string Two(long value) => value.ToString("00", CultureInfo.InvariantCulture);

        private static string Octet(SplitMix64 random) => random.Range(1, 254).ToString(CultureInfo.InvariantCulture);

        private static string Hex(SplitMix64 random, int digits) => random.Range(1, 0xFFFF).ToString("x", CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }
}
