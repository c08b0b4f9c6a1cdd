using System.Collections.Generic;
using System.Linq;
using SpecForge.Core.Emitting.Json;
using SpecForge.Core.Emitting.Planning;
using SpecForge.Core.Emitting.TemplateModels;
using SpecForge.Core.Modeling;

namespace SpecForge.Core.Emitting.Artifacts;

/// <summary>
/// Emits the client: <c>&lt;Client&gt;.Client.g.cs</c> (the client, its interface and untagged operations), one
/// <c>&lt;Client&gt;.Group.&lt;Tag&gt;.g.cs</c> per tag, the options, and, when the compilation can use it, the
/// dependency-injection extension. The wire helpers, transport, exception and response types are the runtime's.
/// </summary>
public static class ClientEmitter
{
    /// <summary>The top-level types the client templates declare beside the groups, which Modeling names itself.</summary>
    public static IEnumerable<string> DeclaredTypeNames(string clientName) =>
        new[] { clientName, "I" + clientName, clientName + "Options", clientName + "ServiceCollectionExtensions" };

    /// <summary>Renders the client of <paramref name="model"/>.</summary>
    public static void Emit(ApiModel model, TemplateSet templates, EmitOptions options, JsonCode code, AddSource addSource)
    {
        var client = ToTemplateModel(model, code);
        addSource(ArtifactFiles.Client(model.ClientName), templates.Render("Client", client));
        foreach (var group in client.Groups)
        {
            addSource(ArtifactFiles.Group(model.ClientName, group.PropertyName), templates.Render("ClientGroup", group));
        }

        addSource(ArtifactFiles.Options(model.ClientName), templates.Render("ClientOptions", client));
        if (options.EmitDependencyInjection)
        {
            addSource(ArtifactFiles.DependencyInjection(model.ClientName), templates.Render("DependencyInjection", client));
        }
    }

    /// <summary>The template model for the client and its groups.</summary>
    public static ClientTemplateModel ToTemplateModel(ApiModel model, JsonCode code)
    {
        var security = new SecuritySets(model);
        var errors = new ErrorSets();
        var operations = new OperationTemplateBuilder(model, code, security, errors);

        // Built before the model, since building an operation declares the error set it uses.
        var groups = model.Groups.Select(group => new GroupTemplateModel
        {
            Namespace = model.Namespace,
            Visibility = model.Visibility,
            ClientName = model.ClientName,
            PropertyName = group.PropertyName,
            TypeName = group.TypeName,
            InterfaceName = group.InterfaceName,
            Doc = new DocComment().Summary(group.Description ?? $"Operations tagged '{group.Tag}'.").Lines,
            Operations = model.Operations.Where(o => o.Group == group.PropertyName).Select(o => operations.Build(o, "_client")).ToList(),
        }).ToList();
        var clientOperations = model.Operations.Where(o => o.Group is null).Select(o => operations.Build(o, "this")).ToList();
        return new ClientTemplateModel
        {
            Namespace = model.Namespace,
            Visibility = model.Visibility,
            Runtime = "global::" + model.RuntimeNamespace,
            Wire = "global::" + model.RuntimeNamespace + ".Client.Wire",
            TransportType = "global::" + model.RuntimeNamespace + ".Client.ApiTransport",
            ClientName = model.ClientName,
            Doc = new DocComment().Summary(Title(model), model.Description).Lines,
            DefaultBaseUrlLiteral = CSharpText.StringLiteral(model.DefaultBaseUrl ?? string.Empty),
            ServerUrlLiterals = string.Join(", ", model.ServerUrls.Select(CSharpText.StringLiteral)),
            ServerTemplateLiteral = model.ServerTemplate is { } template ? CSharpText.StringLiteral(template) : string.Empty,
            ServerVariables = model.ServerVariables.Select(v => Variable(v, model.ServerTemplate ?? string.Empty)).ToList(),
            Groups = groups,
            Operations = clientOperations,
            Schemes = model.SecuritySchemes.Select(Scheme).ToList(),
            SecuritySets = security.All,
            ErrorType = operations.ErrorType,
            ErrorSets = errors.All,
        };
    }

    private static string Title(ApiModel model) =>
        string.IsNullOrWhiteSpace(model.ApiVersion) ? $"Client for {model.Title}." : $"Client for {model.Title} (version {model.ApiVersion}).";

    private static ServerVariableTemplateModel Variable(ServerVariableModel variable, string template)
    {
        var doc = new DocComment().Summary(
            $"The server variable '{variable.Name}' of the spec's first server, {template}; '{variable.DefaultValue}' unless set. BaseUrl and the HttpClient's BaseAddress win over that server, but one that ends at its host keeps its base path.",
            variable.Description);
        var value = variable.Enum is { } listed
            ? listed.Members.First(m => m.Value == variable.DefaultValue)
            : null;
        return new ServerVariableTemplateModel
        {
            Doc = doc.Lines,
            TypeName = variable.Enum?.Name ?? "string",
            PropertyName = variable.PropertyName,
            Default = value is null ? CSharpText.StringLiteral(variable.DefaultValue) : variable.Enum!.Name + "." + value.Name,
            NameLiteral = CSharpText.StringLiteral(variable.Name),
            Value = variable.Enum is null ? variable.PropertyName : variable.PropertyName + ".Value",
        };
    }

    private static SchemeTemplateModel Scheme(SecuritySchemeModel scheme)
    {
        // Option docs are one line each, so a key or description that spans lines is joined, escaped, onto one.
        var key = CSharpText.XmlEscape(scheme.Key);
        var summary = CSharpText.DocLines(scheme.Description).FirstOrDefault() is { Length: > 0 } first ? first.TrimEnd('.') : $"The '{key}' scheme";
        return new SchemeTemplateModel
        {
            KeyLiteral = CSharpText.StringLiteral(scheme.Key),
            Name = scheme.Name,
            Summary = $"'{key}' ({summary})",
            Where = scheme.Kind == SecuritySchemeKind.ApiKey
                ? CSharpText.XmlEscape($"the {scheme.Location.ToString().ToLowerInvariant()} '{scheme.ParameterName}'")
                : string.Empty,
            ParameterNameLiteral = CSharpText.StringLiteral(scheme.ParameterName ?? string.Empty),
            IsBearer = scheme.Kind == SecuritySchemeKind.Bearer,
            IsBasic = scheme.Kind == SecuritySchemeKind.Basic,
            IsHeaderKey = scheme.Kind == SecuritySchemeKind.ApiKey && scheme.Location == ParameterLocation.Header,
            IsQueryKey = scheme.Kind == SecuritySchemeKind.ApiKey && scheme.Location == ParameterLocation.Query,
            IsCookieKey = scheme.Kind == SecuritySchemeKind.ApiKey && scheme.Location == ParameterLocation.Cookie,
        };
    }
}
