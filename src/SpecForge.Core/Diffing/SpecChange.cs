using System.Collections.Generic;
using SpecForge.Core.Diagnostics;

namespace SpecForge.Core.Diffing;

/// <summary>How much a change can hurt a consumer of the API or of its generated SDK. Ordered: a higher value is worse.</summary>
public enum ChangeLevel
{
    /// <summary>Nothing that works today stops working.</summary>
    Info = 0,

    /// <summary>Works today but may surprise a consumer (new values, looser guarantees, deprecations).</summary>
    Warning = 1,

    /// <summary>A request or a generated SDK call that works today fails, or code using the SDK no longer compiles.</summary>
    Breaking = 2,
}

/// <summary>One rule of the catalogue: a stable id (kebab-case, never renamed), its level and what it detects.</summary>
/// <param name="Id">The stable id users put in ignore files, e.g. <c>response-property-removed</c>.</param>
/// <param name="Level">The level every change of this rule has.</param>
/// <param name="Family">The group the docs table lists it under, e.g. "Parameters".</param>
/// <param name="Description">One sentence for the docs table.</param>
public sealed record DiffRule(string Id, ChangeLevel Level, string Family, string Description);

/// <summary>Where a change sits in one of the two documents.</summary>
/// <param name="Pointer">
/// A JSON pointer into the document in its OpenAPI 3.x shape (<c>/paths/~1pets~1{id}/get/parameters/0</c>; a 2.0
/// document is addressed as Microsoft.OpenApi lifts it, a markdown side as its normalized spec), or for a docs index
/// <c>/api-reference/&lt;group&gt;/&lt;slug&gt;</c>.
/// </param>
/// <param name="Line">1-based line in <paramref name="File"/> (or the side's input), 0 when unknown.</param>
/// <param name="Column">1-based column, 0 when unknown.</param>
/// <param name="File">The file the line is in when it is not the side's input: the markdown page an operation came from.</param>
public sealed record ChangeLocation(string Pointer, int Line = 0, int Column = 0, string? File = null);

/// <summary>One difference between two versions of an API.</summary>
/// <param name="RuleId">The <see cref="DiffRule.Id"/> that found it.</param>
/// <param name="Level">The rule's level.</param>
/// <param name="Message">One line a reviewer understands without the documents at hand.</param>
/// <param name="Old">Where it is in the old document, or null when the thing only exists in the new one.</param>
/// <param name="New">Where it is in the new document, or null when the thing only exists in the old one.</param>
/// <param name="Operation">The operation concerned, as <c>GET /pets/{id}</c>, or null for document-level changes.</param>
/// <param name="Tag">The operation's first tag (a docs index's group), or null; reports group by it.</param>
public sealed record SpecChange(
    string RuleId,
    ChangeLevel Level,
    string Message,
    ChangeLocation? Old,
    ChangeLocation? New,
    string? Operation = null,
    string? Tag = null);

/// <summary>What kind of documents were compared.</summary>
public enum DiffInputKind
{
    /// <summary>Two API descriptions (OpenAPI of any version, or markdown docs normalized first).</summary>
    OpenApi,

    /// <summary>Two docs indexes (llms.txt).</summary>
    DocsIndex,
}

/// <summary>The result of comparing two documents.</summary>
/// <param name="OldPath">The old input, as given.</param>
/// <param name="NewPath">The new input, as given.</param>
/// <param name="Kind">What was compared.</param>
/// <param name="Changes">Every change, in a stable order (document order of the new side, removals where they stood).</param>
/// <param name="Notes">What a reader must know about the comparison itself, e.g. that one side was truncated.</param>
/// <param name="Diagnostics">Problems reading either input; an error means the comparison is incomplete.</param>
public sealed record DiffReport(
    string OldPath,
    string NewPath,
    DiffInputKind Kind,
    IReadOnlyList<SpecChange> Changes,
    IReadOnlyList<string> Notes,
    IReadOnlyList<SpecDiagnostic> Diagnostics);
