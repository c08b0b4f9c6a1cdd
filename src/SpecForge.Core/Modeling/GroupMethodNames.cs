using System;
using System.Collections.Generic;
using System.Linq;

namespace SpecForge.Core.Modeling;

/// <summary>
/// Decides, for all the operations of one group at once, which take the name without the tag's words
/// (<see cref="TagWords"/>) and which keep their full name.
/// </summary>
/// <remarks>
/// A shorter name is a convenience, never worth a numbered one: when two operations would share a short name, or one's
/// short name (or its WithResponse or All method) is another's full name or an inherited member, both keep their full
/// names, which are what they were before names got shorter. Deciding over the whole group, not in document order,
/// keeps the outcome the same whichever operation comes first.
/// </remarks>
internal static class GroupMethodNames
{
    /// <summary>Each operation's method base name in the group, keyed by its full name.</summary>
    /// <param name="tag">The group's tag in PascalCase.</param>
    /// <param name="fullNames">The full name of every operation of the group, repeats included.</param>
    /// <param name="reserved">Names the group's class already has.</param>
    /// <param name="methodSuffixes">What each base name is followed by in the methods generated for it.</param>
    public static Dictionary<string, string> Choose(string tag, IReadOnlyList<string> fullNames, IEnumerable<string> reserved, IReadOnlyList<string> methodSuffixes)
    {
        var shortNames = fullNames.Select(name => TagWords.Strip(name, tag)).ToList();

        // How many operations could claim each method name, counting every operation once for both its names.
        var claims = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < fullNames.Count; i++)
        {
            var names = new HashSet<string>(Methods(fullNames[i], methodSuffixes), StringComparer.OrdinalIgnoreCase);
            if (shortNames[i] is { } shortName)
            {
                names.UnionWith(Methods(shortName, methodSuffixes));
            }

            foreach (var name in names)
            {
                claims[name] = claims.TryGetValue(name, out var count) ? count + 1 : 1;
            }
        }

        var taken = new HashSet<string>(reserved, StringComparer.OrdinalIgnoreCase);
        var chosen = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < fullNames.Count; i++)
        {
            var shortName = shortNames[i];
            var free = shortName is not null && Methods(shortName, methodSuffixes).All(m => claims[m] == 1 && !taken.Contains(m));
            chosen[fullNames[i]] = free ? shortName! : fullNames[i];
        }

        return chosen;
    }

    private static IEnumerable<string> Methods(string baseName, IReadOnlyList<string> methodSuffixes) =>
        methodSuffixes.Select(suffix => baseName + suffix);
}
