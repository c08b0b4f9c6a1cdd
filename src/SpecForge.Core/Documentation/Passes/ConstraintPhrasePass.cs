using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SpecForge.Core.Documentation.Draft;

namespace SpecForge.Core.Documentation.Passes;

/// <summary>
/// Turns constraint phrases in descriptions (and a rendered page's constraint lines) into schema keywords:
/// ranges and defaults ("(1-100, default 25)", "(default 25, max 100)", "max 100"), lengths ("(2-3000 chars)"),
/// allowed values ("One of: a, b", "Values: ...", "a | b | c", "\"a\" or \"b\"", "Available options: ..."), formats
/// (E.164, YYYY-MM-DD, ISO timestamps, HH:MM) and nullability ("Pass null to clear"). The phrases stay in the
/// description for human readers. Phrasings that only look like constraints ("Default pipeline", "max 100 KB")
/// are left alone: a wrong keyword would make the SDK reject valid input.
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
        if (schema["format"]?.GetValue<string>() != "binary")
        {
            Bounds.Apply(schema, kind, text);
        }

        if (!schema.ContainsKey("default") && Defaults.Find(text) is { } value)
        {
            Defaults.Set(schema, kind, value);
        }

        if (kind == "string" && !schema.ContainsKey("enum") && AllowedValues.Find(text) is { } values)
        {
            schema["enum"] = new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
            if (!schema.ContainsKey("default") && AllowedValues.MarkedDefault(text) is { } marked && values.Contains(marked))
            {
                schema["default"] = marked;
            }
        }

        if (Nullability.Says(text))
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
}
