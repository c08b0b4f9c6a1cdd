using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SpecForge.Core.Diagnostics;

namespace SpecForge.Core.Reading;

/// <summary>
/// Turns a parsed <see cref="JsonDocument"/> into the mutable <see cref="JsonNode"/> tree the readers work on, the
/// two things <c>JsonNode.Parse</c> would throw on later, at first touch and without a position, repaired here:
/// a key repeated in one object (the last value is kept, as JavaScript's <c>JSON.parse</c> does) and a string whose
/// <c>\u</c> escapes leave a lone UTF-16 surrogate (it becomes U+FFFD). Each repair is a located warning.
/// </summary>
internal sealed class JsonTreeBuilder
{
    private readonly string _filePath;
    private readonly JsonSourceLocator? _locator;
    private readonly List<SpecDiagnostic> _diagnostics = new();

    // The path to the element being converted, turned into a pointer only for a warning: building one per node cost
    // a string per node of a multi-megabyte spec, and repairs are rare.
    private readonly List<PathStep> _path = new();

    private JsonTreeBuilder(string filePath, JsonSourceLocator? locator)
    {
        _filePath = filePath;
        _locator = locator;
    }

    public static JsonNode? Build(JsonElement root, string filePath, JsonSourceLocator locator, out IReadOnlyList<SpecDiagnostic> diagnostics)
    {
        var builder = new JsonTreeBuilder(filePath, locator);
        var node = builder.Convert(root);
        diagnostics = builder._diagnostics;
        return node;
    }

    /// <summary>The same repairs without diagnostics, for JSON that is an example inside documentation.</summary>
    public static JsonNode? Build(JsonElement root) => new JsonTreeBuilder(string.Empty, null).Convert(root);

    private JsonNode? Convert(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var obj = new JsonObject();
                foreach (var property in element.EnumerateObject())
                {
                    var key = ReadName(property);
                    _path.Add(new PathStep(key, 0));
                    if (obj.ContainsKey(key))
                    {
                        Warn($"The key '{key}' appears more than once in this object; the last value is used.");
                        obj.Remove(key);
                    }

                    obj[key] = Convert(property.Value);
                    _path.RemoveAt(_path.Count - 1);
                }

                return obj;
            case JsonValueKind.Array:
                var array = new JsonArray();
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    _path.Add(new PathStep(null, index));
                    array.Add(Convert(item));
                    _path.RemoveAt(_path.Count - 1);
                    index++;
                }

                return array;
            case JsonValueKind.String:
                return JsonValue.Create(ReadString(element));
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                return null;
            default:
                // Numbers and booleans keep their exact text, as JsonNode.Parse would have them.
                return JsonValue.Create(element);
        }
    }

    // A repaired key is reported at the object that holds it.
    private string ReadName(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            Warn(LoneSurrogate("A key"));
            return Unescape(NameLiteral(property));
        }
    }

    private string ReadString(JsonElement element)
    {
        try
        {
            return element.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            Warn(LoneSurrogate("A string"));
            return Unescape(element.GetRawText());
        }
    }

    private static string LoneSurrogate(string what) =>
        what + " holds a \\u escape of a lone UTF-16 surrogate, which is no character; it is read as U+FFFD.";

    // A property's raw text is `"name": value`; the name is the literal up to the first unescaped quote after the first.
    private static string NameLiteral(JsonProperty property)
    {
        var raw = property.ToString();
        var end = 1;
        while (end < raw.Length && raw[end] != '"')
        {
            end += raw[end] == '\\' ? 2 : 1;
        }

        return raw.Substring(0, Math.Min(raw.Length, end + 1));
    }

    private void Warn(string message)
    {
        if (_locator is not null)
        {
            _diagnostics.Add(SpecDiagnostic.At(DiagnosticCatalog.ValueRepaired, message, _filePath, _locator.Locate(Pointer())));
        }
    }

    private string Pointer()
    {
        var pointer = new StringBuilder();
        foreach (var step in _path)
        {
            pointer.Append('/').Append(step.Key is null ? step.Index.ToString(CultureInfo.InvariantCulture) : JsonPointers.EscapeSegment(step.Key));
        }

        return pointer.ToString();
    }

    // An object member's key, or an array item's index when the key is null.
    private readonly record struct PathStep(string? Key, int Index);

    /// <summary>Decodes a JSON string literal (quotes included), replacing every lone surrogate by U+FFFD.</summary>
    internal static string Unescape(string literal)
    {
        var text = new StringBuilder(literal.Length);
        for (var i = 1; i < literal.Length - 1; i++)
        {
            var c = literal[i];
            if (c != '\\')
            {
                text.Append(c);
                continue;
            }

            var escape = literal[++i];
            switch (escape)
            {
                case 'b': text.Append('\b'); break;
                case 'f': text.Append('\f'); break;
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case 'u':
                    text.Append((char)int.Parse(literal.Substring(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: text.Append(escape); break;
            }
        }

        return UnicodeText.ReplaceLoneSurrogates(text.ToString());
    }
}
