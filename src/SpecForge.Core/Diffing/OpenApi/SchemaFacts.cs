using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.OpenApi;
using SpecForge.Core.Modeling;
using SpecForge.Core.Reading;

namespace SpecForge.Core.Diffing.OpenApi;

/// <summary>
/// A schema's meaning, with the ways of writing it that mean the same thing folded together: 3.0 <c>nullable</c>,
/// 3.1 <c>type: [x, "null"]</c> and <c>oneOf: [x, {type: null}]</c>; <c>allOf: [$ref]</c> used to annotate a reference.
/// </summary>
internal static class SchemaFacts
{
    private static readonly (JsonSchemaType Flag, string Name)[] TypeNames =
    {
        (JsonSchemaType.String, "string"), (JsonSchemaType.Integer, "integer"), (JsonSchemaType.Number, "number"),
        (JsonSchemaType.Boolean, "boolean"), (JsonSchemaType.Array, "array"), (JsonSchemaType.Object, "object"),
    };

    /// <summary>The schema that says what the value is, whether null is allowed beside it, and where that schema is.</summary>
    public static (IOpenApiSchema Schema, bool Nullable, string Pointer) Unwrap(IOpenApiSchema schema, string pointer)
    {
        var nullable = false;

        // A reference's nullability belongs to its target, which is compared where the target is.
        for (var depth = 0; depth < 8 && schema is not OpenApiSchemaReference; depth++)
        {
            nullable |= SchemaShapes.IsNullable(schema);
            if (SchemaShapes.IsAllOfAlias(schema))
            {
                schema = schema.AllOf![0];
                pointer += "/allOf/0";
            }
            else if (SchemaShapes.SingleNonNullBranch(schema) is { } branch)
            {
                var alternatives = SchemaShapes.Alternatives(schema)!.Value;
                pointer += "/" + alternatives.Keyword + "/" + alternatives.Branches.IndexOf(branch).ToString(CultureInfo.InvariantCulture);
                schema = branch;
                nullable = true;
            }
            else
            {
                break;
            }
        }

        return (schema, nullable, pointer);
    }

    /// <summary>The component a schema refers to, or null when it is inline or refers to nothing the document has.</summary>
    public static string? ComponentId(IOpenApiSchema schema, IDictionary<string, IOpenApiSchema> components) =>
        schema is OpenApiSchemaReference reference && reference.Reference.Id is { } id && components.ContainsKey(id) ? id : null;

    /// <summary>The pointer of a component schema.</summary>
    public static string ComponentPointer(string id) => JsonPointers.Append("/components/schemas", id);

    /// <summary>
    /// The kind of value, as specific as the generated C# type is: <c>string</c>, <c>string (date-time)</c>,
    /// <c>integer (int32)</c>, <c>string|integer</c>, <c>object</c>; <c>any</c> when the schema does not say.
    /// </summary>
    public static string TypeName(IOpenApiSchema schema)
    {
        var type = (schema.Type ?? 0) & ~JsonSchemaType.Null;
        if (type == 0)
        {
            if ((schema.Properties?.Count ?? 0) > 0 || schema.AdditionalProperties is not null || (schema.AllOf?.Count ?? 0) > 0)
            {
                return "object";
            }

            return schema.Items is not null ? "array" : "any";
        }

        var names = TypeNames.Where(t => (type & t.Flag) != 0).Select(t => t.Name).ToList();
        // A format counts only when the generator gives it its own C# type; any other is like no format at all.
        if (names.Count == 1 && SchemaShapes.AssertedFormat(schema) is { } format
            && SchemaTypeMapper.ScalarType(type, format) is { } specific && specific != SchemaTypeMapper.ScalarType(type, null))
        {
            // byte and binary both become a byte array.
            return names[0] + " (" + (format == "binary" ? "byte" : format) + ")";
        }

        return string.Join("|", names);
    }

    /// <summary>The listed values as compact JSON, without null (which nullability already covers); null when there is no enum.</summary>
    public static HashSet<string>? EnumValues(IOpenApiSchema schema)
    {
        if (schema.Enum is not { Count: > 0 } values)
        {
            return null;
        }

        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            if (SchemaJson.Compact(value) is { } text && text != "null")
            {
                result.Add(text);
            }
        }

        return result;
    }

    /// <summary>The property names the schema requires.</summary>
    public static bool Requires(IOpenApiSchema schema, string property) => schema.Required?.Contains(property) == true;
}
