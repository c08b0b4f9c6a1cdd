using System.Collections.Generic;
using System.Globalization;

namespace SpecForge.Core.Reading.Structure;

/// <summary>
/// Where a node is, as a chain of keys back to the root; the JSON pointer string is built only when a diagnostic
/// needs it, so walking a large spec does not build one per node.
/// </summary>
internal sealed class PathSegment
{
    private readonly PathSegment? _parent;
    private readonly string? _key;
    private readonly int _index;

    private PathSegment(PathSegment? parent, string? key, int index)
    {
        _parent = parent;
        _key = key;
        _index = index;
    }

    public static PathSegment Root { get; } = new(null, null, -1);

    public PathSegment Key(string key) => new(this, key, -1);

    public PathSegment Index(int index) => new(this, null, index);

    public string Pointer
    {
        get
        {
            var tokens = new List<string>();
            for (var segment = this; segment._parent is not null; segment = segment._parent)
            {
                tokens.Add(segment._key ?? segment._index.ToString(CultureInfo.InvariantCulture));
            }

            tokens.Reverse();
            return JsonPointers.Join(tokens);
        }
    }
}
