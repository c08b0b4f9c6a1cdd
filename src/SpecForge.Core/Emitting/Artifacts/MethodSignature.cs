using System.Collections.Generic;
using System.Linq;
using System.Text;
using SpecForge.Core.Modeling;

namespace SpecForge.Core.Emitting.Artifacts;

/// <summary>
/// The parameters of an operation's methods. The rule users rely on: required parameters come first, positionally, in
/// path, query, header, cookie, body order; every optional one follows with a null default, to be passed by name;
/// <c>contentType</c> (when the operation offers several) and the cancellation token come last. The per-call
/// <c>RequestOptions</c> follow the token, not precede it: arguments bind by position, so a call that passes its token
/// positionally (<c>ListAsync(ct)</c>) would otherwise stop compiling.
/// </summary>
internal sealed class MethodSignature
{
    private readonly List<Parameter> _parameters;

    private MethodSignature(List<Parameter> parameters)
    {
        _parameters = parameters;
    }

    /// <summary>One C# parameter.</summary>
    public sealed record Parameter(string Name, TypeRef Type, bool IsRequired, string? Description);

    public IReadOnlyList<Parameter> Parameters => _parameters;

    public static MethodSignature Of(OperationModel operation)
    {
        var all = new List<Parameter>();
        foreach (var parameter in operation.Parameters)
        {
            all.Add(new Parameter(parameter.Name, parameter.IsRequired ? parameter.Type : parameter.Type.AsNullable(), parameter.IsRequired, parameter.Description ?? $"The '{parameter.WireName}' {parameter.Location.ToString().ToLowerInvariant()} parameter."));
        }

        if (operation.RequestBody is { Kind: BodyKind.Multipart, Fields.Count: > 0 } multipart)
        {
            foreach (var field in multipart.Fields)
            {
                all.Add(new Parameter(field.ParameterName, field.IsRequired ? field.Type : field.Type.AsNullable(), field.IsRequired, field.Description ?? $"The '{field.WireName}' part."));
            }
        }
        else if (operation.RequestBody is { } body)
        {
            all.Add(new Parameter(body.ParameterName, body.IsRequired ? body.Type : body.Type.AsNullable(), body.IsRequired, body.Description ?? "The request body."));
        }

        var ordered = all.Where(p => p.IsRequired).Concat(all.Where(p => !p.IsRequired)).ToList();
        if (operation.RequestBody is { MediaTypes.Count: > 1 } choice)
        {
            ordered.Add(new Parameter("contentType", WellKnownTypes.String.AsNullable(), false, "The media type to send: " + string.Join(", ", choice.MediaTypes) + "; null sends " + choice.MediaTypes[0] + "."));
        }

        return new MethodSignature(ordered);
    }

    public Parameter? Find(string name) => _parameters.FirstOrDefault(p => p.Name == name);

    /// <summary>Each declaration followed by ", ", so the cancellation token can follow.</summary>
    public string Declarations(bool withDefaults)
    {
        var text = new StringBuilder();
        foreach (var parameter in _parameters)
        {
            text.Append(parameter.Type.Display).Append(' ').Append(parameter.Name);
            if (withDefaults && !parameter.IsRequired)
            {
                text.Append(" = null");
            }

            text.Append(", ");
        }

        return text.ToString();
    }

    /// <summary>The names passed on, each followed by ", "; <paramref name="replaced"/> is passed as <paramref name="replacement"/>.</summary>
    public string Arguments(string? replaced, string replacement = "nextValue") =>
        string.Concat(_parameters.Select(p => (p.Name == replaced ? replacement : p.Name) + ", "));
}
