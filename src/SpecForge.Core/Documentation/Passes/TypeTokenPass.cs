using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Documentation.Draft;

namespace SpecForge.Core.Documentation.Passes;

/// <summary>
/// Turns each parameter's type token into a JSON schema: <c>uuid[]</c>, <c>object[]</c>, <c>string|null</c>,
/// <c>uuid | null</c>, literal unions <c>"a" | "b"</c>, <c>File</c>, <c>enum&lt;string&gt;</c> and the plain names.
/// </summary>
public sealed class TypeTokenPass : INormalizationPass
{
    private static readonly Regex Literal = new(@"^(""[^""]*""|'[^']*')$", RegexOptions.CultureInvariant);

    /// <inheritdoc/>
    public string Name => "types";

    /// <inheritdoc/>
    public void Run(DraftApi api)
    {
        foreach (var parameter in api.Operations.SelectMany(o => o.Parameters).Distinct())
        {
            if (parameter.Schema is not null)
            {
                continue;
            }

            parameter.Schema = Parse(parameter.TypeText, out var understood);
            if (!understood)
            {
                api.Report(
                    DiagnosticCatalog.TypeNotUnderstood,
                    $"The type '{parameter.TypeText}' of '{parameter.Name}' is not one SpecForge knows; it is read as a string.",
                    parameter.Source);
            }
        }
    }

    /// <summary>The schema a type token means; <paramref name="understood"/> is false for an unknown token (read as string).</summary>
    public static JsonObject Parse(string token, out bool understood)
    {
        understood = true;
        var alternatives = SplitTopLevel(token, '|').Select(a => a.Trim()).Where(a => a.Length > 0).ToList();
        var nullable = alternatives.RemoveAll(a => a.Equals("null", StringComparison.OrdinalIgnoreCase)) > 0;
        if (alternatives.Count > 1 && alternatives.All(a => Literal.IsMatch(a)))
        {
            var values = new JsonArray(alternatives.Select(a => (JsonNode?)JsonValue.Create(a.Substring(1, a.Length - 2))).ToArray());
            return WithNull(new JsonObject { ["type"] = "string", ["enum"] = values }, nullable);
        }

        if (alternatives.Count == 1 && Literal.IsMatch(alternatives[0]))
        {
            var single = alternatives[0];
            return WithNull(new JsonObject { ["type"] = "string", ["const"] = single.Substring(1, single.Length - 2) }, nullable);
        }

        if (alternatives.Count == 0)
        {
            understood = nullable;
            return new JsonObject { ["type"] = "null" };
        }

        if (alternatives.Count > 1)
        {
            var branches = new JsonArray();
            foreach (var alternative in alternatives)
            {
                branches.Add(Single(alternative, ref understood));
            }

            if (nullable)
            {
                branches.Add(new JsonObject { ["type"] = "null" });
            }

            return new JsonObject { ["anyOf"] = branches };
        }

        var schema = Single(alternatives[0], ref understood);
        return WithNull(schema, nullable);
    }

    private static JsonObject Single(string token, ref bool understood)
    {
        if (token.StartsWith("{", StringComparison.Ordinal) && token.EndsWith("}", StringComparison.Ordinal))
        {
            return Shape(token.Substring(1, token.Length - 2), ref understood);
        }

        if (token.EndsWith("[]", StringComparison.Ordinal))
        {
            return new JsonObject { ["type"] = "array", ["items"] = Single(token.Substring(0, token.Length - 2).Trim(), ref understood) };
        }

        var enumMatch = Regex.Match(token, @"^enum<(\w+)>$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        if (enumMatch.Success)
        {
            token = enumMatch.Groups[1].Value;
        }

        switch (token.ToLowerInvariant())
        {
            case "string":
            case "text":
                return new JsonObject { ["type"] = "string" };
            case "number":
            case "float":
            case "double":
            case "decimal":
                return new JsonObject { ["type"] = "number" };
            case "integer":
            case "int":
                return new JsonObject { ["type"] = "integer" };
            case "boolean":
            case "bool":
                return new JsonObject { ["type"] = "boolean" };
            case "object":
            case "json":
                return new JsonObject { ["type"] = "object" };
            case "array":
                return new JsonObject { ["type"] = "array" };
            case "uuid":
                return new JsonObject { ["type"] = "string", ["format"] = "uuid" };
            case "date":
                return new JsonObject { ["type"] = "string", ["format"] = "date" };
            case "datetime":
            case "date-time":
            case "timestamp":
                return new JsonObject { ["type"] = "string", ["format"] = "date-time" };
            case "email":
                return new JsonObject { ["type"] = "string", ["format"] = "email" };
            case "url":
            case "uri":
                return new JsonObject { ["type"] = "string", ["format"] = "uri" };
            case "file":
            case "binary":
                return new JsonObject { ["type"] = "string", ["format"] = "binary" };
            case "any":
                return new JsonObject();
            default:
                understood = false;
                return new JsonObject { ["type"] = "string" };
        }
    }

    // "{ tags: object[], note?: string }": an object written inline; a "?" marks an optional member.
    private static JsonObject Shape(string members, ref bool understood)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var member in SplitTopLevel(members, ',').Select(m => m.Trim()).Where(m => m.Length > 0))
        {
            var colon = member.IndexOf(':');
            if (colon <= 0)
            {
                understood = false;
                continue;
            }

            var name = member.Substring(0, colon).Trim();
            var optional = name.EndsWith("?", StringComparison.Ordinal);
            name = name.TrimEnd('?');
            properties[name] = Parse(member.Substring(colon + 1).Trim(), out var memberUnderstood);
            understood &= memberUnderstood;
            if (!optional)
            {
                required.Add(name);
            }
        }

        var shape = new JsonObject { ["type"] = "object", ["properties"] = properties };
        if (required.Count > 0)
        {
            shape["required"] = required;
        }

        return shape;
    }

    // Splits at separators outside braces and brackets, so a union of inline shapes stays whole.
    private static System.Collections.Generic.List<string> SplitTopLevel(string text, char separator)
    {
        var parts = new System.Collections.Generic.List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '{':
                case '[':
                    depth++;
                    break;
                case '}':
                case ']':
                    depth--;
                    break;
                default:
                    if (text[i] == separator && depth == 0)
                    {
                        parts.Add(text.Substring(start, i - start));
                        start = i + 1;
                    }

                    break;
            }
        }

        parts.Add(text.Substring(start));
        return parts;
    }

    // OpenAPI 3.1 spells "may be null" as a type list; a schema without a type already admits null.
    internal static JsonObject WithNull(JsonObject schema, bool nullable)
    {
        if (!nullable || schema["type"] is not JsonValue type)
        {
            return schema;
        }

        schema["type"] = new JsonArray(JsonValue.Create(type.GetValue<string>()), JsonValue.Create("null"));
        if (schema["enum"] is JsonArray values && !values.Any(v => v is null))
        {
            values.Add(null);
        }

        return schema;
    }
}
