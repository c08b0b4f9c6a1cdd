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

    // Method names share the client's member scope; the client's own public members are taken up front.
    private readonly NameScope _methodNames;

    public OperationMapper(ModelBuildContext context, SchemaTypeMapper types, string clientName)
    {
        _context = context;
        _types = types;
        _methodNames = new NameScope(clientName, "BaseUrl", "DefaultBaseUrl", "JsonOptions");
    }

    public List<OperationModel> MapAll()
    {
        var operations = new List<OperationModel>();
        foreach (var path in _context.Document.Paths ?? new OpenApiPaths())
        {
            var pathPointer = JsonPointers.Append("/paths", path.Key);
            foreach (var operation in path.Value.Operations ?? new Dictionary<System.Net.Http.HttpMethod, OpenApiOperation>())
            {
                var method = operation.Key.Method.ToUpperInvariant();
                var pointer = JsonPointers.Append(pathPointer, method.ToLowerInvariant());
                operations.Add(Map(path.Key, path.Value, method, operation.Value, pointer));
            }
        }

        return operations;
    }

    private OperationModel Map(string path, IOpenApiPathItem pathItem, string method, OpenApiOperation operation, string pointer)
    {
        var baseName = _methodNames.Allocate(Naming.ToPascalCase(operation.OperationId ?? DeriveName(method, path), "Operation"));
        // The generated method's own locals are taken: a spec parameter called "query" must not shadow one.
        var parameterNames = new NameScope("cancellationToken", "query", "request", "response", "cookies");
        var parameters = MapParameters(path, pathItem, operation, pointer, baseName, parameterNames);
        var body = MapRequestBody(operation.RequestBody, pointer + "/requestBody", baseName, parameterNames);
        var response = MapSuccessResponse(operation.Responses, pointer + "/responses", baseName);
        var server = operation.Servers?.FirstOrDefault() ?? pathItem.Servers?.FirstOrDefault();
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
        };
    }

    /// <summary>"GET /pets/{petId}/toys" → "GetPetsByPetIdToys".</summary>
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
        var merged = new List<(IOpenApiParameter Parameter, string Pointer)>();
        void Add(IList<IOpenApiParameter>? list, string listPointer)
        {
            for (var i = 0; list is not null && i < list.Count; i++)
            {
                var parameter = list[i];
                if (parameter.Name is null || parameter.In is null)
                {
                    continue;
                }

                merged.RemoveAll(p => p.Parameter.Name == parameter.Name && p.Parameter.In == parameter.In);
                merged.Add((parameter, listPointer + "/" + i.ToString(CultureInfo.InvariantCulture)));
            }
        }

        Add(pathItem.Parameters, JsonPointers.Append("/paths", path) + "/parameters");
        Add(operation.Parameters, pointer + "/parameters");

        var result = new List<ParameterModel>();
        foreach (var (parameter, parameterPointer) in merged.OrderBy(p => LocationOrder(p.Parameter.In!.Value)))
        {
            var location = ToLocation(parameter.In!.Value);
            var isRequired = location == ParameterLocation.Path || parameter.Required;
            var schema = parameter.Schema ?? parameter.Content?.Values.FirstOrDefault()?.Schema;
            var type = _types.Map(schema, parameterPointer + "/schema", baseName + Naming.ToPascalCase(parameter.Name!));
            result.Add(new ParameterModel(
                names.Allocate(Naming.ToCamelCase(parameter.Name!)),
                parameter.Name!,
                location,
                isRequired ? type : type.AsNullable(),
                isRequired,
                parameter.Description,
                parameter.Deprecated));
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
                new ParameterModel(names.Allocate(Naming.ToCamelCase(wireName)), wireName, ParameterLocation.Path, WellKnownTypes.String, true, null, false));
        }

        return result;
    }

    private RequestBodyModel? MapRequestBody(IOpenApiRequestBody? body, string pointer, string baseName, NameScope names)
    {
        var content = body?.Content;
        if (body is null || content is null || content.Count == 0)
        {
            return null;
        }

        var mediaType = MediaTypes.Preferred(content.Keys)!;
        var kind = MediaTypes.KindOf(mediaType);
        var type = kind switch
        {
            BodyKind.Json => _types.Map(content[mediaType].Schema, JsonPointers.Append(pointer + "/content", mediaType) + "/schema", baseName + "Request"),
            BodyKind.Text => WellKnownTypes.String,

            // Raw bytes (format: binary, octet-stream, images) are a Stream; forms and multipart take an HttpContent
            // the caller builds until typed parts exist.
            _ => MediaTypes.IsRawBytes(mediaType) ? WellKnownTypes.Stream : WellKnownTypes.HttpContent,
        };
        var name = names.Allocate(kind == BodyKind.Binary ? "content" : "body");
        return new RequestBodyModel(name, mediaType, kind, body.Required ? type : type.AsNullable(), body.Required, body.Description);
    }

    private ResponseModel? MapSuccessResponse(OpenApiResponses? responses, string pointer, string baseName)
    {
        if (responses is null)
        {
            return null;
        }

        var success = responses
            .Where(r => r.Key.StartsWith("2", StringComparison.Ordinal))
            .OrderBy(r => r.Key.Length == 3 && char.IsDigit(r.Key[1]) ? 0 : 1)
            .ThenBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => (KeyValuePair<string, IOpenApiResponse>?)r)
            .FirstOrDefault();
        if (success is not { } chosen)
        {
            return null;
        }

        var content = chosen.Value.Content;
        if (content is null || content.Count == 0 || chosen.Key == "204")
        {
            return new ResponseModel(chosen.Key, null, BodyKind.Binary, null, chosen.Value.Description);
        }

        var mediaType = MediaTypes.Preferred(content.Keys)!;
        var kind = MediaTypes.KindOf(mediaType);

        // Swagger 2.0's global "produces" gives even a bodiless response a media type; with no schema and no
        // example nothing describes a body, so there is none to return.
        var media = content[mediaType];
        if (kind == BodyKind.Json && media.Schema is null && media.Example is null && (media.Examples?.Count ?? 0) == 0)
        {
            return new ResponseModel(chosen.Key, null, BodyKind.Binary, null, chosen.Value.Description);
        }

        var responsePointer = JsonPointers.Append(JsonPointers.Append(pointer, chosen.Key) + "/content", mediaType) + "/schema";
        var type = kind switch
        {
            BodyKind.Json => _types.Map(content[mediaType].Schema, responsePointer, baseName + "Response"),
            BodyKind.Text => WellKnownTypes.String,

            // A download is streamed: the caller reads it as it arrives and disposes it, which releases the response.
            _ => WellKnownTypes.Stream,
        };
        return new ResponseModel(chosen.Key, mediaType, kind, type, chosen.Value.Description);
    }

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
