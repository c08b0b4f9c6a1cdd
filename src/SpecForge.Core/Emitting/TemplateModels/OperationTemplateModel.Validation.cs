using System.Collections.Generic;

namespace SpecForge.Core.Emitting.TemplateModels;

/// <summary>The request and response checks of an operation, rendered by <c>Client.Validate.sbncs</c>.</summary>
public sealed partial class OperationTemplateModel
{
    /// <summary>The list type violations are collected in, fully qualified.</summary>
    public string ViolationListType { get; init; } = string.Empty;

    /// <summary>Statements checking the parameters and the body into <c>requestViolations</c>, already indented.</summary>
    public IReadOnlyList<string> RequestChecks { get; init; } = new string[0];

    /// <summary>Whether any argument has something to check.</summary>
    public bool HasRequestChecks => RequestChecks.Count > 0;

    /// <summary>Statements checking <c>responseBody</c> into <c>responseViolations</c>, already indented.</summary>
    public IReadOnlyList<string> ResponseChecks { get; init; } = new string[0];

    /// <summary>Whether the typed response body has something to check.</summary>
    public bool HasResponseChecks => ResponseChecks.Count > 0;
}
