using System.Text.Json.Nodes;

namespace SpecForge.Core.Documentation.Draft;

/// <summary>Writes <c>x-specforge-source</c>: the documentation position an element of the normalized spec came from.</summary>
public static class Sources
{
    /// <summary>The extension's name.</summary>
    public const string Extension = "x-specforge-source";

    /// <summary>Marks <paramref name="element"/> with <paramref name="source"/> when there is one.</summary>
    public static void Mark(JsonObject element, SourceRef? source)
    {
        if (source is null)
        {
            return;
        }

        element[Extension] = new JsonObject
        {
            ["file"] = source.File,
            ["line"] = source.Line,
            ["column"] = source.Column,
        };
    }
}
