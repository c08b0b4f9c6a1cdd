using System;
using System.Text.Json.Nodes;

namespace SpecForge.Core.Normalizing.Passes;

/// <summary>Formats the docs state in words: E.164 phone numbers, YYYY-MM-DD dates, ISO timestamps, HH:MM times.</summary>
internal static class Formats
{
    /// <summary>ITU-T E.164: a plus, a non-zero digit, at most fifteen digits in all.</summary>
    public const string E164Pattern = @"^\+[1-9]\d{1,14}$";

    /// <summary>24-hour HH:MM.</summary>
    public const string TimeOfDayPattern = @"^([01]\d|2[0-3]):[0-5]\d$";

    public static void Apply(JsonObject schema, string text, string kind)
    {
        if (kind != "string" || schema.ContainsKey("format") || schema.ContainsKey("pattern"))
        {
            return;
        }

        if (Contains(text, "E.164"))
        {
            schema["pattern"] = E164Pattern;
            schema["x-format"] = "e164";
        }
        else if (Contains(text, "YYYY-MM-DDTHH") || Contains(text, "ISO 8601 timestamp") || Contains(text, "ISO timestamp") || Contains(text, "ISO datetime") || Contains(text, "ISO 8601 datetime"))
        {
            schema["format"] = "date-time";
        }
        else if (Contains(text, "YYYY-MM-DD"))
        {
            schema["format"] = "date";
        }
        else if (Contains(text, "HH:MM"))
        {
            schema["pattern"] = TimeOfDayPattern;
        }
    }

    private static bool Contains(string text, string phrase) => text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase) >= 0;
}
