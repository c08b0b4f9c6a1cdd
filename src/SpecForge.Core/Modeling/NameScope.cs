using System;
using System.Collections.Generic;
using System.Globalization;

namespace SpecForge.Core.Modeling;

/// <summary>
/// Hands out unique names within one C# scope (a namespace's types, a type's members, a method's parameters).
/// Uniqueness ignores case because generated file names derive from type names and some file systems do too.
/// A taken name gets the smallest free numeric suffix, so the result depends only on the order of requests,
/// which callers keep deterministic.
/// </summary>
public sealed class NameScope
{
    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates a scope in which <paramref name="reserved"/> are already taken.</summary>
    public NameScope(params string[] reserved)
    {
        foreach (var name in reserved)
        {
            _taken.Add(Unescaped(name));
        }
    }

    /// <summary>Marks <paramref name="name"/> as taken without allocating it.</summary>
    public void Reserve(string name) => _taken.Add(Unescaped(name));

    /// <summary>True when <paramref name="name"/> is already taken.</summary>
    public bool IsTaken(string name) => _taken.Contains(Unescaped(name));

    /// <summary>Returns <paramref name="desired"/>, or it with the smallest numeric suffix that is free, and takes it.</summary>
    public string Allocate(string desired)
    {
        var baseName = Unescaped(desired);
        if (_taken.Add(baseName))
        {
            return desired;
        }

        for (var suffix = 2; ; suffix++)
        {
            var candidate = baseName + suffix.ToString(CultureInfo.InvariantCulture);
            if (_taken.Add(candidate))
            {
                return candidate;
            }
        }
    }

    // "@class" and "class" are the same identifier to the compiler.
    private static string Unescaped(string name) => name.StartsWith("@", StringComparison.Ordinal) ? name.Substring(1) : name;
}
