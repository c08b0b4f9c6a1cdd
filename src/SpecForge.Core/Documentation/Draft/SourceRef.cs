namespace SpecForge.Core.Documentation.Draft;

/// <summary>Where something read from documentation came from: written into the normalized spec as <c>x-specforge-source</c>.</summary>
/// <param name="File">The documentation file, as given to the reader.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column, counted in characters.</param>
public sealed record SourceRef(string File, int Line, int Column);
