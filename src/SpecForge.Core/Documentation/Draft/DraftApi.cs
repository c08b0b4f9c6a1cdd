using System.Collections.Generic;
using System.Text.Json.Nodes;
using SpecForge.Core.Diagnostics;

namespace SpecForge.Core.Documentation.Draft;

/// <summary>
/// What a documentation reader understood, before interpretation. Readers record text as written (type tokens such as
/// <c>uuid[]</c>, constraint phrases, raw code samples); the normalizer's passes turn it into OpenAPI, one concern each.
/// </summary>
public sealed class DraftApi
{
    /// <summary>The API's title.</summary>
    public string? Title { get; set; }

    /// <summary>The API's description.</summary>
    public string? Description { get; set; }

    /// <summary>The API's version, when the docs state one.</summary>
    public string? Version { get; set; }

    /// <summary>Base URLs stated by the docs ("Base URL: https://...").</summary>
    public List<string> Servers { get; } = new();

    /// <summary>How the docs say to authenticate ("Authorization: Bearer ..."), verbatim; null when they say nothing.</summary>
    public string? AuthenticationText { get; set; }

    /// <summary>Sections of the docs; each becomes a tag.</summary>
    public List<DraftTag> Tags { get; } = new();

    /// <summary>Every documented operation, in document order.</summary>
    public List<DraftOperation> Operations { get; } = new();

    /// <summary>
    /// An OpenAPI document embedded in the docs (an endpoint page's YAML fence), as JSON. Its paths and components are
    /// taken over as they are; the page's own title and description replace the operation's.
    /// </summary>
    public JsonObject? EmbeddedOpenApi { get; set; }

    /// <summary>Everything the reader was unsure of, located in the documentation file.</summary>
    public List<SpecDiagnostic> Diagnostics { get; } = new();

    /// <summary>Set by the constraint pass: what it read in the descriptions, for the summary.</summary>
    public ConstraintTally Constraints { get; } = new();
}

/// <summary>A section of the docs (<c>## Contacts</c>), which becomes an OpenAPI tag.</summary>
public sealed class DraftTag
{
    /// <summary>The section title.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The text under the title, before the first operation.</summary>
    public string? Description { get; set; }

    /// <summary>Where the section starts.</summary>
    public SourceRef? Source { get; set; }
}
