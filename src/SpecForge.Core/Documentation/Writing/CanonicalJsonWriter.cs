using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SpecForge.Core.Documentation.Writing;

/// <summary>
/// Writes JSON byte-identically on every run and every OS: two-space indent, LF, a final newline, members in the
/// order the document was built (the builders define one canonical order), and only the escaping JSON requires,
/// so the normalized spec stays readable in a diff.
/// </summary>
public static class CanonicalJsonWriter
{
    private static readonly JsonSerializerOptions ScalarOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The canonical text of <paramref name="node"/>.</summary>
    public static string Write(JsonNode? node)
    {
        var builder = new StringBuilder();
        Write(builder, node, 0);
        return builder.Append('\n').ToString();
    }

    private static void Write(StringBuilder builder, JsonNode? node, int depth)
    {
        switch (node)
        {
            case JsonObject obj when obj.Count == 0:
                builder.Append("{}");
                break;
            case JsonObject obj:
                builder.Append('{');
                var first = true;
                foreach (var member in obj)
                {
                    builder.Append(first ? "\n" : ",\n");
                    first = false;
                    Indent(builder, depth + 1);
                    builder.Append(JsonSerializer.Serialize(member.Key, ScalarOptions)).Append(": ");
                    Write(builder, member.Value, depth + 1);
                }

                builder.Append('\n');
                Indent(builder, depth);
                builder.Append('}');
                break;
            case JsonArray array when array.Count == 0:
                builder.Append("[]");
                break;
            case JsonArray array:
                builder.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    builder.Append(i == 0 ? "\n" : ",\n");
                    Indent(builder, depth + 1);
                    Write(builder, array[i], depth + 1);
                }

                builder.Append('\n');
                Indent(builder, depth);
                builder.Append(']');
                break;
            case null:
                builder.Append("null");
                break;
            default:
                builder.Append(node.ToJsonString(ScalarOptions));
                break;
        }
    }

    private static void Indent(StringBuilder builder, int depth) => builder.Append(' ', depth * 2);
}
