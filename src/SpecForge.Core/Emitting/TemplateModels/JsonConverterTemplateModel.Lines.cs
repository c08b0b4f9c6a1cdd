using System.Text;

namespace SpecForge.Core.Emitting.TemplateModels;

/// <summary>
/// The converter's per-member statements, laid out here rather than looped over in the template: they are the body of
/// a converter (which users do not own), and for a spec with thousands of records this is the hottest loop of the
/// emit; an interpreted template loop made it the slowest part of generation. Each text is whole lines, indented.
/// </summary>
public sealed partial class JsonConverterTemplateModel
{
    /// <summary>
    /// The converter's member names, encoded once for writing, as one array field: a field per member was a line per
    /// member, and reading an element costs the writes nothing measurable.
    /// </summary>
    public string EncodedNameLines
    {
        get
        {
            if (Properties.Count == 0)
            {
                return string.Empty;
            }

            var text = new StringBuilder("            private static readonly global::System.Text.Json.JsonEncodedText[] ").Append(EncodedNamesField)
                .Append(" = ").Append(Codec).Append(".Encode(");
            for (var i = 0; i < Properties.Count; i++)
            {
                text.Append(i == 0 ? string.Empty : ", ").Append(Properties[i].JsonNameLiteral);
            }

            return text.Append(");\n").ToString();
        }
    }

    /// <summary>The reading constructor's locals: the bit sets of its required members.</summary>
    public string LocalLines
    {
        get
        {
            var text = new StringBuilder();
            foreach (var set in RequiredSets)
            {
                text.Append("            ulong ").Append(set.Local).Append(" = 0;\n");
            }

            return text.ToString();
        }
    }

    /// <summary>
    /// The reading constructor's member branches inside the read loop, one line per member, each setting the member
    /// itself: a member absent from the JSON keeps its initializer, the schema's default.
    /// </summary>
    public string ReadLines => Lines(static (text, model, property) =>
    {
        text.Append("                if (reader.ValueTextEquals(").Append(property.Utf8Name).Append(")) { reader.Read();");
        if (property.RejectsNull)
        {
            text.Append(' ').Append(model.Codec).Append(".RejectNull(ref reader, ").Append(model.TypeNameLiteral).Append(", ").Append(property.JsonNameLiteral).Append(");");
        }

        text.Append(' ').Append(property.Name).Append(" = ").Append(property.ReadExpression).Append(';');
        if (property.IsRequired)
        {
            text.Append(' ').Append(property.SeenLocal).Append(" |= ").Append(property.SeenBit).Append(';');
        }

        text.Append(" continue; }\n");
    });

    /// <summary>
    /// The checks that every required member was read: one line per 64 of them rather than one each, since GitHub's
    /// records alone have two thousand; the runtime names the first one missing only when the check fails.
    /// </summary>
    public string RequiredCheckLines
    {
        get
        {
            var text = new StringBuilder();
            foreach (var set in RequiredSets)
            {
                text.Append("            if (").Append(set.Local).Append(" != ").Append(set.AllSeen).Append(") throw ").Append(Codec).Append(".Missing(")
                    .Append(TypeNameLiteral).Append(", ").Append(set.Local).Append(", ").Append(set.NameLiterals).Append(");\n");
            }

            return text.ToString();
        }
    }

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
