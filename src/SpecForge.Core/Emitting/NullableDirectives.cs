namespace SpecForge.Core.Emitting;

/// <summary>
/// The nullable context a generated file declares. By default its annotations are on, so the SDK's API says what may
/// be null, and the compiler's nullable analysis of its bodies is off, as in System.Text.Json's source generator:
/// that analysis was about a fifth of the time it took to compile a large SDK, on every build, to check code whose
/// nullability SpecForge's own tests check (with <see cref="EmitOptions.NullableWarnings"/> on). SDK files get it from
/// <see cref="TemplateSet.AnnotationsOnly"/>, whose header template is narrowed once; the runtime's files write one of
/// the two directives after their header comment.
/// </summary>
public static class NullableDirectives
{
    /// <summary>What the templates and the runtime's header write: the whole nullable context.</summary>
    public const string Full = "#nullable enable\n";

    /// <summary>What a file declares unless the project asks for nullable warnings in generated code.</summary>
    public const string AnnotationsOnly = "#nullable enable annotations\n#nullable disable warnings\n";

    /// <summary>
    /// <paramref name="source"/> with its header's <c>#nullable enable</c> narrowed to annotations, unless
    /// <paramref name="warnings"/>; a file whose header (the comments and directives before its code) has none is
    /// left as it is.
    /// </summary>
    public static string Apply(string source, bool warnings)
    {
        var at = warnings ? -1 : HeaderDirectiveAt(source);
        return at < 0 ? source : source.Substring(0, at) + AnnotationsOnly + source.Substring(at + Full.Length);
    }

    // Where the #nullable enable line of the header starts, or -1.
    private static int HeaderDirectiveAt(string source)
    {
        var lineStart = 0;
        while (lineStart < source.Length)
        {
            var lineEnd = source.IndexOf('\n', lineStart);
            var next = lineEnd < 0 ? source.Length : lineEnd + 1;
            if (next - lineStart == Full.Length && string.CompareOrdinal(source, lineStart, Full, 0, Full.Length) == 0)
            {
                return lineStart;
            }

            if (!FileAssembler.IsHeaderLine(source, lineStart, next))
            {
                return -1;
            }

            lineStart = next;
        }

        return -1;
    }
}
