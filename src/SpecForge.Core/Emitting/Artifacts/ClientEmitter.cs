using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using SpecForge.Core.Emitting.Json;
using SpecForge.Core.Emitting.TemplateModels;
using SpecForge.Core.Modeling;

namespace SpecForge.Core.Emitting.Artifacts;

/// <summary>Emits the client class (<c>&lt;ClientName&gt;.Client.g.cs</c>) and its exception type (<c>&lt;ClientName&gt;.ApiException.g.cs</c>).</summary>
public static class ClientEmitter
{
    private static readonly Regex PathVariable = new(@"\{([^{}]+)\}", RegexOptions.CultureInvariant);

    /// <summary>Renders the client of <paramref name="model"/> through <c>Client.hbs</c> and <c>ApiException.hbs</c>.</summary>
    public static void Emit(ApiModel model, TemplateSet templates, JsonCode code, AddSource addSource)
    {
        var templateModel = ToTemplateModel(model, code);
        addSource($"{model.ClientName}.Client.g.cs", templates.Render("Client", templateModel));
        addSource($"{model.ClientName}.ApiException.g.cs", templates.Render("ApiException", templateModel));
    }

    /// <summary>The template model for the client class.</summary>
    public static ClientTemplateModel ToTemplateModel(ApiModel model, JsonCode code) => new()
    {
        Namespace = model.Namespace,
        ClientName = model.ClientName,
        Doc = new DocComment().Summary(Title(model), model.Description).Lines,
        DefaultBaseUrlLiteral = CSharpText.StringLiteral(model.DefaultBaseUrl ?? string.Empty),
        Operations = model.Operations.Select(o => ToTemplateModel(o, code)).ToList(),
    };

    private static string Title(ApiModel model) =>
        string.IsNullOrWhiteSpace(model.ApiVersion) ? $"Client for {model.Title}." : $"Client for {model.Title} (version {model.ApiVersion}).";

    private static OperationTemplateModel ToTemplateModel(OperationModel operation, JsonCode code)
    {
        var body = operation.RequestBody;
        var result = operation.SuccessResponse;
        var resultType = result?.Type;
        return new OperationTemplateModel
        {
            MethodName = operation.MethodName,
            Doc = Doc(operation),
            IsDeprecated = operation.IsDeprecated,
            ReturnType = resultType is null
                ? "global::System.Threading.Tasks.Task"
                : "global::System.Threading.Tasks.Task<" + resultType.Display + ">",
            ParameterList = ParameterList(operation),
            HttpMethodExpression = "new global::System.Net.Http.HttpMethod(" + CSharpText.StringLiteral(operation.HttpMethod) + ")",
            PathExpression = PathExpression(operation),
            ServerLiteral = operation.ServerUrl is { } server ? CSharpText.StringLiteral(server) : string.Empty,
            QueryParameters = Arguments(operation, ParameterLocation.Query),
            HeaderParameters = Arguments(operation, ParameterLocation.Header),
            CookieParameters = Arguments(operation, ParameterLocation.Cookie),
            HasBody = body is not null,
            BodyArgument = body?.ParameterName ?? string.Empty,
            BodyValue = body is null ? string.Empty : body.Type.IsValueType && (body.Type.IsNullable || !body.IsRequired) ? body.ParameterName + ".Value" : body.ParameterName,
            BodyWriter = body is { Kind: BodyKind.Json } ? code.WriteFunction(body.Type) : string.Empty,
            BodyIsOptional = body is { IsRequired: false },
            BodyIsJson = body?.Kind == BodyKind.Json,
            BodyIsText = body?.Kind == BodyKind.Text,
            BodyIsContent = body?.Kind == BodyKind.Binary && body.Type.Kind == TypeKind.HttpContent,
            BodyIsStream = body?.Type.Kind == TypeKind.Stream,
            StreamMediaTypeLiteral = CSharpText.StringLiteral(body?.MediaType is { } streamType && streamType.IndexOf('*') < 0 ? streamType : "application/octet-stream"),
            BodyMediaTypeLiteral = CSharpText.StringLiteral(body?.MediaType ?? "application/json"),
            HasResult = resultType is not null,
            ResultTypeName = resultType?.Display ?? string.Empty,
            ResultReader = resultType is not null && result!.Kind == BodyKind.Json ? code.ReadFunction(resultType) : string.Empty,
            ResultIsJson = resultType is not null && result!.Kind == BodyKind.Json,
            ResultIsText = resultType is not null && result!.Kind == BodyKind.Text,
            ResultIsBytes = resultType is not null && result!.Kind == BodyKind.Binary && resultType.Kind == TypeKind.Bytes,
            ResultIsStream = resultType?.Kind == TypeKind.Stream,
            ResultAllowsNull = resultType?.IsNullable == true,
            AcceptLiteral = result?.MediaType is { } accept ? CSharpText.StringLiteral(accept) : string.Empty,
        };
    }

    private static IReadOnlyList<string> Doc(OperationModel operation)
    {
        var doc = new DocComment().Summary(operation.Summary, operation.Description);
        // Every parameter gets a tag: documenting some but not all is a warning (CS1573) for consumers who build docs.
        foreach (var parameter in operation.Parameters)
        {
            var fallback = $"The '{parameter.WireName}' {parameter.Location.ToString().ToLowerInvariant()} parameter.";
            doc.Element($"<param name=\"{parameter.Name.TrimStart('@')}\">", "</param>", string.IsNullOrWhiteSpace(parameter.Description) ? fallback : parameter.Description);
        }

        if (operation.RequestBody is { } body)
        {
            doc.Element($"<param name=\"{body.ParameterName.TrimStart('@')}\">", "</param>", body.Description ?? "The request body.");
        }

        doc.Element("<param name=\"cancellationToken\">", "</param>", "Cancels the request.");
        if (operation.SuccessResponse?.Type is not null)
        {
            doc.Element("<returns>", "</returns>", operation.SuccessResponse.Description);
        }

        doc.Element("<remarks>", "</remarks>", operation.HttpMethod + " " + operation.PathTemplate);
        return doc.Lines;
    }

    // Required parameters first, positionally; optional ones default to null so callers name only what they use.
    private static string ParameterList(OperationModel operation)
    {
        var required = new List<string>();
        var optional = new List<string>();
        foreach (var parameter in operation.Parameters)
        {
            (parameter.IsRequired ? required : optional).Add(parameter.IsRequired
                ? $"{parameter.Type.Display} {parameter.Name}"
                : $"{parameter.Type.AsNullable().Display} {parameter.Name} = null");
        }

        if (operation.RequestBody is { } body)
        {
            (body.IsRequired ? required : optional).Add(body.IsRequired
                ? $"{body.Type.Display} {body.ParameterName}"
                : $"{body.Type.AsNullable().Display} {body.ParameterName} = null");
        }

        return string.Join(", ", required.Concat(optional).Concat(new[] { "global::System.Threading.CancellationToken cancellationToken = default" }));
    }

    private static string PathExpression(OperationModel operation)
    {
        var parts = new List<string>();
        var last = 0;
        var template = operation.PathTemplate;
        foreach (Match match in PathVariable.Matches(template))
        {
            if (match.Index > last)
            {
                parts.Add(CSharpText.StringLiteral(template.Substring(last, match.Index - last)));
            }

            var parameter = operation.Parameters.First(p => p.Location == ParameterLocation.Path && p.WireName == match.Groups[1].Value);
            parts.Add($"global::System.Uri.EscapeDataString(FormatValue({parameter.Name}))");
            last = match.Index + match.Length;
        }

        if (last < template.Length || parts.Count == 0)
        {
            parts.Add(CSharpText.StringLiteral(template.Substring(last)));
        }

        return string.Join(" + ", parts);
    }

    private static IReadOnlyList<ArgumentTemplateModel> Arguments(OperationModel operation, ParameterLocation location) =>
        operation.Parameters
            .Where(p => p.Location == location)
            .Select(p => new ArgumentTemplateModel
            {
                NameLiteral = CSharpText.StringLiteral(p.WireName),
                Argument = p.Name,
                IsNullable = !p.IsRequired || p.Type.IsNullable,
            })
            .ToList();
}
