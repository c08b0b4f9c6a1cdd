using System;
using Microsoft.OpenApi;

namespace SpecForge.Core.Diffing;

/// <summary>
/// One of the two API descriptions being compared, as read: the document in Microsoft.OpenApi's model (which has
/// already lifted 2.0 and 3.0 to the 3.x shape) and a way back from a JSON pointer to where the user wrote it.
/// </summary>
/// <param name="Path">The input as given (a markdown side is named after its first file).</param>
/// <param name="Document">The document.</param>
/// <param name="Locate">
/// Maps a JSON pointer in the 3.x shape to a location: a line and column in the OpenAPI file, or for markdown docs the
/// documentation file, line and column the normalizer recorded for the nearest ancestor.
/// </param>
public sealed record DiffSide(string Path, OpenApiDocument Document, Func<string, ChangeLocation> Locate);
