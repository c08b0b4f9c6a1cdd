using System.Text.RegularExpressions;
using SpecForge.Core.Documentation.Draft;

namespace SpecForge.Core.Documentation.Readers;

public sealed partial class ReferenceMarkdownReader
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    // "Legacy alias: GET /deals.", "(legacy alias: GET /deals?pipeline_id=X)", "Legacy aliases: GET /a, GET /b".
    private static readonly Regex LegacyAliasLead = new(@"\blegacy alias(?:es)?:\s*", Options);
    private static readonly Regex EndpointThenParenthesis = new(@"\b([A-Za-z]+)\s+(?:/|https?://)\S*\s*\(\s*$", Options);
    private static readonly Regex MethodAndPath = new(@"\G(?:\s*(?:,|\band\b|\bor\b)\s*)?([A-Za-z]+)\s+((?:/|https?://)\S*)", Options);

    // Only a description that opens with the word: "DEPRECATED -- prefer ...", "**Deprecated.** Use ...". A field
    // value that "is deprecated" somewhere in the text says nothing about the operation.
    private static readonly Regex DeprecatedLead = new(@"^[\s*_\[(]*deprecated\b", Options);

    /// <summary>Facts the description states in words that the draft has fields for; the sentences stay in the description.</summary>
    private static void ReadDescriptionFacts(DraftOperation operation)
    {
        if (operation.Description is not { } description)
        {
            return;
        }

        operation.Deprecated = DeprecatedLead.IsMatch(description);
        foreach (Match lead in LegacyAliasLead.Matches(description))
        {
            if (NamesAnotherEndpoint(description, lead.Index))
            {
                continue;
            }

            var at = lead.Index + lead.Length;
            for (var pair = MethodAndPath.Match(description, at); pair.Success; pair = MethodAndPath.Match(description, at))
            {
                if (!HttpMethods.Contains(pair.Groups[1].Value))
                {
                    break;
                }

                var path = TrimSentencePunctuation(pair.Groups[2].Value);
                var alias = pair.Groups[1].Value.ToUpperInvariant() + " " + path;
                if (!operation.LegacyAliases.Contains(alias))
                {
                    operation.LegacyAliases.Add(alias);
                }

                // Continue after the path proper, so the comma that ended it can separate the next alias.
                at = pair.Groups[2].Index + path.Length;
            }
        }
    }

    // "prefer GET /opportunities?pipeline_id=X (legacy alias: GET /deals?pipeline_id=X)": the remark is about the
    // endpoint it follows, not about the operation being described, which is only the deprecated way to the same data.
    private static bool NamesAnotherEndpoint(string description, int leadIndex) =>
        EndpointThenParenthesis.Match(description.Substring(0, leadIndex)) is { Success: true } other
        && HttpMethods.Contains(other.Groups[1].Value);

    // "/deals." and "/deals?pipeline_id=X)." end a sentence or a remark; a ')' the path opened itself stays.
    private static string TrimSentencePunctuation(string path)
    {
        while (path.Length > 1)
        {
            var last = path[path.Length - 1];
            if (last == '.' || last == ',' || last == ';' || last == ':')
            {
                path = path.Substring(0, path.Length - 1);
            }
            else if (last == ')' && Count(path, '(') < Count(path, ')'))
            {
                path = path.Substring(0, path.Length - 1);
            }
            else
            {
                break;
            }
        }

        return path;
    }

    private static int Count(string text, char c)
    {
        var count = 0;
        foreach (var x in text)
        {
            count += x == c ? 1 : 0;
        }

        return count;
    }
}
