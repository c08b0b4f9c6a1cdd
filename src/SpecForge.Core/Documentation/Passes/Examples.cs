using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SpecForge.Core.Reading;

namespace SpecForge.Core.Documentation.Passes;

/// <summary>Reads documented examples as JSON, tolerating what docs write for brevity.</summary>
public static class Examples
{
    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    // "…" and "..." stand for elided members or items; they are not values.
    private static readonly Regex ElidedMember = new(@",?\s*(\.\.\.|…)\s*(?=[}\]])", RegexOptions.CultureInvariant);
    private static readonly Regex ElidedLine = new(@"^\s*(\.\.\.|…)\s*,?\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    /// <summary>The example as JSON, or null when it is not JSON even after tolerating elisions, comments and trailing commas.</summary>
    public static JsonNode? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        foreach (var candidate in new[] { text!, ElidedMember.Replace(ElidedLine.Replace(text!, string.Empty), string.Empty) })
        {
            try
            {
                // Through the reader's own tree builder: a repeated key would make JsonNode.Parse's tree throw later.
                // Not disposed: the tree's numbers still read from the document.
                var document = JsonDocument.Parse(candidate, Lenient);
                return JsonTreeBuilder.Build(document.RootElement);
            }
            catch (JsonException)
            {
            }
        }

        return null;
    }
}
