using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SpecForge.Benchmarks;

/// <summary>Gives every additional file the metadata SpecForge.props gives a &lt;SpecForgeSpec&gt; item.</summary>
internal sealed class SpecOptionsProvider : AnalyzerConfigOptionsProvider
{
    // Roslyn compares option keys case-insensitively, so the fake does too.
    private static readonly AnalyzerConfigOptions Empty = new DictionaryOptions(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));

    private static readonly AnalyzerConfigOptions SpecOptions = new DictionaryOptions(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["build_metadata.AdditionalFiles.SpecForgeKind"] = "Spec",
    });

    public override AnalyzerConfigOptions GlobalOptions => Empty;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => SpecOptions;

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> values;

        public DictionaryOptions(Dictionary<string, string> values) => this.values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);
    }
}
