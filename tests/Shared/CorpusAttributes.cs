using System.IO;

namespace SpecForge.Tests.Shared;

/// <summary>
/// A fact over ../shared/corpus. Third-party specs are never copied into the repository, so on a user's fresh clone
/// the folder is absent and the test is skipped with a message naming it; CI and developers always have it.
/// </summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (!Directory.Exists(RepoPaths.Corpus))
        {
            Skip = $"The spec corpus folder {RepoPaths.Corpus} is absent (it lives beside the repository, not in it).";
        }
    }
}

/// <summary>A theory over ../shared/corpus; skipped with a message naming the folder when it is absent.</summary>
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute()
    {
        if (!Directory.Exists(RepoPaths.Corpus))
        {
            Skip = $"The spec corpus folder {RepoPaths.Corpus} is absent (it lives beside the repository, not in it).";
        }
    }
}
