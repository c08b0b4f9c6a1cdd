using System.Linq;
using Microsoft.OpenApi;

namespace SpecForge.Core.Diffing.OpenApi;

/// <summary>
/// Where an operation sits and how it is named in messages: <c>GET /pets/{id}</c>, its first tag, and its pointer
/// in each document (null on the side it is missing from).
/// </summary>
internal sealed record OperationSite(int Index, string Method, string Path, string? Tag, string? OldPointer, string? NewPointer)
{
    /// <summary>The operation as messages and reports name it.</summary>
    public string Label => Method + " " + Path;

    /// <summary>The first named tag, which reports group by (as the generator groups methods by it).</summary>
    public static string? FirstTag(OpenApiOperation operation) =>
        operation.Tags?.Select(t => t.Name).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n));
}

/// <summary>An operation present in both documents.</summary>
internal sealed record OperationPair(
    OperationSite Site,
    IOpenApiPathItem OldItem,
    IOpenApiPathItem NewItem,
    OpenApiOperation Old,
    OpenApiOperation New,
    string OldPathPointer,
    string NewPathPointer)
{
    /// <summary>The operation's pointer in the old document.</summary>
    public string OldPointer => Site.OldPointer!;

    /// <summary>The operation's pointer in the new document.</summary>
    public string NewPointer => Site.NewPointer!;
}
