using System;

namespace SpecForge.Core.Diffing.OpenApi;

/// <summary>
/// A set of operation indexes as bits: a component used by hundreds of operations (GitHub's <c>simple-user</c>)
/// passes its users on to every component it refers to, and bit unions keep that cheap.
/// </summary>
internal sealed class OperationSet
{
    private ulong[] _bits = Array.Empty<ulong>();

    public bool IsEmpty
    {
        get
        {
            foreach (var word in _bits)
            {
                if (word != 0)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Adds <paramref name="index"/>; true when it was not there.</summary>
    public bool Add(int index)
    {
        Grow((index >> 6) + 1);
        var mask = 1UL << (index & 63);
        var added = (_bits[index >> 6] & mask) == 0;
        _bits[index >> 6] |= mask;
        return added;
    }

    /// <summary>Adds every member of <paramref name="other"/>; true when anything was new.</summary>
    public bool UnionWith(OperationSet other)
    {
        Grow(other._bits.Length);
        var changed = false;
        for (var i = 0; i < other._bits.Length; i++)
        {
            var merged = _bits[i] | other._bits[i];
            changed |= merged != _bits[i];
            _bits[i] = merged;
        }

        return changed;
    }

    /// <summary>The number of operations in this set or <paramref name="other"/>, and the lowest of them (-1 when none).</summary>
    public (int Count, int First) CountWith(OperationSet other)
    {
        var count = 0;
        var first = -1;
        for (var i = 0; i < Math.Max(_bits.Length, other._bits.Length); i++)
        {
            var word = (i < _bits.Length ? _bits[i] : 0) | (i < other._bits.Length ? other._bits[i] : 0);
            for (var bit = 0; word != 0; bit++, word >>= 1)
            {
                if ((word & 1) != 0)
                {
                    count++;
                    first = first < 0 ? (i * 64) + bit : first;
                }
            }
        }

        return (count, first);
    }

    private void Grow(int words)
    {
        if (_bits.Length < words)
        {
            Array.Resize(ref _bits, words);
        }
    }
}
