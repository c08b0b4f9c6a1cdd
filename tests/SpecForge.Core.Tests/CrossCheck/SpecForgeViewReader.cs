using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;

namespace SpecForge.Core.Tests.CrossCheck;

/// <summary>What SpecForge sees: the Microsoft.OpenApi document that <c>OpenApiReader.Read</c> returns, as a <see cref="SpecView"/>.</summary>
internal static class SpecForgeViewReader
{
    // Microsoft.OpenApi marks the request body it builds from a Swagger 2.0 "in: body" parameter with this extension;
    // the one it builds from "in: formData" parameters has none.
    private const string BodyNameExtension = "x-bodyName";

    private static readonly string[] FormMediaTypes = { "application/x-www-form-urlencoded", "multipart/form-data" };

    public static SpecView Read(OpenApiDocument document, bool isSwagger2)
    {
        var schemas = new Dictionary<string, SchemaView>(StringComparer.Ordinal);
        foreach (var (name, schema) in document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
        {
            schemas[name] = new SchemaView(
                Names(schema.Properties?.Keys),
                Names(schema.Required));
        }

        var operations = new Dictionary<string, OperationView>(StringComparer.Ordinal);
        foreach (var (path, pathItem) in document.Paths ?? new OpenApiPaths())
        {
            foreach (var (method, operation) in pathItem.Operations ?? new Dictionary<System.Net.Http.HttpMethod, OpenApiOperation>())
            {
                var parameters = Names(
                    (pathItem.Parameters ?? Array.Empty<IOpenApiParameter>())
                        .Concat(operation.Parameters ?? Array.Empty<IOpenApiParameter>())
                        .Select(p => CrossCheckNames.Parameter(p.Name, p.In?.ToString()))
                        .Concat(isSwagger2 ? FormDataParameters(operation.RequestBody) : Enumerable.Empty<string>()));
                operations[CrossCheckNames.Operation(method.Method, path)] = new OperationView(operation.OperationId, parameters);
            }
        }

        return new SpecView(schemas, operations);
    }

    /// <summary>
    /// Swagger 2.0 "in: formData" parameters, which Microsoft.OpenApi folds into a form request body whose schema
    /// has one property per parameter; NSwag keeps them as parameters, so they are compared as parameters.
    /// </summary>
    private static IEnumerable<string> FormDataParameters(IOpenApiRequestBody? body)
    {
        if (body?.Content is null || body.Extensions?.ContainsKey(BodyNameExtension) == true)
        {
            return Enumerable.Empty<string>();
        }

        return body.Content
            .Where(c => FormMediaTypes.Contains(c.Key, StringComparer.OrdinalIgnoreCase))
            .SelectMany(c => c.Value.Schema?.Properties?.Keys ?? Enumerable.Empty<string>())
            .Select(name => CrossCheckNames.Parameter(name, CrossCheckNames.FormData));
    }

    private static IReadOnlyCollection<string> Names(IEnumerable<string>? names) =>
        new SortedSet<string>(names ?? Enumerable.Empty<string>(), StringComparer.Ordinal);
}
