using System.Collections.Generic;
using Microsoft.OpenApi;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Reading;

namespace SpecForge.Core.Modeling;

/// <summary>The mutable state of one model build: the type namespace, the DTOs found so far and the diagnostics.</summary>
internal sealed class ModelBuildContext
{
    public ModelBuildContext(OpenApiDocument document, string filePath, ISourceLocator locator, string clientName)
    {
        Document = document;
        FilePath = filePath;
        Locator = locator;

        // Types the client file declares live in the same namespace as the DTOs.
        TypeNames = new NameScope(clientName, "ApiException");
    }

    public OpenApiDocument Document { get; }

    public string FilePath { get; }

    public ISourceLocator Locator { get; }

    public NameScope TypeNames { get; }

    /// <summary>DTOs in the order they were named: components first (in document order), then inline schemas as met.</summary>
    public List<DtoModel> Dtos { get; } = new();

    public List<SpecDiagnostic> Diagnostics { get; } = new();

    /// <summary>Component schema name → the DTO type name reserved for it.</summary>
    public Dictionary<string, string> ComponentDtoNames { get; } = new(System.StringComparer.Ordinal);

    public IDictionary<string, IOpenApiSchema> ComponentSchemas =>
        Document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();

    public void Report(string id, string message, string pointer) =>
        Diagnostics.Add(SpecDiagnostic.At(id, message, FilePath, Locator.Locate(pointer)));
}
