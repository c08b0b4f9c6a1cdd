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
        if (ConstantBranches(schema) is { } constants)
        {
            return ConstantValues(schema, constants);
        }

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

    public static EnumModel Build(ModelBuildContext context, string name, string pointer, IOpenApiSchema schema, bool isInteger, List<string> values)
    {
        var declared = DeclaredNames(schema, values.Count) ?? BranchTitles(schema, values.Count);
        var scope = context.MemberScope(ReservedMembers.With(ReservedMembers.Enum, name));
        var members = values.Select((value, i) => new EnumMemberModel(scope.Allocate(MemberName(declared?[i] ?? value, isInteger), pointer), value));
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

    // `type: integer, oneOf: [{const: 1, title: SUB_COMMAND}, ...]` is how 3.1 documents each value of an enum
    // (Discord does it everywhere). Every branch must be an inline constant and nothing else, or it is a real union.
    private static IList<IOpenApiSchema>? ConstantBranches(IOpenApiSchema schema)
    {
        if (SchemaShapes.Alternatives(schema) is not { } alternatives || schema.Enum is { Count: > 0 } || (schema.Properties?.Count ?? 0) > 0)
        {
            return null;
        }

        var parentType = SchemaShapes.SingleType(schema);
        return alternatives.Branches.All(b => b is not OpenApiSchemaReference && b.Const is not null
                && (b.Type is null || parentType is null || SchemaShapes.SingleType(b) == parentType)
                && (b.OneOf?.Count ?? 0) == 0 && (b.AnyOf?.Count ?? 0) == 0 && (b.AllOf?.Count ?? 0) == 0)
            ? alternatives.Branches
            : null;
    }

    // The reader keeps const as text whatever its JSON type, so the declared type says whether "1" was 1.
    private static (bool IsInteger, List<string> Values)? ConstantValues(IOpenApiSchema schema, IList<IOpenApiSchema> branches)
    {
        var values = branches.Select(b => b.Const!).Distinct(System.StringComparer.Ordinal).ToList();
        var branchTypes = branches.Where(b => b.Type is not null).Select(SchemaShapes.SingleType).Distinct().ToList();
        if (SchemaShapes.SingleType(schema) is null && branchTypes.Count > 1)
        {
            return null;
        }

        var type = SchemaShapes.SingleType(schema) ?? branchTypes.FirstOrDefault();
        if (type is JsonSchemaType.Integer)
        {
            return values.All(v => long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)) ? (true, values) : null;
        }

        return type is null or JsonSchemaType.String ? (false, values) : null;
    }

    // For constants listed as branches, each branch's title names its value.
    private static IReadOnlyList<string>? BranchTitles(IOpenApiSchema schema, int count)
    {
        if (ConstantBranches(schema) is not { } branches || branches.Count != count || branches.Any(b => string.IsNullOrWhiteSpace(b.Title)))
        {
            return null;
        }

        return branches.Select(b => b.Title!).ToList();
    }
}
