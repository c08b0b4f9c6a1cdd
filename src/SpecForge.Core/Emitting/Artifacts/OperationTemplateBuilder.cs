using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using SpecForge.Core.Emitting.Json;
using SpecForge.Core.Emitting.TemplateModels;
using SpecForge.Core.Modeling;

namespace SpecForge.Core.Emitting.Artifacts;

/// <summary>Turns an <see cref="OperationModel"/> into the expressions <c>Client.Method.sbncs</c> prints.</summary>
internal sealed class OperationTemplateBuilder
{
    private static readonly Regex PathVariable = new(@"\{([^{}]+)\}", RegexOptions.CultureInvariant);
    private static readonly Regex StatusCode = new(@"^[1-5][0-9][0-9]\z", RegexOptions.CultureInvariant);
    private static readonly Regex StatusRange = new(@"^[1-5]XX\z", RegexOptions.CultureInvariant);

    private readonly ApiModel _model;
    private readonly JsonCode _code;
    private readonly SecuritySets _security;
    private readonly ErrorSets _errorSets;
    private readonly string _http;
    private readonly string _errorType;
    private readonly Validation.ValidationCode _checks;

    public OperationTemplateBuilder(ApiModel model, JsonCode code, SecuritySets security, ErrorSets errorSets)
    {
        _model = model;
        _code = code;
        _security = security;
        _errorSets = errorSets;
        _http = "global::" + model.RuntimeNamespace + ".Client.Wire";
        _errorType = "global::" + model.RuntimeNamespace + ".Client.ApiError";
        _checks = new Validation.ValidationCode(model);
    }

    /// <summary>The runtime's <c>ApiError</c> type, fully qualified: what the error arrays hold.</summary>
    public string ErrorType => _errorType;

    public OperationTemplateModel Build(OperationModel operation, string self)
    {
        var body = operation.RequestBody;
        var result = operation.SuccessResponse;
        var resultType = result?.Type;
        var isItemStream = IsItemStream(result);
        var signature = MethodSignature.Of(operation);
        var paging = Paging(operation, signature);
        // A documented error without a body throws the same ApiException as an undocumented status, so it needs no branch.
        // A response key that is no status code is spec text: it matches no response rather than becoming code.
        var errors = operation.ErrorResponses.Where(e => e.Type is not null && IsStatusKey(e.StatusCode)).Select(Error).ToList();
        var methodBase = operation.MethodName.Substring(0, operation.MethodName.Length - "Async".Length);
        var docs = new OperationDocs(operation, signature, _model.RuntimeNamespace);
        return new OperationTemplateModel
        {
            MethodBase = methodBase,
            ClientName = _model.ClientName,
            Http = _http,
            Self = self,
            Transport = self + ".Transport",
            TransportType = "global::" + _model.RuntimeNamespace + ".Client.ApiTransport",
            Runtime = "global::" + _model.RuntimeNamespace,
            Security = _model.ClientName + ".Shared",
            Doc = docs.Plain(),
            WithResponseDoc = docs.WithResponse(),
            AllDoc = docs.All(paging is not null),
            IsDeprecated = operation.IsDeprecated,
            ReturnType = isItemStream ? "global::System.Collections.Generic.IAsyncEnumerable<" + resultType!.Display + ">"
                : resultType is null ? "global::System.Threading.Tasks.Task"
                : "global::System.Threading.Tasks.Task<" + resultType.Display + ">",
            WithResponseType = resultType is null
                ? "global::System.Threading.Tasks.Task<global::" + _model.RuntimeNamespace + ".EmptyApiResponse>"
                : "global::System.Threading.Tasks.Task<global::" + _model.RuntimeNamespace + ".ApiResponse<" + resultType.Display + ">>",
            Parameters = signature.Declarations(withDefaults: true),
            SendParameters = signature.Declarations(withDefaults: false),
            Arguments = signature.Arguments(null),
            RequestOptions = operation.RequestOptionsName,
            RequestOptionsType = "global::" + _model.RuntimeNamespace + ".RequestOptions",
            HttpMethodExpression = "new global::System.Net.Http.HttpMethod(" + CSharpText.StringLiteral(operation.HttpMethod) + ")",
            PathExpression = PathExpression(operation, self),
            ServerLiteral = operation.ServerUrl is { } server ? CSharpText.StringLiteral(server) : string.Empty,
            QueryParameters = Arguments(operation, ParameterLocation.Query, self),
            HeaderParameters = Arguments(operation, ParameterLocation.Header, self),
            CookieParameters = Arguments(operation, ParameterLocation.Cookie, self),
            SecuritySet = _security.NameOf(operation.Security),
            Body = body is null ? null : Body(body, self),
            Result = Result(result, self),
            AcceptLiteral = result?.MediaType is { } accept ? CSharpText.StringLiteral(accept) : string.Empty,
            Errors = errors,
            ErrorType = _errorType,
            ErrorsField = errors.Count == 0 ? string.Empty : _model.ClientName + ".Shared." + _errorSets.NameOf(errors),
            Paging = paging is null ? null : Paging(paging, signature),
            ViolationListType = _checks.ListType,
            // Without typed validators there is nothing to call; the options' switches then have no effect.
            RequestChecks = _model.EmitValidators ? Validation.OperationChecks.Request(operation, _checks) : Array.Empty<string>(),
            ResponseChecks = _model.EmitValidators ? Validation.OperationChecks.Response(operation, _checks) : Array.Empty<string>(),
            ResponseCheckFunction = _model.EmitValidators ? Validation.OperationChecks.ResponseFunction(operation, _checks) ?? string.Empty : string.Empty,
        };
    }

    // The first kind that applies, in the order the content is built: a multipart body is never also sent as JSON.
    private BodyTemplateModel Body(RequestBodyModel body, string self)
    {
        var multipart = body.Kind == BodyKind.Multipart && body.Fields.Count > 0;
        var formable = body.Kind is BodyKind.Json or BodyKind.Form;
        var kind = multipart ? "Multipart"
            : body.Type.Kind == TypeKind.HttpContent ? "Content"
            : body.Type.Kind == TypeKind.Stream ? "Stream"
            : formable && body.MediaTypes.Count > 1 ? "JsonOrForm"
            : body.Kind == BodyKind.Json ? "Json"
            : body.Kind == BodyKind.Form ? "Form"
            : body.Kind == BodyKind.Text ? "Text"
            : "None";
        return new BodyTemplateModel
        {
            Kind = kind,
            Argument = body.ParameterName,
            Value = body.Type.IsValueType && (body.Type.IsNullable || !body.IsRequired) ? body.ParameterName + ".Value" : body.ParameterName,
            Writer = formable ? _code.WriteFunction(body.Type) : string.Empty,
            IsOptional = !body.IsRequired && !multipart,
            MediaTypeLiteral = CSharpText.StringLiteral(body.MediaType ?? "application/json"),
            MediaTypeLiterals = string.Join(", ", body.MediaTypes.Select(CSharpText.StringLiteral)),
            DeepFieldLiterals = formable ? string.Join(", ", body.Fields.Where(f => f.Style == ParameterStyle.DeepObject).Select(f => CSharpText.StringLiteral(f.WireName))) : string.Empty,
            StreamMediaTypeLiteral = CSharpText.StringLiteral(body.MediaType is { } streamType && streamType.IndexOf('*') < 0 ? streamType : "application/octet-stream"),
            MultipartFields = multipart ? body.Fields.Select(f => MultipartField(f, self)).ToList() : new List<MultipartFieldTemplateModel>(),
        };
    }

    private ResultTemplateModel Result(ResponseModel? result, string self)
    {
        if (result?.Type is not { } type)
        {
            return new ResultTemplateModel { Kind = "None" };
        }

        var kind = IsItemStream(result) ? (result.Kind == BodyKind.ServerSentEvents ? "Events" : "JsonLines")
            : type.Kind == TypeKind.Stream ? "Stream"
            : result.Kind == BodyKind.Json ? "Json"
            : result.Kind == BodyKind.Text ? "Text"
            : "None";
        return new ResultTemplateModel
        {
            Kind = kind,
            TypeName = type.Display,
            Reader = IsReadAsJson(result) ? _code.ReadFunction(type) : string.Empty,
            ItemParser = kind != "Events" ? string.Empty
                : type.Kind == TypeKind.String ? "static eventData => eventData"
                : "eventData => " + self + ".Transport.ParseEvent(eventData, " + _code.ReadFunction(type) + ")",
            AllowsNull = type.IsNullable ? "true" : "false",
        };
    }

    private PagingTemplateModel Paging(PaginationModel paging, MethodSignature signature)
    {
        var shape = "global::" + _model.RuntimeNamespace + ".Client.PageShape." + paging.Kind + "(" + Literal(paging.ItemsPointer) + ", " + paging.Kind switch
        {
            PaginationKind.Cursor => Literal(paging.NextCursorPointer),
            PaginationKind.LastItem => CSharpText.StringLiteral("/" + (paging.ItemIdMember ?? "id").Replace("~", "~0").Replace("/", "~1")),
            _ => Literal(paging.TotalPointer),
        } + ", " + Literal(paging.HasMorePointer) + ")";
        var numbered = paging.Kind is PaginationKind.Page or PaginationKind.Offset;
        return new PagingTemplateModel
        {
            Kind = paging.Kind.ToString(),
            ItemType = paging.ItemType.Display,
            ItemReader = _code.ReadFunction(paging.ItemType),
            Start = paging.ParameterName,
            First = paging.Kind == PaginationKind.Offset ? PagingFirst(paging, signature) : "0",
            Arguments = signature.Arguments(paging.ParameterName, numbered ? PagingAdvance(paging, signature) : PagingCursor(paging, signature)),
            Shape = shape,
        };
    }

    private static bool IsItemStream(ResponseModel? result) => result is { Kind: BodyKind.ServerSentEvents or BodyKind.JsonLines, Type: not null };

    // JSON bodies and JSON lines always; server-sent events unless each event's data is taken as a plain string.
    internal static bool IsReadAsJson(ResponseModel? result) => result is { Type: { } type } && (result.Kind is BodyKind.Json or BodyKind.JsonLines
        || (result.Kind == BodyKind.ServerSentEvents && type.Kind != TypeKind.String));

    /// <summary>The item type the operation's All variant reads, or null when it has none.</summary>
    internal static TypeRef? PagedItemType(OperationModel operation) =>
        operation.Pagination is null ? null : Paging(operation, MethodSignature.Of(operation))?.ItemType;

    private static string Literal(string? text) => text is null ? "null" : CSharpText.StringLiteral(text);

    // Cursors are strings; pages and offsets are numbers. Anything else cannot be stepped, so the operation gets no All variant.
    private static PaginationModel? Paging(OperationModel operation, MethodSignature signature)
    {
        if (operation.Pagination is not { } paging || operation.SuccessResponse?.Kind != BodyKind.Json)
        {
            return null;
        }

        var parameter = signature.Find(paging.ParameterName);
        var kind = parameter?.Type.Kind;
        var fits = paging.Kind is PaginationKind.Cursor or PaginationKind.LastItem
            ? kind == TypeKind.String
            : kind is TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double or TypeKind.Single or TypeKind.Decimal;
        return fits ? paging : null;
    }

    // The first request sends exactly what the caller passed; a page or offset left out counts as the first one. The
    // pager gives how many pages or items came before (nextValue, a long), so the sum is cast back to the parameter's type.
    private static string PagingAdvance(PaginationModel paging, MethodSignature signature)
    {
        var parameter = signature.Find(paging.ParameterName)!;
        var start = parameter.Type.IsNullable ? "(" + parameter.Name + " ?? " + (paging.Kind == PaginationKind.Page ? "1" : "0") + ")" : parameter.Name;
        return "nextValue == 0 ? " + parameter.Name + " : (" + parameter.Type.Display + ")(" + start + " + nextValue)";
    }

    // The pager sends the caller's cursor first and then only cursors that are neither null nor empty.
    private static string PagingCursor(PaginationModel paging, MethodSignature signature) =>
        signature.Find(paging.ParameterName)!.Type.IsNullable ? "nextValue" : "nextValue!";

    private static string PagingFirst(PaginationModel paging, MethodSignature signature)
    {
        var parameter = signature.Find(paging.ParameterName)!;
        return parameter.Type.IsNullable ? "(double)(" + parameter.Name + " ?? 0)" : "(double)" + parameter.Name;
    }

    private static bool IsStatusKey(string status) => status == "default" || StatusRange.IsMatch(status) || StatusCode.IsMatch(status);

    private ErrorTemplateModel Error(ResponseModel response)
    {
        var status = CSharpText.StringLiteral(response.StatusCode);
        var type = response.Type!;
        return new ErrorTemplateModel
        {
            Status = response.StatusCode,
            IsDefault = response.StatusCode == "default",
            Entry = response.Kind == BodyKind.Json ? $"{_errorType}.Json<{type.Display}>({status}, {_code.ReadFunction(type)})"
                : response.Kind == BodyKind.Text ? $"{_errorType}.Text({status})"
                : $"{_errorType}.Untyped({status})",
        };
    }

    private string PathExpression(OperationModel operation, string self)
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
            parts.Add($"{_http}.Path({CSharpText.StringLiteral(parameter.WireName)}, {ValueOf(parameter.Name, parameter.Type, self)}, {_http}.Style.{parameter.Style}, {Bool(parameter.Explode)})");
            last = match.Index + match.Length;
        }

        if (last < template.Length || parts.Count == 0)
        {
            parts.Add(CSharpText.StringLiteral(template.Substring(last)));
        }

        return string.Join(" + ", parts);
    }

    private List<ArgumentTemplateModel> Arguments(OperationModel operation, ParameterLocation location, string self) =>
        operation.Parameters
            .Where(p => p.Location == location)
            .Select(p => new ArgumentTemplateModel
            {
                NameLiteral = CSharpText.StringLiteral(p.WireName),
                Argument = p.Name,
                Value = ValueOf(p.Name, p.Type, self),
                IsNullable = !p.IsRequired || p.Type.IsNullable,
                Style = p.Style.ToString(),
                Explode = Bool(p.Explode),
                AllowReserved = Bool(p.AllowReserved),
            })
            .ToList();

    private MultipartFieldTemplateModel MultipartField(FormFieldModel field, string self)
    {
        var isFile = field.Type.Kind == TypeKind.File || field.Type.Element?.Kind == TypeKind.File;
        var value = field.Type.Kind != TypeKind.File ? ValueOf(field.ParameterName, field.Type, self)
            : field.Type.IsNullable ? $"{field.ParameterName} is null ? null : new[] {{ {field.ParameterName} }}"
            : $"new[] {{ {field.ParameterName} }}";
        return new MultipartFieldTemplateModel
        {
            NameLiteral = CSharpText.StringLiteral(field.WireName),
            Value = isFile ? value : ValueOf(field.ParameterName, field.Type, self),
            IsFile = isFile,
            ContentTypeLiteral = Literal(field.ContentType),
        };
    }

    /// <summary>Objects (and lists of them) travel as their JSON form, which the writers flatten by style; scalars as they are.</summary>
    private string ValueOf(string argument, TypeRef type, string self)
    {
        if (!NeedsJson(type))
        {
            return argument;
        }

        var element = $"{self}.Transport.ToElement({argument}, {_code.WriteFunction(type)})";
        return type.IsNullable ? $"{argument} is null ? null : (object){element}" : element;
    }

    internal static bool NeedsJson(TypeRef type) => type.Kind switch
    {
        TypeKind.Record or TypeKind.Map or TypeKind.Union => true,
        TypeKind.List => NeedsJson(type.Element!),
        _ => false,
    };

    private static string Bool(bool value) => value ? "true" : "false";
}
