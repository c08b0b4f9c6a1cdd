using System.Globalization;
using SpecForge.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SpecForge.Core.Reading;

/// <summary>Locates pointers by walking the YAML node tree, which keeps every node's start mark.</summary>
public sealed class YamlSourceLocator : ISourceLocator
{
    private readonly YamlNode _root;

    /// <summary>Creates a locator over the document whose root node is <paramref name="root"/>.</summary>
    public YamlSourceLocator(YamlNode root) => _root = root;

    /// <inheritdoc/>
    public SourcePosition Locate(string jsonPointer)
    {
        var node = _root;
        var position = PositionOf(node);
        foreach (var token in JsonPointers.Split(jsonPointer))
        {
            switch (node)
            {
                case YamlMappingNode mapping:
                    YamlNode? next = null;
                    foreach (var entry in mapping.Children)
                    {
                        if (entry.Key is YamlScalarNode key && key.Value == token)
                        {
                            // Point at the key, as a reader would expect for "this member is wrong".
                            position = PositionOf(entry.Key);
                            next = entry.Value;
                        }
                    }

                    if (next is null)
                    {
                        return position;
                    }

                    node = next;
                    break;
                case YamlSequenceNode sequence
                    when int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sequence.Children.Count:
                    node = sequence.Children[index];
                    position = PositionOf(node);
                    break;
                default:
                    return position;
            }
        }

        return position;
    }

    private static SourcePosition PositionOf(YamlNode node) => new((int)node.Start.Line, (int)node.Start.Column);
}
