using System.Collections.Generic;
using System.IO;
using SpecForge.Core.Diagnostics;

namespace SpecForge.Cli;

/// <summary>Prints diagnostics the way compilers do, so editors and CI logs link them to the file and line.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IEnumerable<SpecDiagnostic> diagnostics, TextWriter writer)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(diagnostic.ToString());
        }
    }

    public static void Print(SpecDiagnostic diagnostic, TextWriter writer) => writer.WriteLine(diagnostic.ToString());
}
