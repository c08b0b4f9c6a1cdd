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

    private JsonTreeBuilder(string filePath, JsonSourceLocator? locator)
    {
        _filePath = filePath;
        _locator = locator;
    }

    public static JsonNode? Build(JsonElement root, string filePath, JsonSourceLocator locator, out IReadOnlyList<SpecDiagnostic> diagnostics)
    {
        var builder = new JsonTreeBuilder(filePath, locator);
        var node = builder.Convert(root, string.Empty);
        diagnostics = builder._diagnostics;
        return node;
    }

    /// <summary>The same repairs without diagnostics, for JSON that is an example inside documentation.</summary>
    public static JsonNode? Build(JsonElement root) => new JsonTreeBuilder(string.Empty, null).Convert(root, string.Empty);

    private JsonNode? Convert(JsonElement element, string pointer)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var obj = new JsonObject();
                foreach (var property in element.EnumerateObject())
                {
                    var key = ReadString(() => property.Name, () => NameLiteral(property), pointer, isKey: true);
                    var childPointer = JsonPointers.Append(pointer, key);
                    if (obj.ContainsKey(key))
                    {
                        Warn($"The key '{key}' appears more than once in this object; the last value is used.", childPointer);
                        obj.Remove(key);
                    }

                    obj[key] = Convert(property.Value, childPointer);
                }

                return obj;
            case JsonValueKind.Array:
                var array = new JsonArray();
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    array.Add(Convert(item, pointer + "/" + index.ToString(CultureInfo.InvariantCulture)));
                    index++;
                }

                return array;
            case JsonValueKind.String:
                return JsonValue.Create(ReadString(element.GetString, element.GetRawText, pointer, isKey: false));
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                return null;
            default:
                // Numbers and booleans keep their exact text, as JsonNode.Parse would have them.
                return JsonValue.Create(element);
        }
    }

    private string ReadString(Func<string?> read, Func<string> literal, string pointer, bool isKey)
    {
        try
        {
            return read() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            Warn(
                (isKey ? "A key" : "A string") + " holds a \\u escape of a lone UTF-16 surrogate, which is no character; it is read as U+FFFD.",
                pointer);
            return Unescape(literal());
        }
    }

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

    private void Warn(string message, string pointer)
    {
        if (_locator is not null)
        {
            _diagnostics.Add(SpecDiagnostic.At(DiagnosticCatalog.ValueRepaired, message, _filePath, _locator.Locate(pointer)));
        }
    }

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
