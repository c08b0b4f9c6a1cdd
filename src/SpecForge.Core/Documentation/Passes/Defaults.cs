using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SpecForge.Core.Documentation.Passes;

/// <summary>
/// Defaults, each form a named rule:
/// <list type="bullet">
/// <item>stated: "(default 25)", "(default: AUD)", "Default: FIFO.", "Default false.", "Defaults to 10";</item>
/// <item>written after the value: "all_users (default) or restricted", "\"PNG\" (default, lossless)", "true (default)",
/// "\"postmark\" (TrustPager Mail, default)";</item>
/// <item>an array: "Default: all three -- [\"mobile\", \"tablet\", \"desktop\"]".</item>
/// </list>
/// A value must fit the schema's type and stand alone: "Default pipeline", "(default: no cap ...)", "Default: 14 days
/// from date_from" and "Default: today" on a date are prose, and the last two are reported as ambiguous.
/// </summary>
internal static class Defaults
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const string Value = @"(""[^""]*""|`[^`]*`|'[^']*'|[A-Za-z0-9_.+:/-]+)";

    private static readonly Regex[] Phrases =
    {
        new($@"\(\s*default:?\s+{Value}\s*[,)]", Options),
        new($@",\s*default:?\s+{Value}\s*\)", Options),
        new($@"\bdefault:\s*{Value}(?=[.,;)]|$)", Options),
        new($@"\bdefaults? to\s+{Value}(?=[.,;)]|$)", Options),
        new($@"\bdefault\s+(true|false|-?\d+(?:\.\d+)?)(?=[.,;)]|\s+-+\s|$)", Options),
    };

    // "Default: 14 days from date_from", "(default: 7 days)": a default the docs describe rather than give.
    private static readonly Regex Described = new(@"\bdefault(?::|s to)\s+(?![""`'\[])[^\s.,;)]+\s+(?!(?:and|or|but|if|when|unless)\b)[a-z]", Options);
    private static readonly Regex ArrayValue = new(@"\bdefault:[^.\[\]]{0,40}?(\[[^\[\]]*\])", Options);
    private static readonly Regex MarkedAfter = new(@"(?:^|(?<=[:,|(]\s{0,3})|(?<=\bor\s{1,3})|(?<=\b(?:if|when)\s{1,3}))(""[^""]+""|`[^`]+`|[A-Za-z0-9_.+/-]+)\s*\((?:default\b[^()]*|[^()]*,\s*default)\)|(""[^""]+"")\s*\((?:default\b[^()]*|[^()]*,\s*default)\)", Options);
    private static readonly Regex Relative = new(@"^(?:now|today|tomorrow|yesterday)$", Options);

    /// <summary>A default stated as such, as text; null when none is, or when the one stated is prose.</summary>
    public static string? Find(string text, string kind, JsonObject schema, ConstraintLog log)
    {
        foreach (var phrase in Phrases)
        {
            if (phrase.Match(text) is not { Success: true } match)
            {
                continue;
            }

            var value = match.Groups[1].Value.Trim().Trim('"', '`', '\'').TrimEnd('.');
            if (schema["format"]?.GetValue<string>() is "date" or "date-time" or "time" && Relative.IsMatch(value))
            {
                log.Skip(match.Index, $"the default '{value}' is a moment, not a value the format allows");
                return null;
            }

            log.Found();
            return value;
        }

        if (kind != "array" && Described.Match(text) is { Success: true } described)
        {
            log.Skip(described.Index, "a default described in words rather than given as a value");
        }

        return null;
    }

    /// <summary>"Default: all three -- [\"mobile\", \"tablet\", \"desktop\"]" on an array: the JSON array as written.</summary>
    public static JsonArray? FindArray(string text, string kind, ConstraintLog log)
    {
        if (kind != "array" || ArrayValue.Match(text) is not { Success: true } match)
        {
            return null;
        }

        try
        {
            if (JsonNode.Parse(match.Groups[1].Value) is JsonArray array)
            {
                log.Found();
                return array;
            }
        }
        catch (JsonException)
        {
            log.Skip(match.Groups[1].Index, "a default array that is not JSON");
        }

        return null;
    }

    /// <summary>The value a "(default)" gloss marks: in a value list, or quoted, or at a list position.</summary>
    public static string? Marked(string text, ValueList? list, ConstraintLog log)
    {
        if (list?.MarkedDefault is { } listed)
        {
            log.Found();
            return listed;
        }

        if (MarkedAfter.Match(text) is not { Success: true } match)
        {
            return null;
        }

        log.Found();
        var value = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
        return value.Trim('"', '`');
    }

    /// <summary>The value <paramref name="text"/> as JSON of the schema's type: "2" is a number on a number schema.</summary>
    public static JsonNode? Typed(string kind, string text) => kind switch
    {
        "integer" when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer) => JsonValue.Create(integer),
        "integer" or "number" when decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) =>
            text.IndexOf('.') >= 0 ? JsonValue.Create(number) : JsonValue.Create((long)number),
        "boolean" when bool.TryParse(text, out var flag) => JsonValue.Create(flag),
        "string" when text.Length > 0 => JsonValue.Create(text),
        _ => null,
    };

    public static void Set(JsonObject schema, string kind, string text)
    {
        var value = kind switch
        {
            "integer" when !long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) => null,
            "number" when !decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) => null,
            "number" => JsonValue.Create(decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture)),
            _ => Typed(kind, text),
        };
        if (value is not null)
        {
            schema["default"] = value;
        }
    }
}
