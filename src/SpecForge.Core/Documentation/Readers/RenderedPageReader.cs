using SpecForge.Core.Documentation.Draft;

namespace SpecForge.Core.Documentation.Readers;

/// <summary>
/// Reads the plain text a docs site's endpoint page renders to (what "select all, copy" or a scraper yields):
/// "Skip to main content", the method, the path one segment per line, the title, a curl example, a response example,
/// then "Authorizations", "Path Parameters", "Query Parameters", "Body" and "Response" sections, each a list of fields
/// written as name / type / [required] / description / constraint lines / "Example:" value.
/// </summary>
public static class RenderedPageReader
{
    /// <summary>Reads <paramref name="text"/>, the content of <paramref name="filePath"/>; never throws.</summary>
    public static DraftApi Read(string filePath, string text) =>
        new RenderedPageParser(filePath, new SourceLines(text ?? string.Empty)).Parse();
}
