using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;

namespace SpecForge.Client.Tests.Infrastructure;

/// <summary>
/// Chunks the server writes in two parts, holding back the second until the test releases it, so a test can tell
/// an item read while the body is still open from one read after the whole body was buffered.
/// </summary>
internal sealed class GatedChunks : IReadOnlyList<byte[]>
{
    private readonly byte[][] _before;
    private readonly byte[][] _after;
    private readonly ManualResetEventSlim _gate = new();
    private volatile bool _released;

    public GatedChunks(string[] before, string[] after)
    {
        _before = before.Select(Encoding.UTF8.GetBytes).ToArray();
        _after = after.Select(Encoding.UTF8.GetBytes).ToArray();
    }

    /// <summary>True once the second part may be written: the test released it, or the bounded wait ran out.</summary>
    public bool Released => _released;

    public int Count => _before.Length + _after.Length;

    public byte[] this[int index] => index < _before.Length ? _before[index] : _after[index - _before.Length];

    public ScriptedResponse Response(string contentType) => new() { Status = 200, ContentType = contentType, Chunks = this };

    public void Release() => _gate.Set();

    public IEnumerator<byte[]> GetEnumerator()
    {
        foreach (var chunk in _before)
        {
            yield return chunk;
        }

        // Bounded, so a client that waits for the whole body fails its assertion instead of hanging the run.
        _gate.Wait(TimeSpan.FromSeconds(10));
        _released = true;
        foreach (var chunk in _after)
        {
            yield return chunk;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
