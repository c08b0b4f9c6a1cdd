using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;

namespace SpecForge.Core.Modeling;

/// <summary>Questions about a schema's shape that decide how it maps to C#.</summary>
internal static class SchemaShapes
{
    /// <summary>True when the schema becomes a record type: it declares properties or composes with allOf.</summary>
    public static bool IsRecord(IOpenApiSchema schema) =>
        (schema.Properties?.Count ?? 0) > 0 || (schema.AllOf?.Count ?? 0) > 0 && !IsAllOfAlias(schema);

    /// <summary>
    /// "allOf: [ $ref ]" with nothing beside it is only a way to attach a description to a reference, and so is
    /// "allOf: [ $ref, { description } ]" (Box writes it for every documented reference). The reference comes first,
    /// so callers take <c>AllOf[0]</c> as the target.
    /// </summary>
    public static bool IsAllOfAlias(IOpenApiSchema schema) =>
        schema.AllOf is { Count: > 0 } allOf && allOf[0] is OpenApiSchemaReference && (schema.Properties?.Count ?? 0) == 0
        && allOf.Skip(1).All(IsAnnotationOnly);

    // Words about a value that do not change which values are valid or how they are shaped.
    private static bool IsAnnotationOnly(IOpenApiSchema part) =>
        part is not OpenApiSchemaReference && part.Type is null && part.Format is null && part.Const is null
        && (part.Properties?.Count ?? 0) == 0 && (part.Required?.Count ?? 0) == 0 && part.AdditionalProperties is null
        && (part.AllOf?.Count ?? 0) == 0 && (part.OneOf?.Count ?? 0) == 0 && (part.AnyOf?.Count ?? 0) == 0 && part.Not is null
        && part.Items is null && (part.Enum?.Count ?? 0) == 0 && part.Discriminator is null && part.Pattern is null
        && part.MinLength is null && part.MaxLength is null && part.Minimum is null && part.Maximum is null
        && part.ExclusiveMinimum is null && part.ExclusiveMaximum is null && part.MultipleOf is null
        && part.MinItems is null && part.MaxItems is null && part.MinProperties is null && part.MaxProperties is null;

    /// <summary>True when null is an allowed value: 3.1 <c>type: [x, "null"]</c>, 3.0 <c>nullable</c> (read as the same flag) or 2.0 <c>x-nullable</c>.</summary>
    public static bool IsNullable(IOpenApiSchema schema)
    {
        if (schema.Type is { } type && (type & JsonSchemaType.Null) != 0)
        {
            return true;
        }

        return schema.Extensions is { } extensions
            && extensions.TryGetValue("x-nullable", out var extension)
            && extension is JsonNodeExtension { Node: var node }
            && node?.GetValueKind() == System.Text.Json.JsonValueKind.True;
    }

    /// <summary>
    /// The format that decides the C# type and the checks: null when there is none, or when a pattern beside it makes
    /// it an annotation ("HH:MM" documented as <c>format: time</c> stays a string checked by its pattern).
    /// </summary>
    public static string? AssertedFormat(IOpenApiSchema schema) =>
        schema.Format is { } format && SpecForge.Runtime.Validation.ConstraintRules.IsAsserted(format, schema.Pattern is not null)
            ? format
            : null;

    /// <summary>The schema's type without the null flag, or null when it names none or several.</summary>
    public static JsonSchemaType? SingleType(IOpenApiSchema schema)
    {
        if (schema.Type is not { } type)
        {
            return null;
        }

        var withoutNull = type & ~JsonSchemaType.Null;
        return withoutNull != 0 && (withoutNull & (withoutNull - 1)) == 0 ? withoutNull : null;
    }

    /// <summary>
    /// The branches of a value that may be one of several scalar types: 3.1's <c>type: [string, integer]</c>, and what
    /// Microsoft.OpenApi makes of <c>oneOf: [{type: string}, {type: integer}]</c> (it folds such a oneOf into type
    /// flags). One schema per type, with the schema's format; integer goes when number is there too, since every
    /// integer is a number. Null unless at least two remain and the schema is nothing but scalars.
    /// </summary>
    public static IList<IOpenApiSchema>? ScalarTypeBranches(IOpenApiSchema schema)
    {
        if (schema.Type is not { } type || (schema.Properties?.Count ?? 0) > 0 || schema.Items is not null || Alternatives(schema) is not null)
        {
            return null;
        }

        var withoutNull = type & ~JsonSchemaType.Null;
        if ((withoutNull & (JsonSchemaType.Object | JsonSchemaType.Array)) != 0)
        {
            return null;
        }

        if ((withoutNull & JsonSchemaType.Number) != 0)
        {
            withoutNull &= ~JsonSchemaType.Integer;
        }

        var branches = new[] { JsonSchemaType.String, JsonSchemaType.Integer, JsonSchemaType.Number, JsonSchemaType.Boolean }
            .Where(t => (withoutNull & t) != 0)
            .Select(t => (IOpenApiSchema)new OpenApiSchema { Type = t, Format = schema.Format })
            .ToList();
        return branches.Count >= 2 ? branches : null;
    }

    /// <summary>The schema's <c>oneOf</c> when it has one, else its <c>anyOf</c>, with the keyword's name; null for neither.</summary>
    public static (string Keyword, IList<IOpenApiSchema> Branches)? Alternatives(IOpenApiSchema schema) =>
        (schema.OneOf?.Count ?? 0) > 0 ? ("oneOf", schema.OneOf!)
        : (schema.AnyOf?.Count ?? 0) > 0 ? ("anyOf", schema.AnyOf!)
        : null;

    /// <summary><c>oneOf/anyOf: [X]</c>, one branch only: it means X.</summary>
    public static IOpenApiSchema? SoleBranch(IOpenApiSchema schema) =>
        Alternatives(schema)?.Branches is { Count: 1 } branches && branches[0].Type != JsonSchemaType.Null ? branches[0] : null;

    /// <summary>For 3.1's <c>oneOf/anyOf: [X, {type: null}]</c>: the one branch that is not null.</summary>
    public static IOpenApiSchema? SingleNonNullBranch(IOpenApiSchema schema)
    {
        var branches = Alternatives(schema)?.Branches;
        if (branches is null || branches.Count != 2)
        {
            return null;
        }

        var nonNull = branches.Where(b => b.Type != JsonSchemaType.Null).ToList();
        return nonNull.Count == 1 ? nonNull[0] : null;
    }
}
