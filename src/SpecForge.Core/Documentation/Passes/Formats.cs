using System;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SpecForge.Core.Documentation.Passes;

/// <summary>Formats the docs state in words: E.164 phone numbers, YYYY-MM-DD dates, ISO timestamps, HH:MM times.</summary>
internal static class Formats
{
    /// <summary>ITU-T E.164: a plus, a non-zero digit, at most fifteen digits in all.</summary>
    public const string E164Pattern = @"^\+[1-9]\d{1,14}$";

    /// <summary>24-hour HH:MM.</summary>
    public const string TimeOfDayPattern = @"^([01]\d|2[0-3]):[0-5]\d$";

    /// <summary>24-hour HH:MM:SS.</summary>
    public const string TimeOfDayWithSecondsPattern = @"^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$";

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // "E.164 or AU local format" accepts more than E.164, so only the strict mentions get the pattern.
    private static readonly Regex E164 = new(@"\bE\.164\b(?![^.;()]*\bor\b)", Options);
    private static readonly Regex DateTime = new(@"\bISO[ -]?8601\b|\bISO (?:timestamp|datetime|date-time)\b|YYYY-MM-DDTHH", Options);
    private static readonly Regex Date = new(@"(?<![\w-])YYYY-MM-DD(?![\w]|T|\s+HH)|\bISO date\b(?!\s*-?time)", Options);
    private static readonly Regex TimeWithSeconds = new(@"(?<![\w-])HH:MM:SS\b", Options);
    private static readonly Regex Time = new(@"(?<![\w-]|DD\s)HH:MM\b(?!:SS)", Options);

    public static void Apply(JsonObject schema, string text, string kind)
    {
        if (kind != "string" || schema.ContainsKey("format") || schema.ContainsKey("pattern"))
        {
            return;
        }

        if (E164.IsMatch(text))
        {
            schema["pattern"] = E164Pattern;
            schema["x-format"] = "e164";
        }
        else if (Date.IsMatch(text) && !DateTime.IsMatch(text))
        {
            schema["format"] = "date";
        }
        else if (DateTime.IsMatch(text))
        {
            schema["format"] = "date-time";
        }
        else if (TimeWithSeconds.IsMatch(text))
        {
            schema["pattern"] = TimeOfDayWithSecondsPattern;
        }
        else if (Time.IsMatch(text))
        {
            schema["pattern"] = TimeOfDayPattern;
        }
    }
}
