using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using SpecForge.Core.Collections;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Reading;
using SpecForge.Runtime.Validation;

namespace SpecForge.Core.Modeling;

/// <summary>
/// Reads a schema's validation keywords into a <see cref="ConstraintsModel"/>, walking the schema alongside the C# type it
/// was mapped to: aliases are followed to what they describe, lists and maps descend into their items and values, and
/// generated records, enums and unions stop the walk because they validate themselves.
/// </summary>
internal sealed class ConstraintReader
{
    // Deep enough for any real schema; an alias chain longer than this is a cycle the type mapper already cut.
    private const int MaxDepth = 32;

    private static readonly JsonSerializerOptions CompactJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ModelBuildContext _context;

    // A component alias is read once per use; its broken pattern is reported once.
    private readonly HashSet<string> _reportedPatterns = new(StringComparer.Ordinal);

    public ConstraintReader(ModelBuildContext context)
    {
        _context = context;
    }

    /// <summary>The constraints of <paramref name="schema"/> (at <paramref name="pointer"/>) for a value of <paramref name="type"/>; null when there are none.</summary>
    public ConstraintsModel? Read(IOpenApiSchema? schema, string pointer, TypeRef type) => Read(schema, pointer, type, 0);

    private ConstraintsModel? Read(IOpenApiSchema? schema, string pointer, TypeRef type, int depth)
    {
        if (schema is null || depth > MaxDepth || type.Kind is TypeKind.Record or TypeKind.Union)
        {
            return null;
        }

        if (schema is OpenApiSchemaReference reference)
        {
            return reference.Target is null || reference.Reference.Id is not { } id
                ? null
                : Read(reference.Target, JsonPointers.Append("/components/schemas", id), type, depth + 1);
        }

        if (SchemaShapes.IsAllOfAlias(schema))
        {
            return Read(schema.AllOf![0], pointer + "/allOf/0", type, depth + 1);
        }

        if (SchemaShapes.SingleNonNullBranch(schema) is { } branch)
        {
            var alternatives = SchemaShapes.Alternatives(schema)!.Value;
            var index = alternatives.Branches.IndexOf(branch);
            return Read(branch, pointer + "/" + alternatives.Keyword + "/" + index.ToString(CultureInfo.InvariantCulture), type, depth + 1);
        }

        var (minimum, exclusiveMinimum) = Bound(schema.Minimum, schema.ExclusiveMinimum, lower: true);
        var (maximum, exclusiveMaximum) = Bound(schema.Maximum, schema.ExclusiveMaximum, lower: false);
        var model = new ConstraintsModel
        {
            MinLength = schema.MinLength,
            MaxLength = schema.MaxLength,
            Pattern = Pattern(schema.Pattern, pointer + "/pattern"),
            Minimum = minimum,
            ExclusiveMinimum = exclusiveMinimum,
            Maximum = maximum,
            ExclusiveMaximum = exclusiveMaximum,
            MultipleOf = schema.MultipleOf is { } divisor && divisor > 0 ? divisor.ToString(CultureInfo.InvariantCulture) : null,
            MinItems = schema.MinItems,
            MaxItems = schema.MaxItems,
            UniqueItems = schema.UniqueItems == true,
            MinProperties = schema.MinProperties,
            MaxProperties = schema.MaxProperties,
            // The normalizer writes x-format beside the pattern that already says the same thing; reading both would
            // report one bad phone number twice, and the mock (which judges `format` only) once.
            Format = SchemaShapes.AssertedFormat(schema) ?? (schema.Pattern is null ? ExtensionFormat(schema) : null),
            ConstJson = SchemaShapes.SingleType(schema) is null ? null : ConstJson(schema.Const, type),
            EnumJson = type.Kind == TypeKind.Enum || schema.Enum is null
                ? EquatableArray<string>.Empty
                : schema.Enum.Where(v => v is not null && v.GetValueKind() != JsonValueKind.Null).Select(v => v!.ToJsonString(CompactJson)).ToEquatableArray(),
            Items = type.Kind == TypeKind.List && type.Element is { } item ? Read(schema.Items, pointer + "/items", item, depth + 1) : null,
            Values = type.Kind == TypeKind.Map && type.Element is { } value && schema.AdditionalProperties is { } values
                ? Read(values, pointer + "/additionalProperties", value, depth + 1)
                : null,
        };
        return model == Empty ? null : model;
    }

    private static readonly ConstraintsModel Empty = new();

    private string? Pattern(string? pattern, string pointer)
    {
        if (pattern is null)
        {
            return null;
        }

        try
        {
            ConstraintRules.TranslatePattern(pattern);
            return pattern;
        }
        catch (ArgumentException ex)
        {
            if (_reportedPatterns.Add(pointer))
            {
                _context.Report(
                    DiagnosticCatalog.PatternNotSupported,
                    $"The pattern '{pattern}' cannot be checked in .NET ({ex.Message}); values are not checked against it.",
                    pointer);
            }

            return null;
        }
    }

    // The reader gives 3.0's boolean form as the number moved to exclusiveMinimum/Maximum, like 3.1; when a 3.1 schema
    // has both forms the stricter bound is the one that matters.
    private static (string? Bound, bool Exclusive) Bound(string? inclusive, string? exclusive, bool lower)
    {
        if (exclusive is null || Number(exclusive) is not { } open)
        {
            return (inclusive is not null && Number(inclusive) is not null ? inclusive : null, false);
        }

        if (inclusive is not null && Number(inclusive) is { } closed && (lower ? closed > open : closed < open))
        {
            return (inclusive, false);
        }

        return (exclusive, true);
    }

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && !double.IsInfinity(value) ? value : null;

    private static string? ExtensionFormat(IOpenApiSchema schema) =>
        schema.Extensions is { } extensions && extensions.TryGetValue("x-format", out var extension)
        && extension is JsonNodeExtension { Node: JsonValue value } && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : null;

    // The reader keeps const as text, without its JSON kind; the schema's type (required by the caller, since an untyped
    // const is mapped to a string whatever its kind) and the C# type it was mapped to say which kind it is.
    private static string? ConstJson(string? text, TypeRef type)
    {
        if (text is null)
        {
            return null;
        }

        return type.Kind switch
        {
            TypeKind.Int32 or TypeKind.Int64 or TypeKind.Single or TypeKind.Double or TypeKind.Decimal => Number(text) is null ? null : text,
            TypeKind.Boolean => text is "true" or "false" ? text : null,
            _ => JsonValue.Create(text).ToJsonString(CompactJson),
        };
    }
}
