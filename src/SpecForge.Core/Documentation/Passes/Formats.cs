using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SpecForge.Core.Documentation.Passes;

/// <summary>
/// Formats the docs state in words: E.164 phone numbers (on a string, or on each item of a string array), YYYY-MM-DD
/// dates, ISO timestamps, HH:MM and HH:MM:SS times. A time of day is <c>format: time</c> with the pattern of its exact
/// shape; beside a pattern that format is only an annotation (RFC 3339's full-time would refuse the documented "08:00"
/// for lacking seconds), so the SDK keeps a string checked by the pattern (docs/normalizing-constraints.md).
/// </summary>
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
    private static readonly Regex Rfc3339Time = new(@"\bRFC[ -]?3339 (?:full-)?time\b", Options);
    private static readonly Regex TimeWithSeconds = new(@"(?<![\w-])HH:MM:SS\b", Options);
    private static readonly Regex Time = new(@"(?<![\w-]|DD\s)HH:MM\b(?!:SS)", Options);

    public static void Apply(JsonObject schema, string text, string kind, ConstraintLog log)
    {
        if (kind == "array" && schema["items"] is JsonObject items && ConstraintPhrasePass.BaseType(items) == "string")
        {
            // "Phone numbers ... Must be in E.164 format": the format is each number's, not the array's.
            if (!items.ContainsKey("pattern") && E164.IsMatch(text))
            {
                log.Found();
                items["pattern"] = E164Pattern;
                items["x-format"] = "e164";
            }

            return;
        }

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
        else if (Rfc3339Time.IsMatch(text))
        {
            schema["format"] = "time";
        }
        else if (TimeWithSeconds.IsMatch(text))
        {
            schema["format"] = "time";
            schema["pattern"] = TimeOfDayWithSecondsPattern;
        }
        else if (Time.IsMatch(text))
        {
            schema["format"] = "time";
            schema["pattern"] = TimeOfDayPattern;
        }
        else
        {
            return;
        }

        log.Found();
    }
}
