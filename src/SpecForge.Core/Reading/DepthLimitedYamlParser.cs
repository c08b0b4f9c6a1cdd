using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SpecForge.Core.Reading;

/// <summary>
/// Passes YamlDotNet's parser events through and stops at <see cref="ReadingLimits.MaxDepth"/>: YamlDotNet builds its
/// node tree recursively, so a file nested thousands deep would overflow the stack, and a stack overflow cannot be
/// caught: it would end the compiler, and with it the user's build.
/// </summary>
internal sealed class DepthLimitedYamlParser : IParser
{
    private readonly IParser _inner;
    private int _depth;

    public DepthLimitedYamlParser(IParser inner) => _inner = inner;

    public ParsingEvent? Current => _inner.Current;

    public bool MoveNext()
    {
        if (!_inner.MoveNext())
        {
            return false;
        }

        switch (_inner.Current)
        {
            case MappingStart or SequenceStart:
                if (++_depth > ReadingLimits.MaxDepth)
                {
                    throw new NestingTooDeepException(_inner.Current.Start);
                }

                break;
            case MappingEnd or SequenceEnd:
                _depth--;
                break;
        }

        return true;
    }
}

/// <summary>The YAML nests deeper than <see cref="ReadingLimits.MaxDepth"/>.</summary>
internal sealed class NestingTooDeepException : YamlException
{
    public static readonly string Reason = $"The document nests more than {ReadingLimits.MaxDepth} levels deep.";

    public NestingTooDeepException(Mark start)
        : base(start, start, Reason)
    {
    }
}
