using System.Collections.Generic;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Documentation.Draft;

namespace SpecForge.Core.Documentation.Readers;

/// <summary>A docs index (llms.txt): the pages a documentation site says it has.</summary>
/// <param name="Title">The index's <c># Title</c>, or null when it has none.</param>
/// <param name="Entries">Every link entry, in document order, whatever section it is under.</param>
/// <param name="IsTruncated">Whether the file stops in the middle of an entry, so it lists fewer pages than the site has.</param>
/// <param name="Diagnostics">What the reader was unsure of, located in the index file.</param>
public sealed record DocsIndex(string? Title, IReadOnlyList<DocsIndexEntry> Entries, bool IsTruncated, IReadOnlyList<SpecDiagnostic> Diagnostics);

/// <summary>One <c>- [Title](url): description</c> entry of a docs index, as written.</summary>
/// <param name="Title">The link text.</param>
/// <param name="Url">The link target.</param>
/// <param name="Description">The text after the link, or null; the site cuts long ones with "…", which is kept.</param>
/// <param name="Group">
/// The URL segment after <c>api-reference/</c> (the slug of the operation's tag), or empty for a page that is not an
/// endpoint page (guides, the API introduction, external links).
/// </param>
/// <param name="Slug">The URL's last segment without <c>.md</c>/<c>.mdx</c> (the slug of the operation's summary).</param>
/// <param name="Source">Where the entry starts.</param>
public sealed record DocsIndexEntry(string Title, string Url, string? Description, string Group, string Slug, SourceRef Source)
{
    /// <summary>Whether the entry links an endpoint page (one under <c>api-reference/&lt;group&gt;/</c>).</summary>
    public bool IsEndpoint => Group.Length > 0;
}
