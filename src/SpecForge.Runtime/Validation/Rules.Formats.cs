// Shared runtime: the string formats a spec may name, checked by hand (no Regex, no culture) so every validator and
// the mock's synthesized data agree on exactly what counts as an email, a date or an address.
namespace SpecForge.Runtime.Validation
{
    using System;

    static partial class ConstraintRules
    {
        /// <summary>
        /// Whether <paramref name="value"/> is written in <paramref name="format"/>. Formats this runtime does not know
        /// (int32, byte, password, ...) accept everything, as JSON Schema treats format as an annotation by default.
        /// </summary>
        public static bool MatchesFormat(string format, string value)
        {
            switch (format)
            {
                case "email":
                    return IsEmail(value);
                case "uuid":
                    return IsUuid(value);
                case "date":
                    return IsFullDate(value);
                case "date-time":
                    return IsDateTime(value);
                case "time":
                    return IsTime(value, 0, true);
                case "uri":
                    return IsUri(value);
                case "uri-reference":
                    return IsUriReference(value);
                case "ipv4":
                    return IsIPv4(value, 0, value.Length);
                case "ipv6":
                    return IsIPv6(value);
                case "hostname":
                    return IsHostname(value);
                case "e164":
                    return IsE164(value);
                default:
                    return true;
            }
        }

        /// <summary>
        /// Whether <paramref name="format"/> is checked on a string whose schema also has a <c>pattern</c>. Beside a
        /// pattern, <c>format: time</c> is only an annotation: APIs that document "HH:MM" call it a time, while RFC
        /// 3339's full-time would refuse it for lacking seconds, so the pattern says how the value is written.
        /// </summary>
        public static bool IsAsserted(string format, bool hasPattern) => !(hasPattern && format == "time");

        private static bool IsEmail(string value)
        {
            var at = value.IndexOf('@');
            if (at <= 0 || at != value.LastIndexOf('@') || at == value.Length - 1)
            {
                return false;
            }

            var local = value.Substring(0, at);
            if (local[0] == '.' || local[local.Length - 1] == '.' || local.IndexOf("..", StringComparison.Ordinal) >= 0)
            {
                return false;
            }

            foreach (var c in local)
            {
                if (c <= ' ' || c == 0x7F || "()<>[]:;,\\\"".IndexOf(c) >= 0)
                {
                    return false;
                }
            }

            return IsDomain(value.Substring(at + 1), true);
        }

        private static bool IsHostname(string value) => value.Length <= 253 && IsDomain(value, false);

        // Dot-separated labels of letters, digits and inner hyphens; an email's domain may also use non-ASCII letters (IDN).
        private static bool IsDomain(string value, bool allowNonAscii)
        {
            if (value.Length == 0)
            {
                return false;
            }

            foreach (var label in value.Split('.'))
            {
                if (label.Length == 0 || label.Length > 63 || label[0] == '-' || label[label.Length - 1] == '-')
                {
                    return false;
                }

                foreach (var c in label)
                {
                    var allowed = IsAsciiLetter(c) || IsDigit(c) || c == '-' || (allowNonAscii && c > 0x7F && char.IsLetterOrDigit(c));
                    if (!allowed)
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private static bool IsUuid(string value)
        {
            if (value.Length != 36)
            {
                return false;
            }

            for (var i = 0; i < value.Length; i++)
            {
                var hyphen = i == 8 || i == 13 || i == 18 || i == 23;
                if (hyphen ? value[i] != '-' : !AreHexDigits(value, i, 1))
                {
                    return false;
                }
            }

            return true;
        }

        // RFC 3339 full-date (YYYY-MM-DD) naming a day that exists in that month.
        private static bool IsFullDate(string value)
        {
            if (value.Length != 10 || value[4] != '-' || value[7] != '-')
            {
                return false;
            }

            var year = Digits(value, 0, 4);
            var month = Digits(value, 5, 2);
            var day = Digits(value, 8, 2);
            if (year < 0 || month < 1 || month > 12 || day < 1)
            {
                return false;
            }

            var leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
            var daysInMonth = month == 2 ? (leap ? 29 : 28) : (month == 4 || month == 6 || month == 9 || month == 11) ? 30 : 31;
            return day <= daysInMonth;
        }

        private static bool IsDateTime(string value) =>
            value.Length > 11 && (value[10] == 'T' || value[10] == 't') && IsFullDate(value.Substring(0, 10)) && IsTime(value, 11, false);

        // RFC 3339 partial-time (HH:MM:SS[.frac]) with, or when allowed without, an offset (Z or +HH:MM); from start to the end.
        private static bool IsTime(string value, int start, bool offsetOptional)
        {
            if (value.Length < start + 8 || value[start + 2] != ':' || value[start + 5] != ':')
            {
                return false;
            }

            var hour = Digits(value, start, 2);
            var minute = Digits(value, start + 3, 2);
            var second = Digits(value, start + 6, 2);
            if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60)
            {
                return false;
            }

            var position = start + 8;
            if (position < value.Length && value[position] == '.')
            {
                var fractionStart = ++position;
                while (position < value.Length && IsDigit(value[position]))
                {
                    position++;
                }

                if (position == fractionStart)
                {
                    return false;
                }
            }

            var offsetMinutes = 0;
            if (position == value.Length)
            {
                if (!offsetOptional)
                {
                    return false;
                }
            }
            else if ((value[position] == 'Z' || value[position] == 'z') && position == value.Length - 1)
            {
                offsetMinutes = 0;
            }
            else if ((value[position] == '+' || value[position] == '-') && value.Length == position + 6 && value[position + 3] == ':')
            {
                var offsetHour = Digits(value, position + 1, 2);
                var offsetMinute = Digits(value, position + 4, 2);
                if (offsetHour < 0 || offsetHour > 23 || offsetMinute < 0 || offsetMinute > 59)
                {
                    return false;
                }

                offsetMinutes = (value[position] == '-' ? -1 : 1) * ((offsetHour * 60) + offsetMinute);
            }
            else
            {
                return false;
            }

            // A leap second exists only as the last second of a UTC day.
            return second < 60 || ((((hour * 60) + minute - offsetMinutes) % 1440) + 1440) % 1440 == 1439;
        }

        private static bool IsUri(string value)
        {
            var colon = SchemeEnd(value);
            return colon > 0 && HasOnlyUriCharacters(value) && Uri.TryCreate(value, UriKind.Absolute, out _);
        }

        private static bool IsUriReference(string value) =>
            SchemeEnd(value) > 0 ? IsUri(value) : HasOnlyUriCharacters(value);

        // The index of the ':' that ends an RFC 3986 scheme, or -1 when value starts with no scheme.
        private static int SchemeEnd(string value)
        {
            if (value.Length == 0 || !IsAsciiLetter(value[0]))
            {
                return -1;
            }

            for (var i = 1; i < value.Length; i++)
            {
                var c = value[i];
                if (c == ':')
                {
                    return i;
                }

                if (!(IsAsciiLetter(c) || IsDigit(c) || c == '+' || c == '-' || c == '.'))
                {
                    return -1;
                }
            }

            return -1;
        }

        // RFC 3986 reserved and unreserved characters, '%' only before two hex digits, and at most one '#'.
        private static bool HasOnlyUriCharacters(string value)
        {
            var fragments = 0;
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if (c == '%')
                {
                    if (i + 2 >= value.Length || !AreHexDigits(value, i + 1, 2))
                    {
                        return false;
                    }
                }
                else if (c == '#')
                {
                    fragments++;
                }
                else if (!(IsAsciiLetter(c) || IsDigit(c) || "-._~:/?[]@!$&'()*+,;=".IndexOf(c) >= 0))
                {
                    return false;
                }
            }

            return fragments <= 1;
        }

        // A dotted quad between start and end: four decimal parts up to 255, without leading zeros.
        private static bool IsIPv4(string value, int start, int end)
        {
            var parts = 0;
            var position = start;
            while (parts < 4)
            {
                var partStart = position;
                while (position < end && IsDigit(value[position]))
                {
                    position++;
                }

                var length = position - partStart;
                if (length == 0 || length > 3 || (length > 1 && value[partStart] == '0') || Digits(value, partStart, length) > 255)
                {
                    return false;
                }

                parts++;
                if (parts < 4)
                {
                    if (position >= end || value[position] != '.')
                    {
                        return false;
                    }

                    position++;
                }
            }

            return position == end;
        }

        // RFC 4291 text form: eight groups of up to four hex digits, one '::' for a run of zero groups, an IPv4 tail.
        private static bool IsIPv6(string value)
        {
            var compressed = value.IndexOf("::", StringComparison.Ordinal);
            if (compressed >= 0 && value.IndexOf("::", compressed + 1, StringComparison.Ordinal) >= 0)
            {
                return false;
            }

            int groups;
            if (compressed < 0)
            {
                groups = CountIPv6Groups(value, 0, value.Length, true);
                return groups == 8;
            }

            var head = CountIPv6Groups(value, 0, compressed, false);
            var tail = CountIPv6Groups(value, compressed + 2, value.Length, true);
            groups = head + tail;
            return head >= 0 && tail >= 0 && groups <= 7;
        }

        // The number of 16-bit groups between start and end (an IPv4 tail counts two), or -1 when malformed.
        private static int CountIPv6Groups(string value, int start, int end, bool allowIPv4Tail)
        {
            if (start == end)
            {
                return 0;
            }

            var groups = 0;
            var position = start;
            while (true)
            {
                var groupStart = position;
                while (position < end && value[position] != ':')
                {
                    position++;
                }

                var length = position - groupStart;
                var last = position == end;
                if (last && allowIPv4Tail && value.IndexOf('.', groupStart, length) >= 0)
                {
                    return IsIPv4(value, groupStart, end) ? groups + 2 : -1;
                }

                if (length == 0 || length > 4 || !AreHexDigits(value, groupStart, length))
                {
                    return -1;
                }

                groups++;
                if (last)
                {
                    return groups;
                }

                position++;
            }
        }

        private static bool IsE164(string value)
        {
            if (value.Length < 3 || value.Length > 16 || value[0] != '+' || value[1] < '1' || value[1] > '9')
            {
                return false;
            }

            for (var i = 2; i < value.Length; i++)
            {
                if (!IsDigit(value[i]))
                {
                    return false;
                }
            }

            return true;
        }

        // The decimal value of count ASCII digits at start, or -1 when any is not a digit.
        private static int Digits(string value, int start, int count)
        {
            var result = 0;
            for (var i = start; i < start + count; i++)
            {
                if (!IsDigit(value[i]))
                {
                    return -1;
                }

                result = (result * 10) + (value[i] - '0');
            }

            return result;
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        // Shared with the pattern translator, which an SDK only gets when it has a pattern; formats are always there.
        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

        private static bool AreHexDigits(string text, int start, int count)
        {
            for (var i = start; i < start + count; i++)
            {
                var c = text[i];
                if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
