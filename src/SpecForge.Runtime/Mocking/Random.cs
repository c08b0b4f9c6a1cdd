// Shared runtime: the mock's own pseudo-random numbers (SplitMix64) and string hash (FNV-1a), because System.Random's
// algorithm and string.GetHashCode are unspecified or per-process, and synthesized data must not change between runs.
namespace SpecForge.Runtime.Mocking
{
    /// <summary>SplitMix64 (Steele, Lea, Flood 2014): tiny, fast, and the same sequence on every platform.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class SplitMix64
    {
        private ulong state;

        public SplitMix64(ulong seed)
        {
            state = seed;
        }

        public ulong Next()
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        /// <summary>A number in [0, count); 0 when count is not positive.</summary>
        public int Next(int count) => count <= 0 ? 0 : (int)(Next() % (ulong)count);

        /// <summary>A number in [low, high], both inclusive; low when the range is empty.</summary>
        public long Range(long low, long high)
        {
            if (high <= low)
            {
                return low;
            }

            var span = (ulong)(high - low) + 1UL;
            return span == 0 ? low + (long)Next() : low + (long)(Next() % span);
        }

        public bool Chance(int numerator, int denominator) => Next(denominator) < numerator;

        /// <summary>A fresh generator derived from this one, for parts generated independently (array items, retries).</summary>
        public SplitMix64 Fork() => new SplitMix64(Next());
    }

    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static class MockHash
    {
        /// <summary>FNV-1a over the UTF-16 code units: stable across processes, unlike string.GetHashCode.</summary>
        public static ulong Of(string text)
        {
            var hash = 14695981039346656037UL;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            return hash;
        }

        public static ulong Combine(ulong left, ulong right) => new SplitMix64(left ^ (right * 0x9E3779B97F4A7C15UL)).Next();
    }
}
