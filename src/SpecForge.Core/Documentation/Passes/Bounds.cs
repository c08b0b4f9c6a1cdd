using System;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SpecForge.Core.Documentation.Passes;

/// <summary>Ranges and limits: "(1-100, default 25)", "(default 25, max 100)", "(2-3000 chars)", "max 100", "Required range: 1 &lt;= x &lt;= 100".</summary>
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

    public static void Apply(JsonObject schema, string kind, string text)
    {
        if (Range.Match(text) is { Success: true } range)
        {
            Set(schema, kind, range.Groups[1].Value, range.Groups[3].Value, isMaximum: false);
            Set(schema, kind, range.Groups[2].Value, range.Groups[3].Value, isMaximum: true);
        }

        if (RenderedLength.Match(text) is { Success: true } length)
        {
            Set(schema, "string", length.Groups[1].Value, "chars", isMaximum: false);
            Set(schema, "string", length.Groups[2].Value, "chars", isMaximum: true);
        }

        if (RenderedRange.Match(text) is { Success: true } rendered)
        {
            Set(schema, kind, rendered.Groups[1].Success ? rendered.Groups[1].Value : rendered.Groups[3].Value, string.Empty, isMaximum: false);
            Set(schema, kind, rendered.Groups[2].Value, string.Empty, isMaximum: true);
        }

        if (Maximum.Match(text) is { Success: true } max)
        {
            Set(schema, kind, max.Groups[1].Value, max.Groups[2].Value, isMaximum: true);
        }

        if (Minimum.Match(text) is { Success: true } min)
        {
            Set(schema, kind, min.Groups[1].Value, min.Groups[2].Value, isMaximum: false);
        }
    }

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
        if (keyword is null || schema.ContainsKey(keyword) || (keyword.EndsWith("Length", StringComparison.Ordinal) && number < 0))
        {
            return;
        }

        schema[keyword] = number == Math.Truncate(number) && number >= long.MinValue && number <= long.MaxValue ? JsonValue.Create((long)number) : JsonValue.Create(number);
    }
}
