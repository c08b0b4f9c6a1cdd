using System;
using System.Collections.Generic;
using System.Globalization;

namespace SpecForge.Core.Modeling;

/// <summary>Told that a name from the spec was too long and what it became, with the pointer of the element it names.</summary>
public delegate void NameShortened(string desired, string allocated, string pointer);

/// <summary>
/// Hands out unique names within one C# scope (a namespace's types, a type's members, a method's parameters).
/// Uniqueness ignores case because generated file names derive from type names and some file systems do too.
/// A taken name gets the smallest free numeric suffix, so the result depends only on the order of requests,
/// which callers keep deterministic. A name over the scope's length limit is shortened (<see cref="NameLimits"/>).
/// </summary>
public sealed class NameScope
{
    private static readonly string[] NoNames = new string[0];

    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);
    private readonly int _maxUtf8Bytes;
    private readonly NameShortened? _shortened;

    /// <summary>Creates a scope of member names in which <paramref name="reserved"/> are already taken.</summary>
    public NameScope(params string[] reserved)
        : this(NameLimits.MemberNameBytes, null, reserved)
    {
    }

    /// <summary>
    /// Creates a scope whose names fit in <paramref name="maxUtf8Bytes"/> bytes of UTF-8, telling
    /// <paramref name="shortened"/> about each name it had to shorten.
    /// </summary>
    public NameScope(int maxUtf8Bytes, NameShortened? shortened, params string[] reserved)
    {
        _maxUtf8Bytes = maxUtf8Bytes;
        _shortened = shortened;
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
    public string Allocate(string desired) => Allocate(desired, string.Empty);

    /// <summary>
    /// Like <see cref="Allocate(string)"/>; a name over the limit is shortened first and reported as found at
    /// <paramref name="pointer"/>, the spec element the name comes from.
    /// </summary>
    public string Allocate(string desired, string pointer) => Allocate(desired, pointer, NoNames);

    /// <summary>
    /// Like <see cref="Allocate(string, string)"/>, also passing over <paramref name="unavailable"/>: names free in this
    /// scope that this one name still cannot take (a type cannot be named like a member it declares, CS0542).
    /// </summary>
    public string Allocate(string desired, string pointer, string[] unavailable)
    {
        var baseName = Unescaped(desired);
        var bounded = Fit(baseName, pointer);
        if (IsFree(bounded, unavailable) && _taken.Add(bounded))
        {
            return ReferenceEquals(bounded, baseName) ? desired : bounded;
        }

        for (var suffix = 2; ; suffix++)
        {
            var candidate = bounded + suffix.ToString(CultureInfo.InvariantCulture);
            if (IsFree(candidate, unavailable) && _taken.Add(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>
    /// <paramref name="name"/> as an identifier within this scope's limit, reporting it when it had to be shortened;
    /// for callers that take names by <see cref="Reserve"/> rather than <see cref="Allocate(string, string)"/>.
    /// </summary>
    /// <remarks>
    /// Names reach here already made of identifier characters (<see cref="Naming"/>); one that is not came from spec text
    /// that skipped it, and is cleaned here so that no spec text can ever stand in C# where an identifier belongs.
    /// </remarks>
    public string Fit(string name, string pointer)
    {
        if (!Naming.IsPlainIdentifier(name))
        {
            name = Naming.ToPlainIdentifier(name);
        }

        if (NameLimits.Fits(name, _maxUtf8Bytes))
        {
            return name;
        }

        var shortened = NameLimits.Shorten(name, _maxUtf8Bytes);
        _shortened?.Invoke(name, shortened, pointer);
        return shortened;
    }

    private static bool IsFree(string name, string[] unavailable) =>
        unavailable.Length == 0 || !System.Array.Exists(unavailable, n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));

    // "@class" and "class" are the same identifier to the compiler.
    private static string Unescaped(string name) => name.StartsWith("@", StringComparison.Ordinal) ? name.Substring(1) : name;
}
