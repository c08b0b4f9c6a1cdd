using System.Collections.Generic;
using Microsoft.OpenApi;
using SpecForge.Core.Diagnostics;

namespace SpecForge.Core.Reading;

/// <summary>What <see cref="OpenApiReader"/> returns: the document (when one could be read), a locator and every problem found.</summary>
public sealed class OpenApiReadResult
{
    /// <summary>Creates a result.</summary>
    public OpenApiReadResult(OpenApiDocument? document, ISourceLocator locator, IReadOnlyList<SpecDiagnostic> diagnostics)
    {
        Document = document;
        Locator = locator;
        Diagnostics = diagnostics;
    }

    /// <summary>The document, or null when nothing usable could be read.</summary>
    public OpenApiDocument? Document { get; }

    /// <summary>Maps JSON pointers in the document back to the source text.</summary>
    public ISourceLocator Locator { get; }

    /// <summary>Every problem found while reading, located in the source text.</summary>
    public IReadOnlyList<SpecDiagnostic> Diagnostics { get; }
}
