using System;
using System.Linq;

namespace SpecForge.Core.Reading.Selecting;

/// <summary>What an <see cref="OperationPattern"/> compares.</summary>
internal enum OperationPatternKind
{
    Tag,
    OperationId,
    Path,
}

/// <summary>
/// One include or exclude pattern. Every text is a pattern, read by the first rule that fits:
/// <list type="number">
/// <item><c>tag:NAME</c>: operations tagged NAME.</item>
/// <item><c>operationId:ID</c>: the operation whose operationId is ID.</item>
/// <item><c>METHOD /path</c> (get, put, post, delete, options, head, patch or trace, in any case, then white space):
/// operations of that method whose path matches the <see cref="PathGlob"/>.</item>
/// <item><c>/path</c>: operations of any method whose path matches.</item>
/// <item>anything else: an operationId, so GitHub's <c>repos/get</c> needs no prefix (a path starts with <c>/</c>).</item>
/// </list>
/// Tags and operationIds compare exactly (case-sensitively), as the spec spells them; a pattern that matches nothing
/// is reported (SF1015), with the spelling the spec uses when only case differs.
/// </summary>
internal sealed class OperationPattern
{
    private const string TagPrefix = "tag:";
    private const string OperationIdPrefix = "operationId:";

    private static readonly string[] Methods = { "GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE" };

    private readonly PathGlob? _glob;

    private OperationPattern(string text, OperationPatternKind kind, string value, string? method)
    {
        Text = text;
        Kind = kind;
        Value = value;
        Method = method;
        _glob = kind == OperationPatternKind.Path ? new PathGlob(value) : null;
    }

    /// <summary>The pattern as written.</summary>
    public string Text { get; }

    public OperationPatternKind Kind { get; }

    /// <summary>The tag, the operationId, or the path glob.</summary>
    public string Value { get; }

    /// <summary>Upper case, or null for any method (always null unless <see cref="Kind"/> is a path).</summary>
    public string? Method { get; }

    public static OperationPattern Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith(TagPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return new OperationPattern(text, OperationPatternKind.Tag, trimmed.Substring(TagPrefix.Length).Trim(), null);
        }

        if (trimmed.StartsWith(OperationIdPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return new OperationPattern(text, OperationPatternKind.OperationId, trimmed.Substring(OperationIdPrefix.Length).Trim(), null);
        }

        if (trimmed.StartsWith("/", StringComparison.Ordinal))
        {
            return new OperationPattern(text, OperationPatternKind.Path, trimmed, null);
        }

        var space = trimmed.IndexOfAny(new[] { ' ', '\t' });
        if (space > 0)
        {
            var method = trimmed.Substring(0, space).ToUpperInvariant();
            var path = trimmed.Substring(space).Trim();
            if (Methods.Contains(method) && path.StartsWith("/", StringComparison.Ordinal))
            {
                return new OperationPattern(text, OperationPatternKind.Path, path, method);
            }
        }

        return new OperationPattern(text, OperationPatternKind.OperationId, trimmed, null);
    }

    public bool Matches(SpecOperation operation) => Kind switch
    {
        OperationPatternKind.Tag => operation.Tags.Any(tag => string.Equals(tag, Value, StringComparison.Ordinal)),
        OperationPatternKind.OperationId => string.Equals(operation.OperationId, Value, StringComparison.Ordinal),
        _ => (Method is null || Method == operation.Method) && _glob!.IsMatch(operation.Path),
    };

    /// <summary>How the pattern was read, for a message: "the tag 'pets'", "GET operations whose path matches '/a/*'".</summary>
    public string Describe() => Kind switch
    {
        OperationPatternKind.Tag => $"the tag '{Value}'",
        OperationPatternKind.OperationId => $"the operationId '{Value}'",
        _ => $"{(Method is null ? string.Empty : Method + " ")}operations whose path matches '{Value}'",
    };
}
