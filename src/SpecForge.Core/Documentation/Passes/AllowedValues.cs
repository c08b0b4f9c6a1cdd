using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace SpecForge.Core.Documentation.Passes;

/// <summary>A list of values read from a description, verbatim, and whether the docs close it.</summary>
/// <param name="Values">The values as written, without their quotes and glosses.</param>
/// <param name="Closed">Whether the list is exhaustive ("One of:", "a, b, or c", "a | b"), so it may become an enum.</param>
/// <param name="MarkedDefault">The value whose gloss says it is the default: "unpaid (default)", "\"PNG\" (default, lossless)".</param>
internal sealed record ValueList(string[] Values, bool Closed, string? MarkedDefault);

/// <summary>
/// Lists of values, each form a named rule:
/// <list type="bullet">
/// <item>labelled: "One of: a, b", "Values: a (gloss), b (gloss)", "Valid values: ...", "Available options: ...";</item>
/// <item>piped: "a | b | c", values verbatim ("&lt;5k | 5-25k | 100k+");</item>
/// <item>closed by "or": "Type: call, meeting, or note", "all_users (default) or restricted", "\"a\" or \"b\"";</item>
/// <item>glossed: "Label: \"create\" (always new), \"never_create\" (match only)": every item explained;</item>
/// <item>must be: "Must be \"text\"", one value.</item>
/// </list>
/// Open lists ("e.g.", "Common values:", "such as", "or any agent-defined value") and plain lists without a closing
/// marker ("Priority: low, medium (default), high, critical") are not enums; the plain ones are reported as ambiguous.
/// </summary>
internal static class AllowedValues
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const string Item = @"(?:""[^""\s]+""|`[^`\s]+`|[A-Za-z0-9_.-]+)";

    // Band labels such as "<5k" and "100k+" are values as written: the API compares the whole string.
    private const string PipedItem = @"(?:""[^""\s]+""|`[^`\s]+`|[<>]?[A-Za-z0-9_.-]+\+?)";

    private static readonly Regex ClosedLabel = new(@"\b(?:one of|valid values|allowed values|accepted values|(?<!common\s)values|available options|enum):\s*", Options);
    private static readonly Regex Piped = new($@"(?<![\w|<>]){PipedItem}(?:\s*\|\s*{PipedItem})+(?![\w|+])", Options);
    private static readonly Regex QuotedOr = new(@"(?:""[^""\s]+""\s*(?:\(default\)\s*)?,\s*)*""[^""\s]+""\s*(?:\(default\)\s*)?,?\s*or\s+""[^""\s]+""", Options);
    private static readonly Regex ListItem = new(@"\G\s*(?:""(?<v>[^""\s]+)""|`(?<v>[^`\s]+)`|(?<v>[<>]?[A-Za-z0-9_+/-]+(?:\.[A-Za-z0-9_+/-]+)*))(?:\s*\((?<gloss>[^()]*)\))?", Options);
    private static readonly Regex Separator = new(@"\G\s*(?:,\s*(?<or>or\s+)?|(?<or>or\s+)|\|\s*)", Options);
    private static readonly Regex ListEnd = new(@"\G\s*(?:$|[.;](?:\s|$)|\))", Options);
    private static readonly Regex Starts = new(@"^|(?<=:\s)|(?<=[.;]\s)", Options);
    private static readonly Regex OpenMarker = new(@"(?:\be\.g\.|\bi\.e\.|\bcommon values|\bsuch as|\bfor example|\bexamples?|\bincluding|\blike)\s*[:,(]?\s*$", Options);
    private static readonly Regex Several = new(@"\bcomma[- ]separated\b|\bone or more\b|\bany of\b|\bmultiple\b", Options);
    private static readonly Regex MustBe = new(@"(?:^|[.;]\s+)must be\s+""(?<v>[^""\s]+)""\s*(?:[.;]|$)", Options);
    private static readonly Regex DefaultGloss = new(@"^\s*default\b|,\s*default\s*$", Options);

    /// <summary>The value list <paramref name="text"/> states for a schema of type <paramref name="kind"/>, closed or not.</summary>
    public static ValueList? Read(string text, string kind, ConstraintLog log)
    {
        if (kind is not ("string" or "integer" or "number"))
        {
            return null;
        }

        var found = Labelled(text, kind) ?? PipedList(text, kind) ?? Listed(text, kind) ?? QuotedOrList(text, kind) ?? OnlyValue(text, kind);
        if (found is { List.Closed: true } && Several.IsMatch(text))
        {
            // A field that takes several of the values at once is not one of them.
            log.Skip(found.Value.Offset, "a list of values for a field that takes several of them");
            return found.Value.List with { Closed = false };
        }

        if (found is { } result)
        {
            if (result.List.Closed)
            {
                log.Found();
            }
            else
            {
                log.Skip(result.Offset, $"a list of values ({string.Join(", ", result.List.Values)}) without 'or' or 'One of:' may be open, so it is not an enum");
            }
        }

        return found?.List;
    }

    private static (ValueList List, int Offset)? Labelled(string text, string kind)
    {
        foreach (Match label in ClosedLabel.Matches(text))
        {
            var start = label.Index + label.Length;
            if (Parse(text, start, kind) is { } list)
            {
                return (list.List with { Closed = true }, start);
            }
        }

        return null;
    }

    // Only the piped values themselves: "fieldType: \"text\"|\"date\", required: boolean" goes on with other fields.
    // Inside braces the values are a nested field's, not this one's.
    private static (ValueList List, int Offset)? PipedList(string text, string kind) =>
        Piped.Match(text) is { Success: true } piped && !IsOpenAt(text, piped.Index) && !InsideBraces(text, piped.Index) && Parse(piped.Value, 0, kind) is { } list
            ? (list.List with { Closed = true }, piped.Index)
            : null;

    // Asked once per description (for its first piped or quoted list), so LastIndexOf stays linear.
    private static bool InsideBraces(string text, int index) =>
        text.LastIndexOf('{', index) > text.LastIndexOf('}', index) || text.LastIndexOf('[', index) > text.LastIndexOf(']', index);

    private static (ValueList List, int Offset)? Listed(string text, string kind)
    {
        (ValueList List, int Offset)? plain = null;
        var braces = Enclosure.After(text, '{', '}');
        var brackets = Enclosure.After(text, '[', ']');
        foreach (Match start in Starts.Matches(text))
        {
            var afterLabel = start.Index > 0 && text[start.Index - 2] == ':';
            if (braces[start.Index] || brackets[start.Index] || Parse(text, start.Index, kind) is not { } parsed || IsOpenAt(text, start.Index))
            {
                continue;
            }

            // Without a label, only a whole sentence of lower-case or quoted values is a list ("all_users or restricted").
            if (!afterLabel && !parsed.AllLowerOrQuoted)
            {
                continue;
            }

            if (parsed.List.Closed || (afterLabel && parsed.AllGlossed && parsed.AllQuoted))
            {
                return (parsed.List with { Closed = true }, start.Index);
            }

            if (afterLabel && plain is null && (parsed.List.Values.Length >= 3 || parsed.List.MarkedDefault is not null))
            {
                plain = (parsed.List, start.Index);
            }
        }

        return plain;
    }

    // Rule "must be": 'Must be "text"' as a sentence of its own allows one value.
    private static (ValueList List, int Offset)? OnlyValue(string text, string kind) =>
        kind == "string" && MustBe.Match(text) is { Success: true } only
            ? (new ValueList(new[] { only.Groups["v"].Value }, true, null), only.Groups["v"].Index)
            : null;

    private static (ValueList List, int Offset)? QuotedOrList(string text, string kind) =>
        QuotedOr.Match(text) is { Success: true } quoted && !IsOpenAt(text, quoted.Index) && !InsideBraces(text, quoted.Index) && Parse(text, quoted.Index, kind, requireEnd: false) is { List.Closed: true } list
            ? (list.List, quoted.Index)
            : null;

    // "e.g. a or b" and "Common values: a, b" give examples, not the whole set.
    private static bool IsOpenAt(string text, int index) => index > 0 && OpenMarker.IsMatch(text.Substring(System.Math.Max(0, index - 40), System.Math.Min(index, 40)));

    private sealed record Parsed(ValueList List, bool AllGlossed, bool AllQuoted, bool AllLowerOrQuoted);

    private static Parsed? Parse(string text, int start, string kind, bool requireEnd = true)
    {
        var values = new List<string>();
        string? marked = null;
        bool allGlossed = true, allQuoted = true, allLower = true, closedByOr = false, orBeforeLast = false;
        var position = start;
        while (true)
        {
            var item = ListItem.Match(text, position);
            if (!item.Success)
            {
                return null;
            }

            var value = item.Groups["v"].Value;
            var quoted = item.Value.TrimStart().Length > 0 && item.Value.TrimStart()[0] is '"' or '`';
            values.Add(value);
            allQuoted &= quoted;
            allLower &= quoted || value.All(c => !char.IsLetter(c) || char.IsLower(c));
            allGlossed &= item.Groups["gloss"].Success;
            if (item.Groups["gloss"].Success && DefaultGloss.IsMatch(item.Groups["gloss"].Value))
            {
                marked ??= value;
            }

            position = item.Index + item.Length;
            var separator = Separator.Match(text, position);
            if (!separator.Success || !ListItem.Match(text, separator.Index + separator.Length).Success)
            {
                break;
            }

            orBeforeLast |= closedByOr;
            closedByOr = separator.Groups["or"].Success;
            position = separator.Index + separator.Length;
        }

        if (values.Count < 2 || (requireEnd && !ListEnd.Match(text, position).Success) || orBeforeLast)
        {
            return null;
        }

        if (kind != "string" && !values.All(v => decimal.TryParse(v, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)))
        {
            return null;
        }

        var distinct = values.Distinct(StringComparer.Ordinal).ToArray();
        return new Parsed(new ValueList(distinct, closedByOr, marked), allGlossed, allQuoted, allLower);
    }
}
