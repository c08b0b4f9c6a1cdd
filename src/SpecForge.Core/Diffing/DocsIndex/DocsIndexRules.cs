using System.Collections.Generic;

namespace SpecForge.Core.Diffing.DocsIndex;

/// <summary>
/// The rules for comparing two docs indexes (llms.txt). An index only lists page titles, URLs and short descriptions,
/// so these rules speak about pages, never about requests or schemas.
/// </summary>
public static class DocsIndexRules
{
    private const string Family = "Docs index";

    /// <summary>An endpoint page is listed only in the new index.</summary>
    public static DiffRule EndpointAdded { get; } = new(
        "docs-endpoint-added", ChangeLevel.Info, Family,
        "An endpoint page (under api-reference/<group>/) is listed only in the new index.");

    /// <summary>An endpoint page of the old index is gone and nothing similar replaced it.</summary>
    public static DiffRule EndpointRemoved { get; } = new(
        "docs-endpoint-removed", ChangeLevel.Breaking, Family,
        "An endpoint page of the old index is gone, and no page in the same group has a similar title.");

    /// <summary>An endpoint page disappeared and a page with a similar title in the same group appeared.</summary>
    public static DiffRule EndpointLikelyRenamed { get; } = new(
        "docs-endpoint-likely-renamed", ChangeLevel.Warning, Family,
        "An endpoint page disappeared and one in the same group whose title shares at least 60% of its significant words (Jaccard) appeared; pairs are taken best first, one to one.");

    /// <summary>An endpoint page kept its slug or title but is listed under another group.</summary>
    public static DiffRule EndpointMoved { get; } = new(
        "docs-endpoint-moved", ChangeLevel.Warning, Family,
        "An endpoint page with the same slug or title is listed under another group (the operation's tag changed).");

    /// <summary>The description of a page present on both sides changed.</summary>
    public static DiffRule DescriptionChanged { get; } = new(
        "docs-description-changed", ChangeLevel.Info, Family,
        "A page's description differs; a description the site cut with \"…\" is equal to any description it is the start of, and a description present on one side only is not a change.");

    /// <summary>A page that is not an endpoint page is listed only in the new index.</summary>
    public static DiffRule PageAdded { get; } = new(
        "docs-page-added", ChangeLevel.Info, Family,
        "A page outside api-reference/<group>/ (a guide, the introduction, an external link) is listed only in the new index.");

    /// <summary>A page that is not an endpoint page is listed only in the old index.</summary>
    public static DiffRule PageRemoved { get; } = new(
        "docs-page-removed", ChangeLevel.Info, Family,
        "A page outside api-reference/<group>/ is listed only in the old index.");

    /// <summary>Every rule, in the docs table's order.</summary>
    public static IReadOnlyList<DiffRule> All { get; } = new[]
    {
        EndpointAdded, EndpointRemoved, EndpointLikelyRenamed, EndpointMoved, DescriptionChanged, PageAdded, PageRemoved,
    };
}
