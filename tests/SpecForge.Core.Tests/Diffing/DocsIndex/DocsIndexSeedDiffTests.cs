using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpecForge.Core.Diffing;
using SpecForge.Core.Diffing.DocsIndex;
using SpecForge.Core.Documentation;

namespace SpecForge.Core.Tests.Diffing.DocsIndex;

/// <summary>
/// <c>specforge diff llms.v1.txt llms.v2.txt</c> on the Mindhunters seeds. The expected figures were counted by hand with
/// a Python script over the two files (entries split at " - [", group and slug taken from the URL as the reader does,
/// descriptions compared after collapsing whitespace and cutting a trailing "…"):
/// <list type="bullet">
/// <item><description>v2 stops inside its 163rd entry, flows/deploy-a-flow-—-flips-it-from-draft-to-live (line 1, column 52012).
/// Both files list the Docs section in URL order (checked: sorted by the URL without ".md"), so v1 is compared up to
/// its 91st entry (evaluations, "Get paginated list of session evaluations"); its 92nd, api-reference/introduction.md,
/// sorts after flows, and it and the 61 after it (listings, phone-numbers, …, guides, the Optional links) are left out.</description></item>
/// <item><description>68 of the 91 compared v1 endpoints keep their group and slug in v2. The other 23: dataimport (13, the
/// group is gone), agents (8 guard- and routing-rule pages), contacts "Add tag to contact" and "Remove tag from contact".</description></item>
/// <item><description>"Remove tag from contact" → "Remove a tag from a contact" scores 1.0, the only rename; "Add tag to
/// contact" scores 0.5 at best ("Add a contact to the blacklist") and is removed: 22 removed, 1 likely renamed.</description></item>
/// <item><description>v2's 163 endpoints minus the 69 paired: 94 added, 10 of them in agent-channel-bindings.</description></item>
/// <item><description>Of the 68 kept pages, 30 have a description on both sides and 27 of those differ; the renamed pair's
/// differ too: 28 description changes. 38 kept pages have a description only in v2, none only in v1.</description></item>
/// <item><description>No slug or title reappears under another group and no guide lies in the compared range: no move,
/// no page rule.</description></item>
/// </list>
/// </summary>
public sealed class DocsIndexSeedDiffTests
{
    private static DocsIndexDiff Diff() => DocsIndexDiffer.Compare(DocsIndexFiles.Seed("llms.v1.txt"), DocsIndexFiles.Seed("llms.v2.txt"));

    [Fact]
    public void The_seed_diff_has_the_counts_counted_by_hand()
    {
        var byRule = Diff().Changes.GroupBy(c => c.RuleId).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(
            new Dictionary<string, int>
            {
                ["docs-endpoint-added"] = 94,
                ["docs-endpoint-removed"] = 22,
                ["docs-endpoint-likely-renamed"] = 1,
                ["docs-description-changed"] = 28,
            },
            byRule);
    }

    [Fact]
    public void The_seed_diff_finds_the_known_rename_removals_and_new_groups()
    {
        var changes = Diff().Changes;

        var rename = Assert.Single(changes, c => c.RuleId == DocsIndexRules.EndpointLikelyRenamed.Id);
        Assert.Equal(
            "docs-endpoint-likely-renamed Warning contacts old=/api-reference/contacts/remove-tag-from-contact(1,11031) new=/api-reference/contacts/remove-a-tag-from-a-contact(1,40150)",
            DocsIndexFiles.Compact(rename));
        var removed = changes.Where(c => c.RuleId == DocsIndexRules.EndpointRemoved.Id).ToList();
        Assert.Equal(13, removed.Count(c => c.Tag == "dataimport"));
        Assert.Equal(8, removed.Count(c => c.Tag == "agents"));
        Assert.Equal("/api-reference/contacts/add-tag-to-contact", Assert.Single(removed, c => c.Tag == "contacts").Old!.Pointer);
        Assert.Contains(removed, c => DocsIndexFiles.Compact(c) == "docs-endpoint-removed Breaking dataimport old=/api-reference/dataimport/delete-a-record(1,12453) new=-");
        Assert.Equal(10, changes.Count(c => c.RuleId == DocsIndexRules.EndpointAdded.Id && c.Tag == "agent-channel-bindings"));
    }

    [Fact]
    public void Nothing_past_the_truncation_point_is_reported()
    {
        var v1 = DocsIndexFiles.Seed("llms.v1.txt");
        var lastCompared = v1.Entries[90];
        Assert.Equal(("Get paginated list of session evaluations", "Introduction"), (lastCompared.Title, v1.Entries[91].Title));

        var changes = Diff().Changes;

        Assert.All(changes.Where(c => c.Old is not null), c => Assert.True(c.Old!.Column <= lastCompared.Source.Column, c.Message));
        var pastTheCut = new[] { "listings", "phone-numbers", "schedules", "sessions", "sms", "tasks", "transcriptions", "whatsapp", "whatsapp-calling" };
        Assert.DoesNotContain(changes, c => pastTheCut.Contains(c.Tag));
        Assert.DoesNotContain(changes, c => c.Tag is null);
    }

    [Fact]
    public void The_seed_notes_say_which_file_is_cut_where_and_what_was_left_out()
    {
        var notes = Diff().Notes;

        Assert.Equal(3, notes.Count);
        Assert.Equal(
            $"{DocsIndexFiles.SeedPath("llms.v2.txt")} is truncated: the comparison stops at its last entry 'Deploy a flow — flips it from draft to live' "
            + "(https://developers.mindhunters.ai/api-reference/flows/deploy-a-flow-—-flips-it-from-draft-to-live.md, line 1, column 52012); "
            + $"the 62 entries of {DocsIndexFiles.SeedPath("llms.v1.txt")} after it were left out of the comparison.",
            notes[0]);
        Assert.Equal("An endpoint page reported removed may instead have moved to a group that sorts after the point where the truncated new index stops.", notes[1]);
        Assert.StartsWith("38 pages have a description only in the new index and 0 pages only in the old one;", notes[2]);
    }

    [Fact]
    public void The_cli_path_dispatches_two_indexes_to_the_docs_index_differ()
    {
        var old = DocsIndexFiles.SeedPath("llms.v1.txt");
        var @new = DocsIndexFiles.SeedPath("llms.v2.txt");

        var report = SpecDiff.Compare(new DocumentInput(old, File.ReadAllText(old)), new DocumentInput(@new, File.ReadAllText(@new)));

        Assert.Equal(DiffInputKind.DocsIndex, report.Kind);
        Assert.Equal(94 + 22 + 1 + 28, report.Changes.Count);
        Assert.Equal(3, report.Notes.Count);
    }
}
