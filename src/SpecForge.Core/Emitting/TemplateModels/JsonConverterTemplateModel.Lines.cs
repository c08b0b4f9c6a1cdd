using System.Text;

namespace SpecForge.Core.Emitting.TemplateModels;

/// <summary>
/// The converter's per-member statements, laid out here rather than looped over in the template: they are the body of
/// a converter (which users do not own), and for a spec with thousands of records this is the hottest loop of the
/// emit; an interpreted template loop made it the slowest part of generation. Each text is whole lines, indented.
/// </summary>
public sealed partial class JsonConverterTemplateModel
{
    /// <summary>The converter's encoded-name fields, one line per member.</summary>
    public string EncodedNameLines => Lines(static (text, model, property) =>
        text.Append("            private static readonly global::System.Text.Json.JsonEncodedText ").Append(property.EncodedNameField)
            .Append(" = global::System.Text.Json.JsonEncodedText.Encode(").Append(property.JsonNameLiteral).Append(");\n"));

    /// <summary><c>ReadValue</c>'s locals, one line per member, with the seen-flag of each required one.</summary>
    public string LocalLines => Lines(static (text, model, property) =>
    {
        text.Append("                ").Append(property.LocalType).Append(' ').Append(property.Local).Append(" = ").Append(property.InitialValue).Append(';');
        if (property.IsRequired)
        {
            text.Append(" var ").Append(property.SeenLocal).Append(" = false;");
        }

        text.Append('\n');
    });

    /// <summary><c>ReadValue</c>'s member branches inside the read loop, one line per member.</summary>
    public string ReadLines => Lines(static (text, model, property) =>
    {
        text.Append("                    if (reader.ValueTextEquals(").Append(property.Utf8Name).Append(")) { reader.Read();");
        if (property.RejectsNull)
        {
            text.Append(' ').Append(model.Codec).Append(".RejectNull(ref reader, ").Append(model.TypeNameLiteral).Append(", ").Append(property.JsonNameLiteral).Append(");");
        }

        text.Append(' ').Append(property.Local).Append(" = ").Append(property.ReadExpression).Append(';');
        if (property.IsRequired)
        {
            text.Append(' ').Append(property.SeenLocal).Append(" = true;");
        }

        text.Append(" continue; }\n");
    });

    /// <summary>The checks that every required member was read, one line per required member.</summary>
    public string RequiredCheckLines => Lines(static (text, model, property) =>
    {
        if (property.IsRequired)
        {
            text.Append("                if (!").Append(property.SeenLocal).Append(") throw ").Append(model.Codec).Append(".Missing(")
                .Append(model.TypeNameLiteral).Append(", ").Append(property.JsonNameLiteral).Append(");\n");
        }
    });

    /// <summary>The object initializer's assignments, one line per member.</summary>
    public string AssignLines => Lines(static (text, model, property) =>
        text.Append("                    ").Append(property.Name).Append(" = ").Append(property.AssignExpression).Append(",\n"));

    /// <summary><c>WriteValue</c>'s statements, one line per member, guarded where the member is left out of some payloads.</summary>
    public string WriteLines => Lines(static (text, model, property) =>
    {
        text.Append("                ");
        if (property.HasWriteCondition)
        {
            text.Append("if (").Append(property.WriteCondition).Append(") { ").Append(property.WriteStatement).Append(" }\n");
        }
        else
        {
            text.Append(property.WriteStatement).Append('\n');
        }
    });

    private string Lines(System.Action<StringBuilder, JsonConverterTemplateModel, JsonPropertyTemplateModel> line)
    {
        var text = new StringBuilder();
        foreach (var property in Properties)
        {
            line(text, this, property);
        }

        return text.ToString();
    }
}
