using System.Linq;
using SpecForge.Core.Diffing;
using SpecForge.Core.Diffing.DocsIndex;

namespace SpecForge.Core.Tests.Diffing.DocsIndex;

public sealed class DocsIndexDifferTests
{
    [Fact]
    public void Every_rule_fires_once_on_the_rules_fixture_in_the_new_index_order()
    {
        // rules.old.txt / rules.new.txt: entries start on line 5, one per line. Against the old index the new one moves
        // "Place an order" from store to orders, drops "Delete a pet", rewrites the list-pets description, renames
        // "Remove tag from pet", adds "Update a pet", drops the legacy-sdks guide and adds the webhooks guide.
        var diff = DocsIndexDiffer.Compare(DocsIndexFiles.Fixture("rules.old.txt"), DocsIndexFiles.Fixture("rules.new.txt"));

        Assert.Equal(
            new[]
            {
                "docs-endpoint-moved Warning orders old=/api-reference/store/place-an-order(11,1) new=/api-reference/orders/place-an-order(5,1)",
                "docs-endpoint-removed Breaking pets old=/api-reference/pets/delete-a-pet(6,1) new=-",
                "docs-description-changed Info pets old=/api-reference/pets/list-pets(8,1) new=/api-reference/pets/list-pets(8,1)",
                "docs-endpoint-likely-renamed Warning pets old=/api-reference/pets/remove-tag-from-pet(9,1) new=/api-reference/pets/remove-a-tag-from-a-pet(9,1)",
                "docs-endpoint-added Info pets old=- new=/api-reference/pets/update-a-pet(10,1)",
                "docs-page-removed Info - old=/guides/legacy-sdks(13,1) new=-",
                "docs-page-added Info - old=- new=/guides/webhooks(13,1)",
            },
            DocsIndexFiles.Compact(diff.Changes));
    }

    [Fact]
    public void Messages_name_the_page_and_what_happened_to_it()
    {
        var diff = DocsIndexDiffer.Compare(DocsIndexFiles.Fixture("rules.old.txt"), DocsIndexFiles.Fixture("rules.new.txt"));

        Assert.Equal(
            new[]
            {
                "Endpoint 'Place an order' moved from group 'store' to 'orders'",
                "Endpoint 'Delete a pet' in pets removed",
                "Endpoint 'List pets' in pets: description changed from \"Returns all pets, newest first.\" to \"Returns pets page by page.\"",
                "Endpoint 'Remove tag from pet' in pets likely renamed to 'Remove a tag from a pet' (title similarity 1.00)",
                "Endpoint 'Update a pet' in pets added",
                "Page 'Legacy SDKs' (https://docs.example.com/guides/legacy-sdks.md) removed",
                "Page 'Webhooks' (https://docs.example.com/guides/webhooks.md) added",
            },
            diff.Changes.Select(c => c.Message));
    }

    [Fact]
    public void A_description_cut_with_an_ellipsis_or_appearing_from_nothing_is_not_a_change_but_is_noted()
    {
        // "Create a pet" is cut with "…" in the new index; "Get pet details" has a description only in the new one.
        var diff = DocsIndexDiffer.Compare(DocsIndexFiles.Fixture("rules.old.txt"), DocsIndexFiles.Fixture("rules.new.txt"));

        Assert.DoesNotContain(diff.Changes, c => c.New?.Pointer is "/api-reference/pets/create-a-pet" or "/api-reference/pets/get-pet-details");
        Assert.Equal(
            "1 page has a description only in the new index and 0 pages only in the old one; a description that appears or disappears is not reported, only one that differs.",
            Assert.Single(diff.Notes));
    }

    [Fact]
    public void Identical_indexes_have_no_changes_and_no_notes()
    {
        var index = DocsIndexFiles.Fixture("rules.old.txt");

        var diff = DocsIndexDiffer.Compare(index, DocsIndexFiles.Fixture("rules.old.txt"));

        Assert.Empty(diff.Changes);
        Assert.Empty(diff.Notes);
    }

    [Fact]
    public void Renames_pair_best_first_and_one_to_one()
    {
        // Scores against "Upload a pet photo file": "Upload pet photo" 3/4 = 0.75, "Upload pet photo file" 4/4 = 1. Taken
        // in index order the first old entry would win; best first, the exact word match does, and the other is removed.
        var old = DocsIndexFiles.Inline("old.txt",
            "- [Upload pet photo](https://d.example/api-reference/pets/upload-pet-photo.md)",
            "- [Upload pet photo file](https://d.example/api-reference/pets/upload-pet-photo-file.md)");
        var @new = DocsIndexFiles.Inline("new.txt",
            "- [Upload a pet photo file](https://d.example/api-reference/pets/upload-a-pet-photo-file.md)");

        var diff = DocsIndexDiffer.Compare(old, @new);

        Assert.Equal(
            new[]
            {
                "docs-endpoint-removed Breaking pets old=/api-reference/pets/upload-pet-photo(1,1) new=-",
                "docs-endpoint-likely-renamed Warning pets old=/api-reference/pets/upload-pet-photo-file(2,1) new=/api-reference/pets/upload-a-pet-photo-file(1,1)",
            },
            DocsIndexFiles.Compact(diff.Changes));
    }

    [Fact]
    public void Titles_sharing_only_half_their_words_or_in_another_group_are_not_renames()
    {
        // "Add tag to contact" and "Add a contact to the blacklist" share {add, contact} of {add, tag, contact, blacklist}: 0.5.
        // With nothing paired, both removals precede the first new entry.
        var old = DocsIndexFiles.Inline("old.txt",
            "- [Add tag to contact](https://d.example/api-reference/contacts/add-tag-to-contact.md)",
            "- [Archive a pet](https://d.example/api-reference/pets/archive-a-pet.md)");
        var @new = DocsIndexFiles.Inline("new.txt",
            "- [Add a contact to the blacklist](https://d.example/api-reference/contacts/add-a-contact-to-the-blacklist.md)",
            "- [Archive pet](https://d.example/api-reference/zoo/archive-pet.md)");

        var diff = DocsIndexDiffer.Compare(old, @new);

        Assert.Equal(
            new[] { "docs-endpoint-removed", "docs-endpoint-removed", "docs-endpoint-added", "docs-endpoint-added" },
            diff.Changes.Select(c => c.RuleId));
    }

    [Fact]
    public void A_page_under_another_group_with_the_same_title_but_another_slug_moved()
    {
        // The site numbers a repeated summary ("-1"), so the slug may differ while the title, compared ignoring case, does not.
        var old = DocsIndexFiles.Inline("old.txt", "- [Release a number](https://d.example/api-reference/numbers/release-a-number-1.md)");
        var @new = DocsIndexFiles.Inline("new.txt", "- [Release a Number](https://d.example/api-reference/phone-numbers/release-a-number.md)");

        var change = Assert.Single(DocsIndexDiffer.Compare(old, @new).Changes);

        Assert.Equal((DocsIndexRules.EndpointMoved.Id, "phone-numbers"), (change.RuleId, change.Tag));
    }

    [Fact]
    public void The_comparison_is_deterministic()
    {
        var first = DocsIndexDiffer.Compare(DocsIndexFiles.Seed("llms.v1.txt"), DocsIndexFiles.Seed("llms.v2.txt"));
        var second = DocsIndexDiffer.Compare(DocsIndexFiles.Seed("llms.v1.txt"), DocsIndexFiles.Seed("llms.v2.txt"));

        Assert.Equal(first.Changes, second.Changes);
        Assert.Equal(first.Notes, second.Notes);
    }

    [Fact]
    public void Rules_have_unique_docs_prefixed_kebab_case_ids()
    {
        Assert.All(DocsIndexRules.All, r => Assert.Matches("^docs(-[a-z]+)+$", r.Id));
        Assert.Equal(DocsIndexRules.All.Count, DocsIndexRules.All.Select(r => r.Id).Distinct().Count());
        Assert.Equal(ChangeLevel.Breaking, DocsIndexRules.EndpointRemoved.Level);
    }
}
