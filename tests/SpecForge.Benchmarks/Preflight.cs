using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using SpecForge.Core.Diagnostics;

namespace SpecForge.Benchmarks;

/// <summary>
/// One run per spec before measuring, printing what the generator produced: a benchmark of a run that only
/// reports SF9999 would measure the failure path, and the figures would mean nothing.
/// </summary>
internal static class Preflight
{
    public static void Report()
    {
        foreach (var file in Corpus.SpecFiles)
        {
            var path = Corpus.PathOf(file);
            var text = File.ReadAllText(path);
            var clock = Stopwatch.StartNew();
            var result = GeneratorRun.Run(path, text);
            clock.Stop();

            var sources = result.Results[0].GeneratedSources;
            var characters = sources.Sum(s => s.SourceText.Length);
            var byId = result.Diagnostics
                .GroupBy(d => $"{d.Id} ({d.Severity})")
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key} x{g.Count()}");
            var exception = result.Results[0].Exception;

            Console.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "{0}: {1} files, {2:N0} chars, first run {3:N0} ms; diagnostics: {4}",
                file,
                sources.Length,
                characters,
                clock.Elapsed.TotalMilliseconds,
                result.Diagnostics.IsEmpty ? "none" : string.Join(", ", byId)));
            if (exception is not null)
            {
                Console.WriteLine($"  generator threw: {exception.GetType().Name}: {exception.Message}");
            }

            foreach (var internalError in result.Diagnostics.Where(d => d.Id == DiagnosticCatalog.InternalError).Take(3))
            {
                Console.WriteLine($"  {internalError.GetMessage(CultureInfo.InvariantCulture)}");
            }
        }
    }
}
