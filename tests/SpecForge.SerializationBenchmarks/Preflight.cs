using System;
using System.Text;
using System.Text.Json;
using SpecForge.SerializationBenchmarks.HandWritten;
using Forge = SpecForge.SerializationBenchmarks.Generated;
using Hand = SpecForge.SerializationBenchmarks.HandWritten;

namespace SpecForge.SerializationBenchmarks;

/// <summary>
/// Before measuring: every writer must produce the same bytes for the same order, and every reader must read them back
/// to an order that writes those bytes again. Otherwise the two sides would do different work and the ratios would
/// mean nothing.
/// </summary>
internal static class Preflight
{
    /// <summary>True when all writers agree and every round trip is exact; prints what differs otherwise.</summary>
    public static bool Check()
    {
        var forgeTypeInfo = Converters.ForgeTypeInfo();
        var handOrder = SampleOrder.HandWritten();
        var forgeOrder = SampleOrder.Generated();

        var stj = JsonSerializer.SerializeToUtf8Bytes(handOrder, HandWrittenJsonContext.Default.Order);
        var ok = Same("SpecForge via JsonSerializer", stj, JsonSerializer.SerializeToUtf8Bytes(forgeOrder, forgeTypeInfo));
        ok &= Same("SpecForge direct", stj, Converters.WriteDirect(forgeOrder));

        var stjRead = JsonSerializer.Deserialize(stj, HandWrittenJsonContext.Default.Order)!;
        ok &= Same("STJ read then written", stj, JsonSerializer.SerializeToUtf8Bytes(stjRead, HandWrittenJsonContext.Default.Order));
        var forgeRead = JsonSerializer.Deserialize(stj, forgeTypeInfo)!;
        ok &= Same("SpecForge via JsonSerializer read then written", stj, Converters.WriteDirect(forgeRead));
        var directRead = Converters.ReadDirect(stj);
        ok &= Same("SpecForge direct read then written", stj, Converters.WriteDirect(directRead));
        ok &= Lines("STJ", stjRead.Lines.Count) & Lines("SpecForge via JsonSerializer", forgeRead.Lines.Count) & Lines("SpecForge direct", directRead.Lines.Count);

        Console.WriteLine(ok
            ? $"Preflight: all writers produce the same {stj.Length:N0} bytes ({SampleOrder.LineCount} lines); every reader round-trips them."
            : "Preflight FAILED: the two sides do not produce the same JSON, so their timings are not comparable.");
        return ok;
    }

    private static bool Same(string what, byte[] expected, byte[] actual)
    {
        if (expected.AsSpan().SequenceEqual(actual))
        {
            return true;
        }

        var at = expected.AsSpan().CommonPrefixLength(actual);
        Console.Error.WriteLine($"PREFLIGHT MISMATCH: {what} differs from STJ source-gen at byte {at}.");
        Console.Error.WriteLine($"  STJ source-gen: {Excerpt(expected, at)}");
        Console.Error.WriteLine($"  {what}: {Excerpt(actual, at)}");
        Console.Error.WriteLine($"  full STJ source-gen output: {Encoding.UTF8.GetString(expected)}");
        Console.Error.WriteLine($"  full {what} output: {Encoding.UTF8.GetString(actual)}");
        return false;
    }

    private static bool Lines(string what, int count)
    {
        if (count == SampleOrder.LineCount)
        {
            return true;
        }

        Console.Error.WriteLine($"PREFLIGHT MISMATCH: {what} read {count} lines, expected {SampleOrder.LineCount}.");
        return false;
    }

    private static string Excerpt(byte[] json, int at)
    {
        var start = Math.Max(0, at - 40);
        return "..." + Encoding.UTF8.GetString(json, start, Math.Min(json.Length, at + 40) - start) + "...";
    }
}
