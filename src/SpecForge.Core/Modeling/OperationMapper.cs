using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using SpecForge.Core.Collections;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Reading;

namespace SpecForge.Core.Modeling;

/// <summary>Maps each path operation to an <see cref="OperationModel"/>, one client method each.</summary>
internal sealed class OperationMapper
{
    private static readonly Regex PathVariable = new(@"\{([^{}]+)\}", RegexOptions.CultureInvariant);

    private readonly ModelBuildContext _context;
    private readonly SchemaTypeMapper _types;
    private readonly OperationNames _names;
    private readonly RequestBodyMapper _bodies;
    private readonly ResponseMapper _responses;
    private readonly SecurityMapper _security;

    public OperationMapper(ModelBuildContext context, SchemaTypeMapper types, string clientName)
    {
        _context = context;
        _types = types;
        _names = new OperationNames(context.TypeNames, clientName, context.ReportShortened);
        _bodies = new RequestBodyMapper(types, context.RuntimeNamespace);
        _responses = new ResponseMapper(types);
        _security = new SecurityMapper(context);
    }

    /// <summary>The operation groups, once <see cref="MapAll"/> has run.</summary>
    public IReadOnlyList<OperationGroupModel> Groups => _names.Groups;

    /// <summary>The security schemes the options take credentials for.</summary>
    public IReadOnlyList<SecuritySchemeModel> SecuritySchemes => _security.Schemes;

    public List<OperationModel> MapAll()
    {
        _names.Plan(
            from path in _context.Document.Paths ?? new OpenApiPaths()
            from operation in path.Value.Operations ?? new Dictionary<System.Net.Http.HttpMethod, OpenApiOperation>()
            select (FirstTag(operation.Value), FullName(operation.Value.OperationId, operation.Key.Method.ToUpperInvariant(), path.Key)));

        var operations = new List<OperationModel>();
        foreach (var path in _context.Document.Paths ?? new OpenApiPaths())
        {
            var pathPointer = JsonPointers.Append("/paths", path.Key);
            foreach (var operation in path.Value.Operations ?? new Dictionary<System.Net.Http.HttpMethod, OpenApiOperation>())
            {
                var method = operation.Key.Method.ToUpperInvariant();
                var pointer = JsonPointers.Append(pathPointer, method.ToLowerInvariant());
                using var site = ProcessingSite.Enter(_context.FilePath, _context.Locator, pointer);
                operations.Add(Map(path.Key, path.Value, method, operation.Value, pointer));
            }
        }

        return operations;
    }

    private OperationModel Map(string path, IOpenApiPathItem pathItem, string method, OpenApiOperation operation, string pointer)
    {
        var fullName = FullName(operation.OperationId, method, path);
        var tag = FirstTag(operation);
        var (group, baseName) = _names.Allocate(tag, TagDescription(tag), fullName, pointer);

        // The generated method's own locals are taken: a spec parameter called "query" must not shadow one.
        var parameterNames = _context.MemberScope(
            "cancellationToken", "contentType", "queryBuilder", "httpRequest", "httpResponse", "cookieList", "multipartContent", "responseStatus",
            "responseBody", "responseStream", "responseHeaders", "requestMediaType", "streamItem", "eventData",
            "nextValue", "sentCursors", "pageCursor", "lastId", "itemsRead", "pageCount", "pageDocument", "pageRoot", "pageItems", "lastItem",
            "requestViolations", "responseViolations", "exception", "pagingCancellation");
        var parameters = MapParameters(path, pathItem, operation, pointer, fullName, parameterNames);
        var body = _bodies.Map(operation.RequestBody, pointer + "/requestBody", fullName, parameterNames);

        // Allocated after the spec's own parameters, so one of them called requestOptions keeps its name and calls that
        // pass it by name still compile; this one becomes requestOptions2.
        var requestOptionsName = parameterNames.Allocate("requestOptions");
        var responsesPointer = pointer + "/responses";
        var (response, successSchema) = _responses.MapSuccess(operation.Responses, responsesPointer, fullName);
        var server = operation.Servers?.FirstOrDefault() ?? pathItem.Servers?.FirstOrDefault();
        var pagination = response?.Kind == BodyKind.Json || operation.Extensions?.ContainsKey("x-pagination") == true
            ? PaginationDetector.Detect(
                method,
                operation,
                parameters,
                successSchema,
                response?.Type,
                (schema, hint) => _types.Map(schema, responsesPointer, fullName + Naming.ToPascalCase(hint, "Item")),
                message => _context.Report(DiagnosticCatalog.OpenApiValidationWarning, message, pointer + "/x-pagination"))
            : null;
        return new OperationModel(
            baseName + "Async",
            method,
            path,
            operation.OperationId,
            operation.Summary,
            operation.Description,
            operation.Deprecated,
            (operation.Tags ?? new HashSet<OpenApiTagReference>()).Select(t => t.Name ?? string.Empty).Where(n => n.Length > 0).ToEquatableArray(),
            parameters.ToEquatableArray(),
            body,
            response)
        {
            ServerUrl = server is null ? null : ServerUrls.Resolve(server),
            Group = group,
            ErrorResponses = _responses.MapErrors(operation.Responses, responsesPointer, fullName).ToEquatableArray(),
            Security = _security.RequirementsOf(operation, pointer).ToEquatableArray(),
            Pagination = pagination,
            RequestOptionsName = requestOptionsName,
        };
    }

    private static string? FirstTag(OpenApiOperation operation) =>
        operation.Tags?.Select(t => t.Name).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n));

    private string? TagDescription(string? tag) =>
        tag is null ? null : _context.Document.Tags?.FirstOrDefault(t => t.Name == tag)?.Description;

    /// <summary>"GET /pets/{petId}/toys" → "GetPetsByPetIdToys".</summary>
    /// <summary>
    /// The operation's name before its group takes its share: the operationId in PascalCase, or one derived from the
    /// route. <c>specforge diff</c> uses it to tell when a renamed operationId renames the generated method.
    /// </summary>
    internal static string FullName(string? operationId, string method, string path) =>
        Naming.ToPascalCase(operationId ?? DeriveName(method, path), "Operation");

    private static string DeriveName(string method, string path)
    {
        var name = Naming.ToPascalCase(method.ToLowerInvariant());
        foreach (var segment in path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var variable = PathVariable.Match(segment);
            name += variable.Success && variable.Length == segment.Length
                ? "By" + Naming.ToPascalCase(variable.Groups[1].Value)
                : Naming.ToPascalCase(segment, string.Empty);
        }

        return name;
    }

    private List<ParameterModel> MapParameters(
        string path, IOpenApiPathItem pathItem, OpenApiOperation operation, string pointer, string baseName, NameScope names)
    {
        // Operation-level parameters override path-level ones with the same name and location.
        var merged = new List<(IOpenApiParameter Parameter, IOpenApiParameter Target, string Name, Microsoft.OpenApi.ParameterLocation In, string Pointer)>();
        void Add(IList<IOpenApiParameter>? list, string listPointer)
        {
            for (var i = 0; list is not null && i < list.Count; i++)
            {
                var parameter = list[i];
                var target = Resolved(parameter);
                if (target.Name is not { } name || target.In is not { } location)
                {
                    continue;
                }

                merged.RemoveAll(p => p.Name == name && p.In == location);
                merged.Add((parameter, target, name, location, listPointer + "/" + i.ToString(CultureInfo.InvariantCulture)));
            }
        }

        Add(pathItem.Parameters, JsonPointers.Append("/paths", path) + "/parameters");
        Add(operation.Parameters, pointer + "/parameters");

        var result = new List<ParameterModel>();
        foreach (var (reference, parameter, name, wireLocation, parameterPointer) in merged.OrderBy(p => LocationOrder(p.In)))
        {
            var location = ToLocation(wireLocation);
            var isRequired = location == ParameterLocation.Path || parameter.Required;
            var schema = parameter.Schema ?? parameter.Content?.Values.FirstOrDefault()?.Schema;
            var type = _types.Map(schema, parameterPointer + "/schema", baseName + Naming.ToPascalCase(name));
            result.Add(new ParameterModel(
                names.Allocate(Naming.ToCamelCase(name), parameterPointer),
                name,
                location,
                isRequired ? type : type.AsNullable(),
                isRequired,
                reference.Description,
                parameter.Deprecated)
            {
                Style = StyleOf(parameter, location),
                Explode = parameter.Style is null ? DefaultStyle(location) == ParameterStyle.Form : parameter.Explode,
                AllowReserved = location == ParameterLocation.Query && parameter.AllowReserved,
                Constraints = _types.Constraints.Read(schema, parameterPointer + "/schema", type),
            });
        }

        // A path variable nobody declared would otherwise be sent literally as "{name}".
        foreach (Match variable in PathVariable.Matches(path))
        {
            var wireName = variable.Groups[1].Value;
            if (result.Any(p => p.Location == ParameterLocation.Path && p.WireName == wireName))
            {
                continue;
            }

            _context.Report(
                DiagnosticCatalog.OpenApiValidationWarning,
                $"The path variable '{{{wireName}}}' has no parameter declared; it is generated as a required string.",
                pointer);
            result.Insert(
                result.Count(p => p.Location == ParameterLocation.Path),
                new ParameterModel(names.Allocate(Naming.ToCamelCase(wireName), pointer), wireName, ParameterLocation.Path, WellKnownTypes.String, true, null, false));
        }

        return result;
    }

    // A reference resolves its target afresh (a URI and a workspace lookup) on every property read, and a parameter's
    // are read a dozen times each; the reference itself is kept for its description, which may override the target's.
    private static IOpenApiParameter Resolved(IOpenApiParameter parameter) =>
        parameter is OpenApiParameterReference { Target: { } target } ? target : parameter;

    private static ParameterStyle StyleOf(IOpenApiParameter parameter, ParameterLocation location) => parameter.Style switch
    {
        Microsoft.OpenApi.ParameterStyle.Form => ParameterStyle.Form,
        Microsoft.OpenApi.ParameterStyle.Simple => ParameterStyle.Simple,
        Microsoft.OpenApi.ParameterStyle.Label => ParameterStyle.Label,
        Microsoft.OpenApi.ParameterStyle.Matrix => ParameterStyle.Matrix,
        Microsoft.OpenApi.ParameterStyle.SpaceDelimited => ParameterStyle.SpaceDelimited,
        Microsoft.OpenApi.ParameterStyle.PipeDelimited => ParameterStyle.PipeDelimited,
        Microsoft.OpenApi.ParameterStyle.DeepObject => ParameterStyle.DeepObject,
        _ => DefaultStyle(location),
    };

    private static ParameterStyle DefaultStyle(ParameterLocation location) =>
        location is ParameterLocation.Query or ParameterLocation.Cookie ? ParameterStyle.Form : ParameterStyle.Simple;

    private static int LocationOrder(Microsoft.OpenApi.ParameterLocation location) => location switch
    {
        Microsoft.OpenApi.ParameterLocation.Path => 0,
        Microsoft.OpenApi.ParameterLocation.Query => 1,
        Microsoft.OpenApi.ParameterLocation.Header => 2,
        _ => 3,
    };

    private static ParameterLocation ToLocation(Microsoft.OpenApi.ParameterLocation location) => location switch
    {
        Microsoft.OpenApi.ParameterLocation.Path => ParameterLocation.Path,
        Microsoft.OpenApi.ParameterLocation.Query => ParameterLocation.Query,
        Microsoft.OpenApi.ParameterLocation.Header => ParameterLocation.Header,
        _ => ParameterLocation.Cookie,
    };
}
