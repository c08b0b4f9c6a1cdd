using System;
using System.Collections.Generic;
using SpecForge.Core.Collections;

namespace SpecForge.Core.Emitting;

/// <summary>
/// Parsing templates costs more than rendering them, and the compiler server keeps this
/// assembly loaded across builds, so parsed sets are kept per distinct set of overrides. The cache is small
/// and bounded because a long-lived process may see many edits of the same override.
/// </summary>
internal static class TemplateSetCache
{
    private const int Capacity = 8;
    private static readonly object Gate = new();
    private static readonly LinkedList<(EquatableArray<TemplateOverride> Key, TemplateSet Value)> Entries = new();

    public static TemplateSet GetOrCreate(EquatableArray<TemplateOverride> key, Func<EquatableArray<TemplateOverride>, TemplateSet> create)
    {
        lock (Gate)
        {
            for (var node = Entries.First; node is not null; node = node.Next)
            {
                if (node.Value.Key.Equals(key))
                {
                    Entries.Remove(node);
                    Entries.AddFirst(node);
                    return node.Value.Value;
                }
            }
        }

        // Parsed outside the lock: two threads may both parse the same set once, which is harmless.
        var created = create(key);
        lock (Gate)
        {
            Entries.AddFirst((key, created));
            while (Entries.Count > Capacity)
            {
                Entries.RemoveLast();
            }
        }

        return created;
    }
}
