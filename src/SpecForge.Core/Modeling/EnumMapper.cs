using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using SpecForge.Core.Collections;

namespace SpecForge.Core.Modeling;

/// <summary>Turns enum schemas into <see cref="EnumModel"/>s: string or integer values, names from the spec's extensions when given.</summary>
internal static class EnumMapper
{
    private static readonly string[] NameExtensions = { "x-enum-varnames", "x-enumNames" };

    /// <summary>The listed values when <paramref name="schema"/> is a string or integer enum; null otherwise.</summary>
    public static (bool IsInteger, List<string> Values)? Values(IOpenApiSchema schema)
    {
        if (schema.Enum is not { Count: > 0 } listed)
        {
            return null;
        }

        var values = listed.Where(v => v is not null && v.GetValueKind() != JsonValueKind.Null).ToList();
        var type = SchemaShapes.SingleType(schema);
        if (values.Count > 0 && values.All(v => v!.GetValueKind() == JsonValueKind.String) && type is null or JsonSchemaType.String)
        {
            return (false, values.Select(v => v!.GetValue<string>()).Distinct(System.StringComparer.Ordinal).ToList());
        }

        if (values.Count > 0 && values.All(v => v!.GetValueKind() == JsonValueKind.Number && long.TryParse(v.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
            && type is null or JsonSchemaType.Integer)
        {
            return (true, values.Select(v => v!.ToJsonString()).Distinct(System.StringComparer.Ordinal).ToList());
        }

        return null;
    }

    public static EnumModel Build(string name, string pointer, IOpenApiSchema schema, bool isInteger, List<string> values)
    {
        var declared = DeclaredNames(schema, values.Count);
        var scope = new NameScope(name, "Value", "IsKnown", "KnownValues", "JsonConverter");
        var members = values.Select((value, i) => new EnumMemberModel(scope.Allocate(MemberName(declared?[i] ?? value, isInteger)), value));
        return new EnumModel(name, pointer, SchemaTypeMapper.Describe(schema), isInteger, members.ToEquatableArray());
    }

    private static string MemberName(string raw, bool isInteger)
    {
        if (isInteger && long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number < 0 ? "ValueMinus" + (-number).ToString(CultureInfo.InvariantCulture) : "Value" + raw;
        }

        return Naming.ToPascalCase(raw, "Empty");
    }

    private static IReadOnlyList<string>? DeclaredNames(IOpenApiSchema schema, int count)
    {
        foreach (var extension in NameExtensions)
        {
            if (schema.Extensions is { } extensions && extensions.TryGetValue(extension, out var value)
                && value is JsonNodeExtension { Node: JsonArray names } && names.Count == count
                && names.All(n => n?.GetValueKind() == JsonValueKind.String))
            {
                return names.Select(n => n!.GetValue<string>()).ToList();
            }
        }

        return null;
    }
}
