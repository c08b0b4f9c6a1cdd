using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Reading.Selecting;
using SpecForge.Tests.Shared;

namespace SpecForge.Core.Tests.Reading.Selecting;

/// <summary>
/// On every spec of ../shared/corpus, selecting a tenth of the operations keeps exactly those and adds no error: a
/// schema the kept operations reach but selection dropped would be a dangling reference (SF1006), so this checks the
/// reachability rules against every way real specs refer to things.
/// </summary>
public sealed class CorpusSelectionTests
{
    public static IEnumerable<object[]> Specs()
    {
        var files = new[] { "petstore", "large", "vendor", "apisguru" }.SelectMany(RepoPaths.CorpusFiles).ToList();
        return files.Count == 0
            ? new[] { new object[] { "(corpus absent)" } }
            : files.Select(f => new object[] { Path.GetRelativePath(RepoPaths.Corpus, f).Replace('\\', '/') });
    }

    [CorpusTheory]
    [MemberData(nameof(Specs))]
    public void Selecting_every_tenth_operation_keeps_those_and_adds_no_error(string spec)
    {
        var path = Path.Combine(RepoPaths.Corpus, spec);
        var input = SpecInput.Create(path, File.ReadAllText(path), null, "CorpusClient", null);
        var full = SpecPipeline.Parse(input);
        var operations = full.Model!.Operations;
        var chosen = operations.Where((_, i) => i % 10 == 0).ToList();

        // By operationId where it names one operation, else by method and path: both kinds of pattern get exercised.
        var patterns = chosen.Select(o => o.OperationId is { } id && operations.Count(other => other.OperationId == id) == 1
            ? "operationId:" + id
            : o.HttpMethod + " " + o.PathTemplate);
        var selected = SpecPipeline.Parse(input with { Operations = OperationFilter.From(patterns, Array.Empty<string>()) });

        Assert.Equal(chosen.Select(o => o.HttpMethod + " " + o.PathTemplate), selected.Model!.Operations.Select(o => o.HttpMethod + " " + o.PathTemplate));
        var errorsBefore = full.Diagnostics.Where(d => d.Severity == SpecSeverity.Error).Select(Where).ToHashSet();
        Assert.DoesNotContain(selected.Diagnostics.Where(d => d.Severity == SpecSeverity.Error).Select(Where), e => !errorsBefore.Contains(e));
        Assert.DoesNotContain(selected.Diagnostics, d => d.Id == DiagnosticCatalog.OperationPatternUnmatched);
        Assert.True(
            selected.Model.Dtos.Count <= full.Model.Dtos.Count && selected.Model.Enums.Count <= full.Model.Enums.Count,
            $"{selected.Model.Dtos.Count} records and {selected.Model.Enums.Count} enums against {full.Model.Dtos.Count} and {full.Model.Enums.Count}.");
    }

    private static string Where(SpecDiagnostic d) => $"{d.Id} {d.Line},{d.Column} {d.Message}";
}
