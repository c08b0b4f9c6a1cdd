using System;
using System.Linq;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Diffing;
using SpecForge.Core.Diffing.Ignoring;

namespace SpecForge.Core.Tests.Diffing.Ignoring;

public sealed class DiffIgnoreFileTests
{
    private const string Path = ".specforge-diff-ignore";

    [Fact]
    public void Every_selector_kind_parses_with_its_reason_line_and_column()
    {
        var file = DiffIgnoreFile.Parse(Path, string.Join("\n",
            "# Reviewed in PR 42",
            "   ",
            "docs-endpoint-added New pages are fine",
            "  /api-reference/dataimport   The dataimport group was retired on purpose  ",
            "get /pets/{id}  Renamed on purpose",
            "docs-description-changed@/api-reference/pets Copy edits"));

        Assert.Empty(file.Diagnostics);
        Assert.Equal(
            new[]
            {
                (IgnoreSelectorKind.Rule, "docs-endpoint-added", "New pages are fine", 3, 1),
                (IgnoreSelectorKind.Pointer, "/api-reference/dataimport", "The dataimport group was retired on purpose", 4, 3),
                (IgnoreSelectorKind.Operation, "GET /pets/{id}", "Renamed on purpose", 5, 1),
                (IgnoreSelectorKind.RuleAtPointer, "docs-description-changed@/api-reference/pets", "Copy edits", 6, 1),
            },
            file.Entries.Select(e => (e.Kind, e.Selector, e.Reason, e.Line, e.Column)));
        Assert.Equal(("docs-description-changed", "/api-reference/pets"), (file.Entries[3].RuleId, file.Entries[3].Pointer));
        Assert.Equal("GET /pets/{id}", file.Entries[2].Operation);
    }

    [Fact]
    public void Malformed_lines_are_SF4001_at_the_problem()
    {
        var file = DiffIgnoreFile.Parse(Path, string.Join("\n",
            "docs-endpoint-added",
            "  /api-reference/pets/    trailing slash",
            "Docs_Endpoint  not kebab-case",
            "docs-endpoint-typo  unknown rule",
            "GET pets no leading slash",
            "docs-endpoint-added@api-reference/x no pointer",
            "/a~2b bad escape"));

        Assert.Empty(file.Entries);
        Assert.All(file.Diagnostics, d => Assert.Equal((DiagnosticCatalog.DiffIgnoreMalformed, SpecSeverity.Error, Path), (d.Id, d.Severity, d.FilePath)));
        Assert.Equal(
            new[] { (1, 20), (2, 22), (3, 1), (4, 1), (5, 5), (6, 21), (7, 3) },
            file.Diagnostics.Select(d => (d.Line, d.Column)));
        Assert.Contains("needs a reason", file.Diagnostics[0].Message);
        Assert.Contains("trailing '/'", file.Diagnostics[1].Message);
        Assert.Contains("not a selector", file.Diagnostics[2].Message);
        Assert.Contains("not a known rule id", file.Diagnostics[3].Message);
        Assert.Contains("GET /pets/{id}", file.Diagnostics[4].Message);
        Assert.Contains("after '@' comes a JSON pointer", file.Diagnostics[5].Message);
        Assert.Contains("'~' must be followed by 0", file.Diagnostics[6].Message);
    }

    [Fact]
    public void A_byte_order_mark_and_windows_line_breaks_do_not_shift_positions()
    {
        var file = DiffIgnoreFile.Parse(Path, "\uFEFFdocs-endpoint-added ok\r\n# comment\r\n/x\r\n");

        Assert.Equal((1, 1), (file.Entries.Single().Line, file.Entries.Single().Column));
        Assert.Equal((3, 3), (file.Diagnostics.Single().Line, file.Diagnostics.Single().Column));
    }

    [Fact]
    public void Apply_moves_matching_changes_aside_with_the_first_reason_and_reports_unused_entries()
    {
        var added = Change("docs-endpoint-added", null, "/api-reference/pets/update-a-pet");
        var retired = Change("docs-endpoint-removed", "/api-reference/dataimport/delete-a-record", null);
        var lookalike = Change("docs-endpoint-removed", "/api-reference/dataimportx/foo", null);
        var petCopy = Change("docs-description-changed", "/api-reference/pets/list-pets", "/api-reference/pets/list-pets");
        var storeCopy = Change("docs-description-changed", "/api-reference/store/x", "/api-reference/store/x");
        var operation = Change("docs-endpoint-moved", "/paths/~1pets~1{id}/get", "/paths/~1pets~1{id}/get") with { Operation = "GET /pets/{id}" };
        var report = new DiffReport("old.yaml", "new.yaml", DiffInputKind.OpenApi, new[] { added, retired, lookalike, petCopy, storeCopy, operation }, new[] { "a note" }, Array.Empty<SpecDiagnostic>());
        var file = DiffIgnoreFile.Parse(Path, string.Join("\n",
            "docs-endpoint-added New pages are fine",
            "/api-reference/dataimport Retired",
            "GET /pets/{id} Renamed",
            "docs-description-changed@/api-reference/pets Copy edits",
            "docs-page-removed Nothing like this happens",
            "/api-reference/pets/update-a-pet Also covered by line 1"));

        var outcome = file.Apply(report);

        // "/api-reference/dataimport" must not swallow "/api-reference/dataimportx/…": prefixes match whole segments.
        Assert.Equal(new[] { lookalike, storeCopy }, outcome.Kept.Changes);
        Assert.Equal(new[] { "a note" }, outcome.Kept.Notes);
        Assert.Equal(
            new[] { (added, "New pages are fine", 1), (retired, "Retired", 2), (petCopy, "Copy edits", 4), (operation, "Renamed", 3) },
            outcome.Ignored.Select(i => (i.Change, i.Reason, i.Line)));
        var unused = Assert.Single(outcome.Diagnostics);
        Assert.Equal((DiagnosticCatalog.DiffIgnoreUnused, SpecSeverity.Warning, Path, 5, 1), (unused.Id, unused.Severity, unused.FilePath, unused.Line, unused.Column));
        Assert.Contains("'docs-page-removed' matches no change between old.yaml and new.yaml", unused.Message);
    }

    [Fact]
    public void A_rule_at_pointer_needs_both_to_match()
    {
        var file = DiffIgnoreFile.Parse(Path, "docs-endpoint-removed@/api-reference/pets reason");
        var otherRule = Change("docs-endpoint-added", null, "/api-reference/pets/a");
        var otherPlace = Change("docs-endpoint-removed", "/api-reference/store/a", null);

        var outcome = file.Apply(new DiffReport("a", "b", DiffInputKind.DocsIndex, new[] { otherRule, otherPlace }, Array.Empty<string>(), Array.Empty<SpecDiagnostic>()));

        Assert.Empty(outcome.Ignored);
        Assert.Equal(2, outcome.Kept.Changes.Count);
        Assert.Single(outcome.Diagnostics);
    }

    private static SpecChange Change(string rule, string? oldPointer, string? newPointer) =>
        new(rule, DiffRules.Find(rule)!.Level, rule + " at " + (oldPointer ?? newPointer),
            oldPointer is null ? null : new ChangeLocation(oldPointer, 1, 1),
            newPointer is null ? null : new ChangeLocation(newPointer, 1, 1));
}
