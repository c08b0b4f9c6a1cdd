using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SpecForge.FuzzTests.Fuzzing;

/// <summary>
/// Writes a mutated tree back as JSON or block YAML. Unlike JsonNode's own writer it keeps hostile characters raw
/// (that is the point), and it can repeat a key, which no tree can hold.
/// </summary>
internal sealed class TreeWriter
{
    private readonly StringBuilder _out = new();
    private readonly bool _yaml;
    private readonly JsonObject? _repeatKeyIn;

    private TreeWriter(bool yaml, JsonObject? repeatKeyIn)
    {
        _yaml = yaml;
        _repeatKeyIn = repeatKeyIn;
    }

    /// <summary>The tree as text; with <paramref name="repeatKeyIn"/>, that object's first key is written twice.</summary>
    public static string Write(JsonNode? root, bool yaml, JsonObject? repeatKeyIn = null)
    {
        var writer = new TreeWriter(yaml, repeatKeyIn);
        if (yaml)
        {
            writer.Yaml(root, 0, inSequence: false);
        }
        else
        {
            writer.Json(root);
        }

        return writer._out.ToString();
    }

    private void Json(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                _out.Append('{');
                var first = true;
                foreach (var (key, value) in Entries(obj))
                {
                    _out.Append(first ? string.Empty : ",");
                    first = false;
                    Quoted(key);
                    _out.Append(':');
                    Json(value);
                }

                _out.Append('}');
                break;
            case JsonArray array:
                _out.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    _out.Append(i == 0 ? string.Empty : ",");
                    Json(array[i]);
                }

                _out.Append(']');
                break;
            default:
                Scalar(node);
                break;
        }
    }

    private void Yaml(JsonNode? node, int indent, bool inSequence)
    {
        var pad = new string(' ', indent);
        switch (node)
        {
            case JsonObject obj when obj.Count > 0:
                var first = true;
                foreach (var (key, value) in Entries(obj))
                {
                    if (!(first && inSequence))
                    {
                        _out.Append('\n').Append(pad);
                    }

                    first = false;
                    Quoted(key);
                    _out.Append(':');
                    YamlValue(value, indent + 2);
                }

                break;
            case JsonArray array when array.Count > 0:
                foreach (var item in array)
                {
                    _out.Append('\n').Append(pad).Append("- ");
                    if (item is JsonObject { Count: > 0 } or JsonArray { Count: > 0 })
                    {
                        Yaml(item, indent + 2, inSequence: item is JsonObject);
                    }
                    else
                    {
                        Json(item);
                    }
                }

                break;
            default:
                Json(node);
                break;
        }
    }

    private void YamlValue(JsonNode? value, int indent)
    {
        if (value is JsonObject { Count: > 0 } or JsonArray { Count: > 0 })
        {
            Yaml(value, indent, inSequence: false);
        }
        else
        {
            _out.Append(' ');
            Json(value);
        }
    }

    private System.Collections.Generic.IEnumerable<(string Key, JsonNode? Value)> Entries(JsonObject obj)
    {
        var entries = obj.Select(p => (p.Key, p.Value)).ToList();
        if (ReferenceEquals(obj, _repeatKeyIn) && entries.Count > 0)
        {
            entries.Add((entries[0].Key, JsonValue.Create("repeated")));
        }

        return entries;
    }

    private void Scalar(JsonNode? node)
    {
        if (node is null)
        {
            _out.Append("null");
            return;
        }

        if (node.GetValueKind() == JsonValueKind.String)
        {
            Quoted(node.GetValue<string>());
        }
        else
        {
            _out.Append(node.ToJsonString());
        }
    }

    // JSON string syntax, which YAML's double-quoted scalars share; only what JSON must escape is escaped, so
    // U+2028, lone surrogates and friends reach the reader raw.
    private void Quoted(string text)
    {
        _out.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': _out.Append("\\\""); break;
                case '\\': _out.Append("\\\\"); break;
                case '\n': _out.Append("\\n"); break;
                case '\r': _out.Append("\\r"); break;
                case '\t': _out.Append("\\t"); break;
                default:
                    if (c < ' ' || char.IsSurrogate(c) || (_yaml && (c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\ufeff' || c >= '\ufffe')))
                    {
                        // YAML forbids these raw even in quotes, and a file cannot hold a lone surrogate: only an escape brings
                        // one to the reader.
                        _out.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        _out.Append(c);
                    }

                    break;
            }
        }

        _out.Append('"');
    }
}
