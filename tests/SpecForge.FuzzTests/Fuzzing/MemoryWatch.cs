using System;
using System.Threading;

namespace SpecForge.FuzzTests.Fuzzing;

/// <summary>
/// Samples the managed heap while a case runs and keeps the peak above where it started. Cases run one at a time,
/// so the growth is the case's own.
/// </summary>
internal sealed class MemoryWatch : IDisposable
{
    private readonly long _baseline;
    private readonly Thread _sampler;
    private long _peak;
    private volatile bool _stopped;

    public MemoryWatch()
    {
        _baseline = GC.GetTotalMemory(forceFullCollection: true);
        _peak = _baseline;
        _sampler = new Thread(Sample) { IsBackground = true, Name = "fuzz memory sampler" };
        _sampler.Start();
    }

    /// <summary>The largest growth of the heap seen so far, in bytes.</summary>
    public long PeakGrowth => Math.Max(0, Interlocked.Read(ref _peak) - _baseline);

    public void Dispose()
    {
        _stopped = true;
        _sampler.Join();
    }

    private void Sample()
    {
        while (!_stopped)
        {
            var now = GC.GetTotalMemory(forceFullCollection: false);
            if (now > Interlocked.Read(ref _peak))
            {
                Interlocked.Exchange(ref _peak, now);
            }

            Thread.Sleep(2);
        }
    }
}
