using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace SpecForge.Core.Collections;

/// <summary>Compares by identity: the same node object, not an equal one.</summary>
internal sealed class ReferenceEquality<T> : IEqualityComparer<T>
    where T : class
{
    public static readonly ReferenceEquality<T> Instance = new();

    public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

    public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
}
