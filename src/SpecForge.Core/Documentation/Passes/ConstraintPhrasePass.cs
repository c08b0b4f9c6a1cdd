using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Documentation.Draft;

namespace SpecForge.Core.Documentation.Passes;

/// <summary>
/// Turns constraint phrases in descriptions (and a rendered page's constraint lines) into schema keywords:
/// ranges and defaults ("(1-100, default 25)", "(default 25, max 100)", "max 100", "Rating 1-5"), lengths
/// ("(2-3000 chars)", "1-64 lowercase chars"), item counts ("Array of 1-50 file UUIDs"), allowed values ("One of: a, b",
/// "Values: a (gloss), b (gloss)", "a | b | c", "a, b, or c", "\"a\" or \"b\"", "Available options: ..."), defaults
/// written after the value ("all_users (default) or restricted"), formats (E.164, YYYY-MM-DD, ISO timestamps, HH:MM)
/// and nullability ("Pass null to clear", "Null = manual send"). The phrases stay in the description for human
/// readers. Phrasings that only look like constraints ("Default pipeline", "max 100 KB", "Default: 14 days from
/// date_from") are left alone, and the ones that could mean more than one thing are reported (SF2014): a wrong keyword
/// would make the SDK reject valid input.
/// </summary>
public sealed class ConstraintPhrasePass : INormalizationPass
{
    /// <inheritdoc/>
    public string Name => "constraints";

    /// <inheritdoc/>
    public void Run(DraftApi api)
    {
        foreach (var parameter in api.Operations.SelectMany(o => o.Parameters).Distinct())
        {
            if (parameter.Schema is not { } schema)
            {
                continue;
            }

            var log = new ConstraintLog();
            var description = parameter.Description ?? string.Empty;
            var typed = (JsonObject)schema.DeepClone();
            var keywords = Apply(schema, string.Join(". ", parameter.ConstraintTexts.Prepend(description)), log);
            foreach (var merged in parameter.MergedDescriptions)
            {
                keywords += Union(api, parameter, schema, typed, merged);
            }

            api.Constraints.PhrasesFound += log.PhrasesFound;
            api.Constraints.KeywordsSet += keywords;
            foreach (var (offset, message) in log.Ambiguous)
            {
                api.Constraints.PhrasesAmbiguous++;
                api.Report(DiagnosticCatalog.ConstraintAmbiguous, $"`{parameter.Name}`: {message}; no keyword is set.", At(parameter, description, offset));
            }
        }
    }

    /// <summary>Adds the keywords <paramref name="text"/> states to <paramref name="schema"/>; keywords already set are kept.</summary>
    public static void Apply(JsonObject schema, string text) => Apply(schema, text, new ConstraintLog());

    /// <summary>Adds the keywords <paramref name="text"/> states and returns how many were added.</summary>
    internal static int Apply(JsonObject schema, string text, ConstraintLog log)
    {
        var before = KeywordCount(schema);
        var kind = BaseType(schema);
        Formats.Apply(schema, text, kind, log);
        if (schema["format"]?.GetValue<string>() != "binary")
        {
            Bounds.Apply(schema, kind, text, log);
        }

        var list = AllowedValues.Read(text, kind, log);
        if (!schema.ContainsKey("default"))
        {
            if (Defaults.Find(text, kind, schema, log) is { } value)
            {
                Defaults.Set(schema, kind, value);
            }
            else if (Defaults.FindArray(text, kind, log) is { } array)
            {
                schema["default"] = array;
            }
        }

        if (list is { Closed: true } && !schema.ContainsKey("enum"))
        {
            schema["enum"] = new JsonArray(list.Values.Select(v => Defaults.Typed(kind, v)).ToArray());
        }

        if (!schema.ContainsKey("default") && kind is "string" or "integer" or "number" or "boolean" && Defaults.Marked(text, list, log) is { } marked)
        {
            Defaults.Set(schema, kind, marked);
        }

        // A default the enum does not list would make every request that leaves the field out invalid.
        if (schema["enum"] is JsonArray values && schema["default"] is { } chosen && !values.Any(v => JsonNode.DeepEquals(v, chosen)))
        {
            schema.Remove("default");
        }

        if (Nullability.Says(text))
        {
            log.Found();
            TypeTokenPass.WithNull(schema, nullable: schema["type"] is JsonValue);
        }

        return KeywordCount(schema) - before;
    }

    // What the operation's second place states is added: enum values united, keywords only it sets taken, and a
    // keyword both set differently kept from the first place and reported (SF2008), since the docs disagree.
    private static int Union(DraftApi api, DraftParameter parameter, JsonObject schema, JsonObject typed, DraftText merged)
    {
        var theirs = (JsonObject)typed.DeepClone();
        var log = new ConstraintLog();
        Apply(theirs, merged.Text, log);
        api.Constraints.PhrasesFound += log.PhrasesFound;
        var added = 0;
        var conflicts = new List<string>();
        foreach (var pair in theirs.ToList())
        {
            var (keyword, value) = (pair.Key, pair.Value);
            if (keyword == "type")
            {
                // Only nullability comes from a phrase ("Pass null to clear"); the type itself is the first place's token.
                if (value is JsonArray types && types.Any(t => t?.GetValue<string>() == "null") && schema["type"] is JsonValue)
                {
                    TypeTokenPass.WithNull(schema, nullable: true);
                    added++;
                }
            }
            else if (keyword == "enum" && schema["enum"] is JsonArray ours && value is JsonArray other)
            {
                foreach (var item in other.Where(v => !ours.Any(o => JsonNode.DeepEquals(o, v))))
                {
                    ours.Add(item?.DeepClone());
                }
            }
            else if (!schema.ContainsKey(keyword))
            {
                schema[keyword] = value?.DeepClone();
                added++;
            }
            else if (!JsonNode.DeepEquals(schema[keyword], value))
            {
                conflicts.Add($"{keyword} {value?.ToJsonString()} (first place: {schema[keyword]?.ToJsonString()})");
            }
        }

        if (conflicts.Count > 0)
        {
            api.Report(DiagnosticCatalog.MergeConflict, $"`{parameter.Name}` is documented again with {string.Join(", ", conflicts)}; the first place's value is kept.", merged.Source);
        }

        return added;
    }

    internal static string BaseType(JsonObject schema) => schema["type"] switch
    {
        JsonValue value => value.GetValue<string>(),
        JsonArray list => list.Select(t => t?.GetValue<string>()).FirstOrDefault(t => t != "null") ?? string.Empty,
        _ => string.Empty,
    };

    private static int KeywordCount(JsonObject schema) =>
        schema.Count + (schema["type"] is JsonArray types ? types.Count : 0) + (schema["items"] is JsonObject items ? KeywordCount(items) : 0);

    // The seed puts many parameters on one long line, so a phrase is located by its own column, not the parameter's.
    private static SourceRef? At(DraftParameter parameter, string description, int offset)
    {
        if (parameter.DescriptionSource is not { } start || offset >= description.Length)
        {
            return parameter.Source;
        }

        var newlines = description.Take(offset).Count(c => c == '\n');
        return newlines == 0
            ? start with { Column = start.Column + offset }
            : start with { Line = start.Line + newlines, Column = offset - description.LastIndexOf('\n', offset - 1) };
    }
}
