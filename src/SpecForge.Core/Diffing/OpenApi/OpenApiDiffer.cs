using System.Collections.Generic;

namespace SpecForge.Core.Diffing.OpenApi;

/// <summary>
/// Compares two API descriptions in Microsoft.OpenApi's model by meaning, not by text: references are followed,
/// the ways of writing nullability and exclusive bounds fold together, and descriptions, examples and order are
/// ignored, so a 2.0 document and its 3.1 conversion compare equal. Inline schemas are reported per operation;
/// changes inside a component schema are reported once, at the component, by the rules of the directions (request,
/// response) the operations using it read it in.
/// </summary>
public static class OpenApiDiffer
{
    /// <summary>Every change from <paramref name="old"/> to <paramref name="new"/>, in a stable order.</summary>
    public static IReadOnlyList<SpecChange> Compare(DiffSide old, DiffSide @new)
    {
        var context = new DiffContext(old, @new);
        ServerRules.CompareDocument(context);
        SecurityRules.CompareDocument(context);
        var (pairs, labels) = EndpointRules.Compare(context);
        foreach (var pair in pairs)
        {
            ParameterRules.Compare(context, pair);
            RequestBodyRules.Compare(context, pair);
            ResponseRules.Compare(context, pair);
            SecurityRules.CompareOperation(context, pair);
            ServerRules.CompareOperation(context, pair);
        }

        SchemaRenameRules.Report(context);
        context.Usage.Report(context, labels);
        return context.Sorted();
    }
}
