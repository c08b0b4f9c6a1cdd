using System.Collections.Generic;
using SpecForge.Core.Modeling;

namespace SpecForge.Core.Emitting.Validation;

/// <summary>
/// The checks of one operation's arguments (pointers <c>/path/id</c>, <c>/query/limit</c>, <c>/header/x</c>,
/// <c>/cookie/x</c>, <c>/body...</c>) and of its typed JSON response body.
/// </summary>
internal static class OperationChecks
{
    public const string RequestList = "requestViolations";
    public const string ResponseList = "responseViolations";
    public const string ResponseValue = "responseBody";

    // The statements sit in an if block of a client method.
    private const int Indent = 16;

    public static IReadOnlyList<string> Request(OperationModel operation, ValidationCode code)
    {
        code.BeginMethod();
        var groups = new List<IReadOnlyList<string>>();
        foreach (var parameter in operation.Parameters)
        {
            var pointer = "/" + parameter.Location.ToString().ToLowerInvariant() + ValidationCode.Segment(parameter.WireName);
            var type = parameter.IsRequired ? parameter.Type : parameter.Type.AsNullable();
            groups.Add(code.Check(parameter.Name, type, parameter.Constraints, pointer, parameter.IsRequired, RequestList));
        }

        // Multipart parts are parameters of their own without a schema of their own here; they go unchecked.
        if (operation.RequestBody is { Kind: not BodyKind.Multipart, ParameterName.Length: > 0 } body)
        {
            groups.Add(code.Check(body.ParameterName, body.Type, body.Constraints, "/body", body.IsRequired, RequestList));
        }

        return ValidationCode.Layout(groups, Indent);
    }

    /// <summary>The runtime method that checks the whole response body, when one call does; null otherwise.</summary>
    public static string? ResponseFunction(OperationModel operation, ValidationCode code) =>
        operation.SuccessResponse is { Kind: BodyKind.Json, Type: { } type } response ? code.RuntimeFunction(type, response.Constraints) : null;

    public static IReadOnlyList<string> Response(OperationModel operation, ValidationCode code)
    {
        code.BeginMethod();
        return operation.SuccessResponse is { Kind: BodyKind.Json, Type: { } type } response && code.RuntimeFunction(type, response.Constraints) is null
            ? ValidationCode.Layout(new[] { code.Check(ResponseValue, type, response.Constraints, string.Empty, false, ResponseList) }, Indent)
            : new List<string>();
    }
}
