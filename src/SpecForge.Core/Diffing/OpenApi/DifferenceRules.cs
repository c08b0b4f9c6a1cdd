namespace SpecForge.Core.Diffing.OpenApi;

/// <summary>
/// Turns a schema difference into a rule once it is known which way the values travel. What a request may contain
/// getting tighter breaks callers; what a response guarantees getting looser breaks the generated (strict) readers.
/// </summary>
internal static class DifferenceRules
{
    /// <summary>The rule for <paramref name="difference"/> in a <paramref name="direction"/> schema, or null when it hurts nobody.</summary>
    /// <param name="difference">What changed.</param>
    /// <param name="direction">Which way the schema's values travel.</param>
    /// <param name="inParameter">The schema is a parameter's, which has its own rules for type, enum and constraint changes.</param>
    public static DiffRule? RuleFor(SchemaDifference difference, SchemaDirection direction, bool inParameter)
    {
        if (inParameter && ParameterRule(difference.Kind) is { } parameterRule)
        {
            return parameterRule;
        }

        return direction == SchemaDirection.Request ? RequestRule(difference) : ResponseRule(difference);
    }

    /// <summary>
    /// The message's middle: what changed, named from <paramref name="noun"/> (the schema's own value, e.g.
    /// "request body") or <paramref name="propertyNoun"/> (a value inside it, e.g. "response property").
    /// </summary>
    public static string Describe(SchemaDifference difference, DiffRule rule, string noun, string propertyNoun)
    {
        var subject = difference.Path.Length == 0 ? noun
            : difference.Path == "[]" ? noun + " items"
            : $"{propertyNoun} '{difference.Path}'";
        var text = subject + " " + difference.Detail;

        // The one thing a reader of a widened response enum needs to know about the generated client.
        return rule == OpenApiRules.ResponseEnumWidened
            ? text + "; generated SpecForge clients keep unknown enum values (enums are open)"
            : text;
    }

    private static DiffRule? ParameterRule(DifferenceKind kind) => kind switch
    {
        DifferenceKind.TypeChanged => OpenApiRules.ParameterTypeChanged,
        DifferenceKind.EnumValuesRemoved => OpenApiRules.ParameterEnumNarrowed,
        DifferenceKind.EnumValuesAdded => OpenApiRules.ParameterEnumWidened,
        DifferenceKind.ConstraintTightened => OpenApiRules.ParameterConstraintTightened,
        DifferenceKind.ConstraintRelaxed => OpenApiRules.ParameterConstraintRelaxed,
        _ => null,
    };

    // readOnly values are never sent, so nothing about them can break a request.
    private static DiffRule? RequestRule(SchemaDifference difference)
    {
        if (difference.ReadOnly)
        {
            return null;
        }

        return difference.Kind switch
        {
            DifferenceKind.PropertyRemoved => OpenApiRules.RequestPropertyRemoved,
            DifferenceKind.PropertyAdded when difference.Required => OpenApiRules.RequestPropertyAddedRequired,
            DifferenceKind.BecameRequired => OpenApiRules.RequestPropertyBecameRequired,
            DifferenceKind.TypeChanged => OpenApiRules.RequestPropertyTypeChanged,
            DifferenceKind.EnumValuesRemoved => OpenApiRules.RequestPropertyEnumNarrowed,
            DifferenceKind.ConstraintTightened => OpenApiRules.RequestPropertyConstraintTightened,
            DifferenceKind.BranchRemoved => OpenApiRules.SchemaBranchRemoved,
            DifferenceKind.BranchAdded => OpenApiRules.RequestSchemaBranchAdded,
            _ => null,
        };
    }

    // writeOnly values are never received, so nothing about them can break a response reader.
    private static DiffRule? ResponseRule(SchemaDifference difference)
    {
        if (difference.WriteOnly)
        {
            return null;
        }

        return difference.Kind switch
        {
            DifferenceKind.PropertyRemoved => OpenApiRules.ResponsePropertyRemoved,
            DifferenceKind.BecameOptional => OpenApiRules.ResponsePropertyBecameOptional,
            DifferenceKind.TypeChanged => OpenApiRules.ResponsePropertyTypeChanged,
            DifferenceKind.BecameNullable => OpenApiRules.ResponsePropertyBecameNullable,
            DifferenceKind.EnumValuesAdded => OpenApiRules.ResponseEnumWidened,
            DifferenceKind.BranchRemoved => OpenApiRules.SchemaBranchRemoved,
            DifferenceKind.BranchAdded => OpenApiRules.ResponseSchemaBranchAdded,
            _ => null,
        };
    }
}
