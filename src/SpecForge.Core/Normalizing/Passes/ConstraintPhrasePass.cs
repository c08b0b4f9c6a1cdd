using System;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SpecForge.Core.Normalizing.Draft;

namespace SpecForge.Core.Normalizing.Passes;

/// <summary>
/// Turns constraint phrases in descriptions (and a rendered page's constraint lines) into schema keywords:
/// ranges and defaults ("(1-100, default 25)", "(default 25, max 100)", "max 100"), lengths ("(2-3000 chars)"),
/// allowed values ("One of: a, b", "Values: ...", "Available options: ..."), formats (E.164, YYYY-MM-DD, ISO
/// timestamps, HH:MM) and nullability ("Pass null to clear"). Phrases stay in the description for human readers.
/// </summary>
public sealed class ConstraintPhrasePass : INormalizationPass
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const string Number = @"-?\d+(?:\.\d+)?";

    private static readonly Regex Range = new($@"\(\s*({Number})\s*[-–]\s*({Number})\s*(chars?|characters|items)?\s*(?:,\s*default:?\s*([^,)]+?))?\s*\)", Options);
    private static readonly Regex RenderedLength = new($@"string length:\s*({Number})\s*-\s*({Number})", Options);
    private static readonly Regex RenderedRange = new($@"range:\s*(?:({Number})\s*<=\s*)?x\s*(?:<=\s*({Number}))?(?:>=\s*({Number}))?", Options);
    private static readonly Regex Maximum = new($@"\bmax(?:imum)?\.?:?\s+({Number})\s*(chars?|characters|items)?\b", Options);
    private static readonly Regex Minimum = new($@"\bmin(?:imum)?\.?:?\s+({Number})\s*(chars?|characters|items)?\b", Options);
    private static readonly Regex Default = new(@"\bdefault(?:s to)?:?\s+(""[^""]*""|`[^`]*`|[^\s,;)]+)", Options);
    private static readonly Regex AllowedValues = new(@"\b(?:one of|values|available options|allowed values|enum):\s*(.+?)(?:\.\s|\.$|;|\)|$)", Options);
    private static readonly Regex QuotedUnion = new(@"(?:""[^""]+""\s*\|\s*)+""[^""]+""", Options);

    /// <inheritdoc/>
    public string Name => "constraints";

    /// <inheritdoc/>
    public void Run(DraftApi api)
    {
        foreach (var parameter in api.Operations.SelectMany(o => o.Parameters).Distinct())
        {
            if (parameter.Schema is { } schema)
            {
                Apply(schema, string.Join(". ", parameter.ConstraintTexts.Prepend(parameter.Description ?? string.Empty)));
            }
        }
    }

    /// <summary>Adds the keywords <paramref name="text"/> states to <paramref name="schema"/>; keywords already set are kept.</summary>
    public static void Apply(JsonObject schema, string text)
    {
        var kind = BaseType(schema);
        Formats.Apply(schema, text, kind);
        if (Range.Match(text) is { Success: true } range)
        {
            SetBounds(schema, kind, range.Groups[1].Value, range.Groups[2].Value, range.Groups[3].Value);
            if (range.Groups[4].Success)
            {
                SetDefault(schema, kind, range.Groups[4].Value);
            }
        }

        if (RenderedLength.Match(text) is { Success: true } length)
        {
            SetBounds(schema, "string", length.Groups[1].Value, length.Groups[2].Value, "chars");
        }

        if (RenderedRange.Match(text) is { Success: true } rendered && (rendered.Groups[1].Success || rendered.Groups[2].Success || rendered.Groups[3].Success))
        {
            SetBound(schema, kind, rendered.Groups[1].Success ? rendered.Groups[1].Value : rendered.Groups[3].Value, string.Empty, isMaximum: false);
            SetBound(schema, kind, rendered.Groups[2].Value, string.Empty, isMaximum: true);
        }

        if (Maximum.Match(text) is { Success: true } max)
        {
            SetBound(schema, kind, max.Groups[1].Value, max.Groups[2].Value, isMaximum: true);
        }

        if (Minimum.Match(text) is { Success: true } min)
        {
            SetBound(schema, kind, min.Groups[1].Value, min.Groups[2].Value, isMaximum: false);
        }

        if (!schema.ContainsKey("default") && Default.Match(text) is { Success: true } fallback)
        {
            SetDefault(schema, kind, fallback.Groups[1].Value.TrimEnd('.'));
        }

        if (kind == "string" && !schema.ContainsKey("enum"))
        {
            SetEnum(schema, text);
        }

        if (text.IndexOf("null to clear", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            TypeTokenPass.WithNull(schema, nullable: schema["type"] is JsonValue);
        }
    }

    internal static string BaseType(JsonObject schema) => schema["type"] switch
    {
        JsonValue value => value.GetValue<string>(),
        JsonArray list => list.Select(t => t?.GetValue<string>()).FirstOrDefault(t => t != "null") ?? string.Empty,
        _ => string.Empty,
    };

    private static void SetBounds(JsonObject schema, string kind, string low, string high, string unit)
    {
        SetBound(schema, kind, low, unit, isMaximum: false);
        SetBound(schema, kind, high, unit, isMaximum: true);
    }

    private static void SetBound(JsonObject schema, string kind, string value, string unit, bool isMaximum)
    {
        if (value.Length == 0 || !decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return;
        }

        var keyword = (kind, unit.ToLowerInvariant()) switch
        {
            ("string", _) => isMaximum ? "maxLength" : "minLength",
            ("array", _) => isMaximum ? "maxItems" : "minItems",
            ("integer" or "number", "") => isMaximum ? "maximum" : "minimum",
            _ => null,
        };
        if (keyword is null || schema.ContainsKey(keyword))
        {
            return;
        }

        schema[keyword] = number == Math.Truncate(number) ? JsonValue.Create((long)number) : JsonValue.Create(number);
    }

    private static void SetDefault(JsonObject schema, string kind, string raw)
    {
        var text = raw.Trim().Trim('"', '`', '\'');
        JsonNode? value = kind switch
        {
            "integer" when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer) => JsonValue.Create(integer),
            "number" when decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
            "boolean" when bool.TryParse(text, out var flag) => JsonValue.Create(flag),
            "string" => JsonValue.Create(text),
            _ => null,
        };
        if (value is not null)
        {
            schema["default"] = value;
        }
    }

    private static void SetEnum(JsonObject schema, string text)
    {
        string[] values;
        if (AllowedValues.Match(text) is { Success: true } list)
        {
            values = list.Groups[1].Value.Split(new[] { ',', '|' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(v => Regex.Replace(v.Trim(), @"^(or|and)\s+", string.Empty, Options).Trim().Trim('`', '"', '\'', '.'))
                .ToArray();
        }
        else if (QuotedUnion.Match(text) is { Success: true } union)
        {
            values = union.Value.Split('|').Select(v => v.Trim().Trim('"')).ToArray();
        }
        else
        {
            return;
        }

        // Only identifier-like values: "One of: the owner, or an admin" is prose, not an enumeration.
        if (values.Length < 2 || values.Any(v => v.Length == 0 || v.Any(char.IsWhiteSpace)))
        {
            return;
        }

        schema["enum"] = new JsonArray(values.Distinct(StringComparer.Ordinal).Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
    }
}
