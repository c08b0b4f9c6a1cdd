using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using SpecForge.Core.Documentation.Draft;

namespace SpecForge.Core.Documentation.Writing;

/// <summary>
/// The normalized spec a mock serves and runs on: any document Microsoft.OpenApi read (2.0, 3.0 or 3.1, JSON or
/// YAML) written back as compact OpenAPI 3.1 JSON, so the mock runtime only ever meets one dialect.
/// </summary>
public static class SpecJson
{
    // The text is served and embedded as JSON only, never in HTML, so non-ASCII text stays as written.
    private static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The OpenAPI 3.1 JSON of <paramref name="document"/>, without indentation.</summary>
    public static string Write(OpenApiDocument document)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var writer = new ValidJsonWriter(text);
        document.SerializeAsV31(writer);
        var root = JsonNode.Parse(Sanitized(text.ToString()));
        if (root is null)
        {
            return text.ToString();
        }

        ConstantTypes.Restore(root, null);
        return root.ToJsonString(Compact);
    }

    /// <summary>
    /// <paramref name="json"/> without the <c>x-specforge-source</c> positions the normalizer writes: they name the
    /// build machine's paths and move with every whitespace edit of the docs, and the mock serves none of them, so the
    /// generated code stays the same on every machine and across edits that change nothing served.
    /// </summary>
    public static string WithoutSources(string json)
    {
        var root = JsonNode.Parse(json);
        if (root is null)
        {
            return json;
        }

        RemoveSources(root);
        return root.ToJsonString(Compact);
    }

    private static void RemoveSources(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                obj.Remove(Sources.Extension);
                foreach (var property in obj)
                {
                    if (property.Value is { } child)
                    {
                        RemoveSources(child);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    if (item is not null)
                    {
                        RemoveSources(item);
                    }
                }

                break;
        }
    }

    // Microsoft.OpenApi escapes only the control characters JSON names (\b, \f, \n, \r, \t) and writes the rest raw,
    // which no JSON reader accepts; none may stand outside a string, so each is escaped where it is. A lone surrogate
    // (only an in-memory document has one) has no UTF-8 form and becomes U+FFFD, as in the mock's u8 literal.
    private static string Sanitized(string json)
    {
        var i = 0;
        while (i < json.Length && json[i] >= ' ' && !char.IsSurrogate(json[i]))
        {
            i++;
        }

        if (i == json.Length)
        {
            return json;
        }

        var builder = new System.Text.StringBuilder(json.Length + 16).Append(json, 0, i);
        for (; i < json.Length; i++)
        {
            var c = json[i];
            if (char.IsHighSurrogate(c) && i + 1 < json.Length && char.IsLowSurrogate(json[i + 1]))
            {
                builder.Append(c).Append(json[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
            }
            else if (c < ' ' && c is not ('\t' or '\n' or '\r'))
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    // Microsoft.OpenApi keeps keyword numbers as text and writes that text raw. A 3.0 `exclusiveMinimum: true` with no
    // `minimum` beside it stays "True" and would be written as `"exclusiveMinimum":True`, which is not JSON.
    private sealed class ValidJsonWriter : OpenApiJsonWriter
    {
        public ValidJsonWriter(TextWriter text)
            : base(text, new OpenApiJsonWriterSettings { Terse = true })
        {
        }

        public override void WriteRaw(string value)
        {
            if (IsJsonValue(value))
            {
                base.WriteRaw(value);
            }
            else if (value == "True" || value == "False")
            {
                base.WriteRaw(value == "True" ? "true" : "false");
            }
            else
            {
                WriteValue(value);
            }
        }

        private static bool IsJsonValue(string value)
        {
            try
            {
                using var parsed = JsonDocument.Parse(value);
                return true;
            }
            catch (JsonException)
            {
                return false;
            }
        }
    }

    /// <summary>
    /// Microsoft.OpenApi reads <c>const</c> as text, so <c>const: 1</c> comes back as <c>"1"</c>; the schema's declared
    /// type (or that of the schema whose oneOf/anyOf/allOf lists it) says which JSON value it was.
    /// </summary>
    private static class ConstantTypes
    {
        // Data, not schemas: a member named "const" in an example is left as written.
        private static readonly string[] DataKeywords = { "example", "examples", "default", "enum", "const" };

        private static readonly string[] BranchKeywords = { "oneOf", "anyOf", "allOf" };

        public static void Restore(JsonNode node, JsonNode? inheritedType)
        {
            if (node is JsonArray array)
            {
                foreach (var item in array)
                {
                    if (item is not null)
                    {
                        Restore(item, null);
                    }
                }

                return;
            }

            if (node is not JsonObject obj)
            {
                return;
            }

            var type = obj["type"] ?? inheritedType;
            if (obj["const"] is JsonValue constant && constant.GetValueKind() == JsonValueKind.String && Typed(constant.GetValue<string>(), type) is { } typed)
            {
                obj["const"] = typed;
            }

            foreach (var member in new System.Collections.Generic.List<System.Collections.Generic.KeyValuePair<string, JsonNode?>>(obj))
            {
                if (member.Value is null || System.Array.IndexOf(DataKeywords, member.Key) >= 0 || member.Key.StartsWith("x-", System.StringComparison.Ordinal))
                {
                    continue;
                }

                if (System.Array.IndexOf(BranchKeywords, member.Key) >= 0 && member.Value is JsonArray branches)
                {
                    foreach (var branch in branches)
                    {
                        if (branch is not null)
                        {
                            Restore(branch, type);
                        }
                    }
                }
                else
                {
                    Restore(member.Value, null);
                }
            }
        }

        // Only when the type allows no string: with `type: [string, integer]` the text may well have been a string.
        private static JsonNode? Typed(string text, JsonNode? type)
        {
            var names = new System.Collections.Generic.List<string>();
            if (type is JsonValue single && single.GetValueKind() == JsonValueKind.String)
            {
                names.Add(single.GetValue<string>());
            }
            else if (type is JsonArray several)
            {
                foreach (var name in several)
                {
                    if (name is JsonValue value && value.GetValueKind() == JsonValueKind.String)
                    {
                        names.Add(value.GetValue<string>());
                    }
                }
            }

            if (names.Count == 0 || names.Contains("string"))
            {
                return null;
            }

            if ((names.Contains("integer") || names.Contains("number")) && IsNumber(text))
            {
                return JsonNode.Parse(text);
            }

            if (names.Contains("boolean") && (text == "true" || text == "false" || text == "True" || text == "False"))
            {
                return JsonValue.Create(text == "true" || text == "True");
            }

            return null;
        }

        private static bool IsNumber(string text)
        {
            try
            {
                using var parsed = JsonDocument.Parse(text);
                return parsed.RootElement.ValueKind == JsonValueKind.Number;
            }
            catch (JsonException)
            {
                return false;
            }
        }
    }
}
