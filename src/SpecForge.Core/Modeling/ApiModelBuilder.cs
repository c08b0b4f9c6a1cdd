using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using SpecForge.Core.Collections;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Reading;

namespace SpecForge.Core.Modeling;

/// <summary>Builds the <see cref="ApiModel"/> for a document read by <see cref="OpenApiReader"/>.</summary>
public static class ApiModelBuilder
{
    /// <summary>Builds the model; problems found on the way are added to <paramref name="diagnostics"/>.</summary>
    public static ApiModel Build(
        OpenApiDocument document,
        string filePath,
        ISourceLocator locator,
        string @namespace,
        string clientName,
        IEnumerable<string> reservedTypeNames,
        ICollection<SpecDiagnostic> diagnostics,
        string? runtimeNamespace = null,
        bool datesAsDateTime = false)
    {
        var runtime = runtimeNamespace ?? SpecInput.DefaultRuntimeNamespace(null, null, @namespace);
        var context = new ModelBuildContext(document, filePath, locator, reservedTypeNames, runtime, RuntimeSegment(@namespace, runtime)) { DatesAsDateTime = datesAsDateTime };
        var types = new SchemaTypeMapper(context);

        // Reserve every component record's name before building any, so references resolve whatever their order.
        var records = context.ComponentSchemas.Where(c => SchemaShapes.IsRecord(c.Value) || context.Hierarchy.IsHolder(c.Key)).ToList();
        foreach (var component in records)
        {
            context.ReserveComponentRecord(component.Key, component.Value);
        }

        // Component enums are named like records, before anything refers to them.
        foreach (var component in context.ComponentSchemas.Where(c => !SchemaShapes.IsRecord(c.Value) && !context.Hierarchy.IsHolder(c.Key)))
        {
            using var site = ProcessingSite.Enter(filePath, locator, JsonPointers.Append("/components/schemas", component.Key));
            if (EnumMapper.Values(component.Value) is { } listed)
            {
                var pointer = JsonPointers.Append("/components/schemas", component.Key);
                var name = context.TypeNames.Allocate(Naming.ToPascalCase(component.Key, "Model"), pointer, ReservedMembers.EnumDeclares);
                context.ComponentEnumNames[component.Key] = name;
                context.Enums.Add(EnumMapper.Build(context, name, pointer, component.Value, listed.IsInteger, listed.Values));
            }
        }

        // Unions are named before any is built: a branch may refer to another union.
        var unions = context.ComponentSchemas
            .Where(c => !SchemaShapes.IsRecord(c.Value) && !context.Hierarchy.IsHolder(c.Key) && UnionBuilder.Branches(c.Value) is not null)
            .ToList();
        foreach (var component in unions)
        {
            context.ComponentUnionNames[component.Key] = context.TypeNames.Allocate(Naming.ToPascalCase(component.Key, "Model"), JsonPointers.Append("/components/schemas", component.Key), ReservedMembers.UnionDeclares);
        }

        foreach (var component in unions)
        {
            var pointer = JsonPointers.Append("/components/schemas", component.Key);
            using var site = ProcessingSite.Enter(filePath, locator, pointer);
            types.Unions.Build(context.ComponentUnionNames[component.Key], component.Value, pointer, UnionBuilder.Branches(component.Value)!);
        }

        foreach (var component in records)
        {
            using var site = ProcessingSite.Enter(filePath, locator, JsonPointers.Append("/components/schemas", component.Key));
            types.Records.BuildComponent(component.Key);
        }

        var mapper = new OperationMapper(context, types, clientName);
        var operations = mapper.MapAll();
        var (serverTemplate, serverVariables) = ServerVariableMapper.Map(context, mapper.SecuritySchemes);
        foreach (var diagnostic in context.Diagnostics)
        {
            diagnostics.Add(diagnostic);
        }

        return new ApiModel(
            @namespace,
            clientName,
            document.Info?.Title ?? clientName,
            document.Info?.Version ?? string.Empty,
            document.Info?.Description,
            DefaultBaseUrl(document),
            context.Dtos.ToEquatableArray(),
            operations.ToEquatableArray())
        {
            Enums = context.Enums.ToEquatableArray(),
            Unions = context.Unions.ToEquatableArray(),
            Groups = mapper.Groups.ToEquatableArray(),
            SecuritySchemes = mapper.SecuritySchemes.ToEquatableArray(),
            ServerUrls = (document.Servers ?? new List<OpenApiServer>()).Select(ServerUrls.Resolve).OfType<string>().ToEquatableArray(),
            ServerTemplate = serverTemplate,
            ServerVariables = serverVariables.ToEquatableArray(),
            SourcePath = filePath,
            RuntimeNamespace = runtime,
        };
    }

    // A type named like the runtime's namespace under the SDK's ("SpecForge" in Petstore.SpecForge) would hide it.
    private static string RuntimeSegment(string @namespace, string runtime)
    {
        return runtime.StartsWith(@namespace + ".", StringComparison.Ordinal) ? runtime.Substring(@namespace.Length + 1).Split('.')[0] : "SpecForge";
    }

    // The first server, with its variables at their defaults: the address the spec's authors expect by default.
    private static string? DefaultBaseUrl(OpenApiDocument document) =>
        document.Servers?.FirstOrDefault() is { } server ? ServerUrls.Resolve(server) : null;
}
