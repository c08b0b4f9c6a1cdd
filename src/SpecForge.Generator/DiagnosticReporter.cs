using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SpecForge.Core.Collections;
using SpecForge.Core.Diagnostics;

namespace SpecForge.Generator;

/// <summary>Reports SpecForge's value diagnostics as Roslyn diagnostics located in the spec or template file.</summary>
internal static class DiagnosticReporter
{
    // Keyed by id and severity: a diagnostic reported below its catalogue severity (SF1004 when the document is still usable)
    // needs a descriptor whose default is that severity, or warnings-as-errors and #pragma handling would misjudge it.
    private static readonly ConcurrentDictionary<(string Id, SpecSeverity Severity), DiagnosticDescriptor> Descriptors = new();

    public static void Report(SourceProductionContext context, EquatableArray<SpecDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(ToRoslyn(diagnostic));
        }
    }

    public static Diagnostic ToRoslyn(SpecDiagnostic diagnostic)
    {
        var descriptor = Descriptors.GetOrAdd((diagnostic.Id, diagnostic.Severity), Describe);
        var position = new LinePosition(System.Math.Max(0, diagnostic.Line - 1), System.Math.Max(0, diagnostic.Column - 1));
        var location = Location.Create(diagnostic.FilePath, default, new LinePositionSpan(position, position));
        return Diagnostic.Create(descriptor, location, ToRoslyn(diagnostic.Severity), null, null, diagnostic.Message);
    }

    private static DiagnosticDescriptor Describe((string Id, SpecSeverity Severity) key)
    {
        var info = DiagnosticCatalog.Get(key.Id);
        return new DiagnosticDescriptor(key.Id, info.Title, "{0}", "SpecForge." + info.Category, ToRoslyn(key.Severity), isEnabledByDefault: true, description: info.Help);
    }

    private static DiagnosticSeverity ToRoslyn(SpecSeverity severity) => severity switch
    {
        SpecSeverity.Error => DiagnosticSeverity.Error,
        SpecSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };
}
