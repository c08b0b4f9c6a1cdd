using System.Collections.Generic;
using System.Text.Json.Nodes;
using SpecForge.Core.Diagnostics;

namespace SpecForge.Core.Reading;

/// <summary>A document parsed into a JSON tree, with a way back to source positions and what went wrong on the way.</summary>
public sealed class ParsedTree
{
    /// <summary>Creates a parse result.</summary>
    public ParsedTree(JsonNode? root, ISourceLocator locator, IReadOnlyList<SpecDiagnostic> diagnostics)
    {
        Root = root;
        Locator = locator;
        Diagnostics = diagnostics;
    }

    /// <summary>The tree, or null when the text could not be parsed at all.</summary>
    public JsonNode? Root { get; }

    /// <summary>Maps pointers in <see cref="Root"/> back to the text.</summary>
    public ISourceLocator Locator { get; }

    /// <summary>Syntax problems found while parsing.</summary>
    public IReadOnlyList<SpecDiagnostic> Diagnostics { get; }
}
