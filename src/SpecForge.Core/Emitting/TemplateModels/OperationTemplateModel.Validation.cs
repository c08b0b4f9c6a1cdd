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

    /// <summary>
    /// The runtime method that checks the typed response body, fully qualified, when it is a record, a union or a list
    /// of them; the client passes it as it is, and <see cref="ResponseChecks"/> is then empty.
    /// </summary>
    public string ResponseCheckFunction { get; init; } = string.Empty;

    /// <summary>Whether <see cref="ResponseCheckFunction"/> is set.</summary>
    public bool HasResponseCheckFunction => ResponseCheckFunction.Length > 0;

    /// <summary>Statements checking <c>responseBody</c> into <c>responseViolations</c>, already indented, when the body needs checks of its own.</summary>
    public IReadOnlyList<string> ResponseChecks { get; init; } = new string[0];

    /// <summary>Whether the typed response body has something to check.</summary>
    public bool HasResponseChecks => ResponseChecks.Count > 0;
}
