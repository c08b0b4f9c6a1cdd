using System;
using System.Collections.Generic;
using System.Linq;
using NSwag;

namespace SpecForge.Core.Tests.CrossCheck;

/// <summary>What NSwag.Core sees, as a <see cref="SpecView"/>.</summary>
internal static class NSwagViewReader
{
    public static SpecView Read(OpenApiDocument document)
    {
        // NSwag serves Swagger 2.0 "definitions" and OpenAPI 3.0 "components/schemas" through the same Definitions.
        var schemas = new Dictionary<string, SchemaView>(StringComparer.Ordinal);
        foreach (var (name, schema) in document.Definitions)
        {
            schemas[name] = new SchemaView(Names(schema.Properties.Keys), Names(schema.RequiredProperties));
        }

        var operations = new Dictionary<string, OperationView>(StringComparer.Ordinal);
        foreach (var (path, pathItem) in document.Paths)
        {
            foreach (var (method, operation) in pathItem)
            {
                // NSwag turns a 3.0 requestBody into a synthetic "body" parameter and keeps a 2.0 "in: body" one;
                // Microsoft.OpenApi has a requestBody in both cases and no parameter. Bodies are not parameters here.
                var parameters = Names(operation.ActualParameters
                    .Where(p => p.Kind != OpenApiParameterKind.Body)
                    .Select(p => CrossCheckNames.Parameter(p.Name, Location(p.Kind))));
                operations[CrossCheckNames.Operation(method, path)] = new OperationView(operation.OperationId, parameters);
            }
        }

        return new SpecView(schemas, operations);
    }

    private static string Location(OpenApiParameterKind kind) =>
        kind == OpenApiParameterKind.FormData ? CrossCheckNames.FormData : kind.ToString();

    private static IReadOnlyCollection<string> Names(IEnumerable<string> names) =>
        new SortedSet<string>(names, StringComparer.Ordinal);
}
