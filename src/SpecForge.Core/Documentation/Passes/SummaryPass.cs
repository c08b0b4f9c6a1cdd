using System.Linq;
using System.Text.RegularExpressions;
using SpecForge.Core.Documentation.Draft;

namespace SpecForge.Core.Documentation.Passes;

/// <summary>An operation without a title gets its description's first sentence as summary, which is how the docs read.</summary>
public sealed class SummaryPass : INormalizationPass
{
    private const int MaxLength = 120;
    private static readonly Regex FirstSentence = new(@"^(.+?[.!?])(?:\s|$)", RegexOptions.CultureInvariant | RegexOptions.Singleline);

    /// <inheritdoc/>
    public string Name => "summaries";

    /// <inheritdoc/>
    public void Run(DraftApi api)
    {
        foreach (var operation in api.Operations.Where(o => string.IsNullOrWhiteSpace(o.Summary) && !string.IsNullOrWhiteSpace(o.Description)))
        {
            using var site = operation.Processing();
            var text = operation.Description!.Trim();
            var sentence = FirstSentence.Match(text) is { Success: true } match ? match.Groups[1].Value : text;
            operation.Summary = sentence.Length <= MaxLength ? sentence : sentence.Substring(0, MaxLength - 1).TrimEnd() + "…";
        }
    }
}
