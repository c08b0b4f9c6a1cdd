using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace SpecForge.Core.Documentation.Passes;

/// <summary>
/// Closed lists of values: "One of: a, b", "Values: a, b", "Valid values: ...", "Available options: ...",
/// "a | b | c", "\"a\" | \"b\"" and "\"a\" or \"b\"". "Common values" lists are open and are not enums;
/// a list whose items are not single words is prose.
/// </summary>
internal static class AllowedValues
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const string Item = @"(?:""[^""\s]+""|`[^`\s]+`|[A-Za-z0-9_.-]+)";

    // Band labels such as "<5k" and "100k+" are values as written: the API compares the whole string.
    private const string PipedItem = @"(?:""[^""\s]+""|`[^`\s]+`|[<>]?[A-Za-z0-9_.-]+\+?)";

    private static readonly Regex Labelled = new(@"\b(?:one of|valid values|allowed values|(?<!common\s)values|available options|enum):\s*(.+?)(?:\.\s|\.$|;|\)(?!\s*(?:,|or\b))|$)", Options);
    private static readonly Regex Piped = new($@"(?<![\w|<>]){PipedItem}(?:\s*\|\s*{PipedItem})+(?![\w|+])", Options);
    private static readonly Regex QuotedOr = new(@"(?:""[^""\s]+""\s*(?:\(default\)\s*)?,\s*)*""[^""\s]+""\s*(?:\(default\)\s*)?,?\s*or\s+""[^""\s]+""", Options);
    private static readonly Regex MarkedDefaultValue = new(@"[""`]?([A-Za-z0-9_.-]+)[""`]?\s*\(default\)", Options);

    public static string[]? Find(string text)
    {
        string? list = null;
        if (Labelled.Match(text) is { Success: true } labelled)
        {
            list = labelled.Groups[1].Value;
        }
        else if (QuotedOr.Match(text) is { Success: true } quoted)
        {
            list = quoted.Value;
        }
        else if (Piped.Match(text) is { Success: true } piped)
        {
            list = piped.Value;
        }

        if (list is null)
        {
            return null;
        }

        var values = Regex.Split(list, @",|\||\bor\b", Options)
            .Select(v => Regex.Replace(v, @"\(default\)", string.Empty, Options).Trim().Trim('`', '"', '\'', '.').Trim())
            .Where(v => v.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        return values.Length >= 2 && values.All(v => !v.Any(char.IsWhiteSpace)) ? values : null;
    }

    /// <summary>The value a list marks with "(default)": 'Send mode: "company" (default) or "personal"'.</summary>
    public static string? MarkedDefault(string text) =>
        MarkedDefaultValue.Match(text) is { Success: true } match ? match.Groups[1].Value : null;
}
