using SpecForge.Core.Modeling;

namespace SpecForge.Core.Diffing.OpenApi;

/// <summary>Reports each renamed component schema with the generated type's old and new name.</summary>
internal static class SchemaRenameRules
{
    public static void Report(DiffContext context)
    {
        foreach (var rename in context.Renames.Pairs)
        {
            var oldType = Naming.ToPascalCase(rename.Key, "Model");
            var newType = Naming.ToPascalCase(rename.Value, "Model");
            var message = $"schema '{rename.Key}' renamed to '{rename.Value}' (same structure); the generated type {oldType} becomes {newType}";
            context.ReportComponent(rename.Value, OpenApiRules.SchemaRenamed, message, SchemaFacts.ComponentPointer(rename.Key), SchemaFacts.ComponentPointer(rename.Value));
        }
    }
}
