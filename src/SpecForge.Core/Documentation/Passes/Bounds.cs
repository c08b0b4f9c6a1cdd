using System;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SpecForge.Core.Documentation.Passes;

/// <summary>
/// Ranges and limits, each form a named rule: "(1-100, default 25)", "(default 25, max 100)", "(2-3000 chars)",
/// "max 100", "Required range: 1 &lt;= x &lt;= 100"; outside parentheses "Voice stability 0-1 (default 0.6)",
/// "Rating 1-5", "0.0-1.0." (numbers only, first sentence only); "1-64 lowercase chars" (lengths); "Array of 1-50
/// file UUIDs" (item counts). Bounds are the numbers as written: "0.0" stays 0.0.
/// </summary>
internal static class Bounds
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const string Number = @"-?\d+(?:\.\d+)?";

    // A number followed by a size unit is about bytes ("max 100 KB"), which JSON schema cannot say of a string.
    private const string NotSize = @"(?!\s*(?:KB|MB|GB|bytes?|B\b|px|%|ms|seconds?|minutes?|hours?|days?))";

    private static readonly Regex Range = new($@"\(\s*({Number})\s*[-–]\s*({Number}){NotSize}\s*(chars?|characters|items)?\s*(?:,[^)]*)?\)", Options);
    private static readonly Regex RenderedLength = new($@"string length:\s*({Number})\s*-\s*({Number})", Options);
    private static readonly Regex RenderedRange = new($@"range:\s*(?:({Number})\s*<=\s*)?x\s*(?:<=\s*({Number}))?(?:>=\s*({Number}))?", Options);
    private static readonly Regex Maximum = new($@"\b(?:max(?:imum)?|up to)\.?:?\s+({Number}){NotSize}\s*(chars?|characters|items)?\b", Options);
    private static readonly Regex Minimum = new($@"\bmin(?:imum)?\.?:?\s+({Number}){NotSize}\s*(chars?|characters|items)?\b", Options);

    // Outside parentheses a range is only read where nothing else can own it: not inside {...} or [...], not a
    // "0-based" or "1-10x" token, not followed by a unit.
    private static readonly Regex BareRange = new($@"(?<![\w.\-–(/:=<>+])(\d+(?:\.\d+)?)\s*[-–]\s*(\d+(?:\.\d+)?)(?![\w%+\-–]|\.\d){NotSize}", Options);
    private static readonly Regex CharacterRange = new($@"(?<![\w.\-–(])(\d+)\s*[-–]\s*(\d+)\s+(?:[a-z]+\s+)?(?:chars?|characters)\b", Options);
    private static readonly Regex ItemRange = new($@"\barray of\s+(\d+)\s*[-–]\s*(\d+)\s+(?!chars?\b|characters\b)[a-z]", Options);
    private static readonly Regex ItemValueRange = new($@"\barray of (integers|numbers)\s+(\d+)\s*[-–]\s*(\d+)(?![\w%+\-–]|\.\d)", Options);
    private static readonly Regex FirstSentence = new(@"^.*?(?:\.(?=\s|$)|$)", Options | RegexOptions.Singleline);

    public static void Apply(JsonObject schema, string kind, string text, ConstraintLog log)
    {
        if (Range.Match(text) is { Success: true } range)
        {
            log.Found();
            Set(schema, kind, range.Groups[1].Value, range.Groups[3].Value, isMaximum: false);
            Set(schema, kind, range.Groups[2].Value, range.Groups[3].Value, isMaximum: true);
        }

        if (RenderedLength.Match(text) is { Success: true } length)
        {
            log.Found();
            Set(schema, "string", length.Groups[1].Value, "chars", isMaximum: false);
            Set(schema, "string", length.Groups[2].Value, "chars", isMaximum: true);
        }

        if (RenderedRange.Match(text) is { Success: true } rendered)
        {
            log.Found();
            Set(schema, kind, rendered.Groups[1].Success ? rendered.Groups[1].Value : rendered.Groups[3].Value, string.Empty, isMaximum: false);
            Set(schema, kind, rendered.Groups[2].Value, string.Empty, isMaximum: true);
        }

        if (Maximum.Match(text) is { Success: true } max)
        {
            log.Found();
            Set(schema, kind, max.Groups[1].Value, max.Groups[2].Value, isMaximum: true);
        }

        if (Minimum.Match(text) is { Success: true } min)
        {
            log.Found();
            Set(schema, kind, min.Groups[1].Value, min.Groups[2].Value, isMaximum: false);
        }

        if (kind == "string" && CharacterRange.Match(text) is { Success: true } characters)
        {
            log.Found();
            Set(schema, kind, characters.Groups[1].Value, "chars", isMaximum: false);
            Set(schema, kind, characters.Groups[2].Value, "chars", isMaximum: true);
        }

        if (kind == "array" && ItemRange.Match(text) is { Success: true } items)
        {
            log.Found();
            Set(schema, kind, items.Groups[1].Value, "items", isMaximum: false);
            Set(schema, kind, items.Groups[2].Value, "items", isMaximum: true);
        }

        if (kind == "array" && ItemValueRange.Match(text) is { Success: true } itemValues)
        {
            ApplyItemRange(schema, itemValues);
            log.Found();
        }

        if (kind is "integer" or "number")
        {
            ApplyBareRange(schema, kind, text, log);
        }
    }

    // "Voice stability 0-1 (default 0.6)": one range in the first sentence bounds the value; a second one ("Most
    // useful results fall in 0.1-0.4") is advice, and two in the first sentence ("tiers: 1-50, 51-100") are not bounds.
    private static void ApplyBareRange(JsonObject schema, string kind, string text, ConstraintLog log)
    {
        var sentence = FirstSentence.Match(text).Value;
        if (sentence.IndexOf('{') >= 0 || sentence.IndexOf('[') >= 0)
        {
            return;
        }

        var parentheses = Enclosure.After(sentence, '(', ')');
        var ranges = BareRange.Matches(sentence).Cast<Match>().Where(m => !parentheses[m.Index]).Take(3).ToList();
        if (ranges.Count > 1)
        {
            log.Skip(ranges[0].Index, $"several ranges ({string.Join(", ", ranges.Select(r => r.Value))}) in one sentence");
            return;
        }

        if (ranges.Count == 1 && (kind == "number" || !ranges[0].Value.Contains(".")))
        {
            var lower = Parse(ranges[0].Groups[1].Value);
            var upper = Parse(ranges[0].Groups[2].Value);
            if (lower > upper)
            {
                return;
            }

            log.Found();
            Set(schema, kind, ranges[0].Groups[1].Value, string.Empty, isMaximum: false);
            Set(schema, kind, ranges[0].Groups[2].Value, string.Empty, isMaximum: true);
        }
    }

    // "Array of integers 0-6": the range bounds each item, and says what the items are.
    private static void ApplyItemRange(JsonObject schema, Match match)
    {
        var type = match.Groups[1].Value.StartsWith("i", StringComparison.OrdinalIgnoreCase) ? "integer" : "number";
        if (schema["items"] is not JsonObject items)
        {
            schema["items"] = items = new JsonObject { ["type"] = type };
        }

        if (ConstraintPhrasePass.BaseType(items) == type)
        {
            Set(items, type, match.Groups[2].Value, string.Empty, isMaximum: false);
            Set(items, type, match.Groups[3].Value, string.Empty, isMaximum: true);
        }
    }

    private static decimal Parse(string value) => decimal.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static void Set(JsonObject schema, string kind, string value, string unit, bool isMaximum)
    {
        if (value.Length == 0 || !decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return;
        }

        var countsCharacters = unit.StartsWith("char", StringComparison.OrdinalIgnoreCase);
        var keyword = kind switch
        {
            "string" when countsCharacters || unit.Length == 0 => isMaximum ? "maxLength" : "minLength",
            "array" => isMaximum ? "maxItems" : "minItems",
            "integer" or "number" when unit.Length == 0 => isMaximum ? "maximum" : "minimum",
            _ => null,
        };
        var counts = keyword is "minLength" or "maxLength" or "minItems" or "maxItems";
        if (keyword is null || schema.ContainsKey(keyword) || (counts && (number < 0 || value.IndexOf('.') >= 0)))
        {
            return;
        }

        // The number as written: "0.0-1.0" is 0.0 and 1.0, "1-5" is 1 and 5.
        schema[keyword] = value.IndexOf('.') < 0 && number >= long.MinValue && number <= long.MaxValue ? JsonValue.Create((long)number) : JsonValue.Create(number);
    }
}
