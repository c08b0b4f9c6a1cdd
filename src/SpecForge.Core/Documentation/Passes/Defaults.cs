using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SpecForge.Core.Documentation.Passes;

/// <summary>
/// Defaults stated as such: "(default 25)", "(default: AUD)", "Default: FIFO.", "Default false.", "Defaults to 10".
/// "Default pipeline" or "(default: no cap ...)" are prose, and a value must fit the schema's type to count.
/// </summary>
internal static class Defaults
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const string Value = @"(""[^""]*""|`[^`]*`|'[^']*'|[A-Za-z0-9_.+:/-]+)";

    private static readonly Regex[] Phrases =
    {
        new($@"\(\s*default:?\s+{Value}\s*[,)]", Options),
        new($@",\s*default:?\s+{Value}\s*\)", Options),
        new($@"\bdefault:\s*{Value}(?=[\s.,;)]|$)", Options),
        new($@"\bdefaults? to\s+{Value}(?=[.,;)]|$)", Options),
        new($@"\bdefault\s+(true|false|-?\d+(?:\.\d+)?)(?=[.,;)]|$)", Options),
    };

    public static string? Find(string text)
    {
        foreach (var phrase in Phrases)
        {
            if (phrase.Match(text) is { Success: true } match)
            {
                return match.Groups[1].Value.Trim().Trim('"', '`', '\'').TrimEnd('.');
            }
        }

        return null;
    }

    public static void Set(JsonObject schema, string kind, string text)
    {
        JsonNode? value = kind switch
        {
            "integer" when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer) => JsonValue.Create(integer),
            "number" when decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
            "boolean" when bool.TryParse(text, out var flag) => JsonValue.Create(flag),
            "string" when text.Length > 0 => JsonValue.Create(text),
            _ => null,
        };
        if (value is not null)
        {
            schema["default"] = value;
        }
    }
}
