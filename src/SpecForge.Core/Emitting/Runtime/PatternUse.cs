using System.Linq;
using SpecForge.Core.Modeling;

namespace SpecForge.Core.Emitting.Runtime;

/// <summary>
/// Whether an SDK's validators check a <c>pattern</c> anywhere: only then does its compilation get the ECMA-262
/// translator (<see cref="RuntimePart.Patterns"/>), the largest part of the validation runtime.
/// </summary>
public static class PatternUse
{
    /// <summary>True when a record member, map value, union branch, parameter, body or response of <paramref name="model"/> has a pattern.</summary>
    public static bool In(ApiModel model) =>
        model.Dtos.Any(dto => dto.Properties.Any(p => Has(p.Constraints)) || Has(dto.AdditionalProperties?.ValueConstraints))
        || model.Unions.Any(union => union.Branches.Any(b => Has(b.Constraints)))
        || model.Operations.Any(op =>
            op.Parameters.Any(p => Has(p.Constraints))
            || Has(op.RequestBody?.Constraints)
            || Has(op.SuccessResponse?.Constraints));

    // Items and map values carry their own keywords, to any depth of lists of lists.
    private static bool Has(ConstraintsModel? constraints) =>
        constraints is not null && (constraints.Pattern is not null || Has(constraints.Items) || Has(constraints.Values));
}
