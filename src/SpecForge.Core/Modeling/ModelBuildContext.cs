using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Reading;

namespace SpecForge.Core.Modeling;

/// <summary>The mutable state of one model build: the type namespace, the DTOs found so far and the diagnostics.</summary>
internal sealed class ModelBuildContext
{
    public ModelBuildContext(OpenApiDocument document, string filePath, ISourceLocator locator, IEnumerable<string> reservedTypeNames, string runtimeNamespace, string runtimeSegment = "SpecForge")
    {
        Document = document;
        RuntimeNamespace = runtimeNamespace;
        FilePath = filePath;
        Locator = locator;

        // The artifacts' own types live in the same namespace as the DTOs, and so does the runtime's namespace segment.
        TypeNames = new NameScope(NameLimits.TypeNameBytes, ReportShortened, reservedTypeNames.Append(runtimeSegment).ToArray());
        Hierarchy = TypeHierarchy.Plan(ComponentSchemas);
    }

    /// <summary>The target has no <c>System.DateOnly</c>: dates are DateTimes and times strings (<see cref="SpecInput.DatesAsDateTime"/>).</summary>
    public bool DatesAsDateTime { get; init; }

    /// <summary>Where the runtime's types are (<c>FilePart</c> for one).</summary>
    public string RuntimeNamespace { get; }

    /// <summary>Which component records derive from which.</summary>
    public TypeHierarchy Hierarchy { get; }

    /// <summary>Unions, in the order they were named.</summary>
    public List<UnionModel> Unions { get; } = new();

    /// <summary>Component union schema name → the type name reserved for it.</summary>
    public Dictionary<string, string> ComponentUnionNames { get; } = new(System.StringComparer.Ordinal);

    public OpenApiDocument Document { get; }

    public string FilePath { get; }

    public ISourceLocator Locator { get; }

    public NameScope TypeNames { get; }

    /// <summary>DTOs in the order they were named: components first (in document order), then inline schemas as met.</summary>
    public List<DtoModel> Dtos { get; } = new();

    /// <summary>Open enums, in the order they were named.</summary>
    public List<EnumModel> Enums { get; } = new();

    /// <summary>
    /// An inline enum with its name, place and description blanked → the type already made for it: identical inline enums (Stripe
    /// repeats <c>active, inactive, pending</c> on every capability) share one type instead of one each.
    /// </summary>
    public Dictionary<EnumModel, string> InlineEnumNames { get; } = new();

    /// <summary>
    /// An inline record with its name, place and description blanked → the type already made for it: identical inline objects
    /// (Stripe repeats its address and metadata shapes under many parents) share one record, as enums do.
    /// </summary>
    public Dictionary<DtoModel, string> InlineDtoNames { get; } = new();

    /// <summary>An inline union with its name, place and description blanked → the type already made for it, as for enums.</summary>
    public Dictionary<UnionModel, string> InlineUnionNames { get; } = new();

    /// <summary>Component enum schema name → the type name reserved for it.</summary>
    public Dictionary<string, string> ComponentEnumNames { get; } = new(System.StringComparer.Ordinal);

    public List<SpecDiagnostic> Diagnostics { get; } = new();

    /// <summary>Component schema name → the DTO type name reserved for it.</summary>
    public Dictionary<string, string> ComponentDtoNames { get; } = new(System.StringComparer.Ordinal);

    /// <summary>
    /// Component record schemas by identity and by <c>$id</c>: a 3.1 reference may name a component by its <c>$id</c>
    /// URI, and the reader then reports that URI rather than the component key.
    /// </summary>
    public Dictionary<IOpenApiSchema, string> ComponentDtoNamesBySchema { get; } = new(ReferenceEqualityComparer.Instance);

    public Dictionary<string, string> ComponentDtoNamesBySchemaId { get; } = new(System.StringComparer.Ordinal);

    /// <summary>A scope of member names that reports each name it has to shorten (SF5001).</summary>
    public NameScope MemberScope(params string[] reserved) => new(NameLimits.MemberNameBytes, ReportShortened, reserved);

    /// <summary>Reports that the name of the element at <paramref name="pointer"/> was too long and what it became.</summary>
    public void ReportShortened(string desired, string allocated, string pointer) =>
        Report(
            DiagnosticCatalog.NameShortened,
            $"The name '{(desired.Length > 60 ? desired.Substring(0, 60) + "…" : desired)}' ({System.Text.Encoding.UTF8.GetByteCount(desired)} bytes) is too long for a C# identifier or a file name; it is generated as '{allocated}'.",
            pointer);

    /// <summary>Reserves the record name of component <paramref name="key"/>.</summary>
    public void ReserveComponentRecord(string key, IOpenApiSchema schema)
    {
        var name = TypeNames.Allocate(Naming.ToPascalCase(key, "Model"), JsonPointers.Append("/components/schemas", key), ReservedMembers.RecordDeclares);
        ComponentDtoNames[key] = name;
        ComponentDtoNamesBySchema[schema] = name;
        if (schema.Id is { Length: > 0 } id)
        {
            ComponentDtoNamesBySchemaId[id] = name;
        }
    }

    /// <summary>The record a reference names, however it names it.</summary>
    public bool TryGetComponentRecord(OpenApiSchemaReference reference, out string name)
    {
        name = string.Empty;
        if (reference.Reference.Id is { } id && (ComponentDtoNames.TryGetValue(id, out name!) || ComponentDtoNamesBySchemaId.TryGetValue(id, out name!)))
        {
            return true;
        }

        // Resolving costs a workspace lookup, so only a reference its id does not name gets one.
        var target = reference.Target;
        return (target is not null && ComponentDtoNamesBySchema.TryGetValue(target, out name!))
            || (target?.Id is { } schemaId && ComponentDtoNamesBySchemaId.TryGetValue(schemaId, out name!));
    }

    internal sealed class ReferenceEqualityComparer : IEqualityComparer<IOpenApiSchema>
    {
        public static readonly ReferenceEqualityComparer Instance = new();

        public bool Equals(IOpenApiSchema? x, IOpenApiSchema? y) => ReferenceEquals(x, y);

        public int GetHashCode(IOpenApiSchema obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }

    public IDictionary<string, IOpenApiSchema> ComponentSchemas =>
        Document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();

    public void Report(string id, string message, string pointer) =>
        Diagnostics.Add(SpecDiagnostic.At(id, message, FilePath, Locator.Locate(pointer)));
}
