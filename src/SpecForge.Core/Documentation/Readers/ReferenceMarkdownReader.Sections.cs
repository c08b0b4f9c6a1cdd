using System;
using System.Collections.Generic;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Documentation.Draft;

namespace SpecForge.Core.Documentation.Readers;

public sealed partial class ReferenceMarkdownReader
{
    // Verbs that open a section's description ("Manage products ...") and rarely end a section's title. Nouns that
    // double as verbs (Search, Export, Log, Queue, Track) are left out: "CRM Export Bulk-export ..." must keep "Export".
    private static readonly HashSet<string> OpeningVerbs = new(StringComparer.Ordinal)
    {
        "Access", "Assign", "Browse", "Configure", "Connect", "Create", "Define", "Delete", "Fetch", "Get", "Handle",
        "Invite", "List", "Manage", "Monitor", "Provide", "Read", "Retrieve", "Send", "Submit", "Transcribe", "Update",
        "Upload", "Use", "View",
    };

    private void ReadSection(Block block, int end)
    {
        _operation = null;
        _skippingOperation = false;
        var split = SplitSectionHeading(block.BodyStart, end);
        var name = Slice(block.BodyStart, split);
        if (name.Length == 0)
        {
            Report(DiagnosticCatalog.MarkdownSkipped, "A '##' section heading has no title; the section's text is skipped.", block.Start);
            _tag = null;
            _inSectionIntro = false;
            return;
        }

        _tag = new DraftTag
        {
            Name = name,
            Description = SliceOrNull(split, end),
            Source = SourceAt(block.Start),
        };
        _draft.Tags.Add(_tag);
        _inSectionIntro = true;
    }

    /// <summary>
    /// Where a section's title ends and its description starts. With line breaks the title is its line, unless that line
    /// reads as prose: a file collapsed only in part may keep a line end inside the description. Otherwise nothing marks
    /// the end, so the title is taken to be the leading run of capitalised words minus the word that opens the
    /// description: the one before the first lower-case word ("Universal Search | Search across ..."), moved back over
    /// acronyms ("Agents | Manage AI voice ...") and to an earlier opening verb ("Learning Hub | Manage Learning Hub
    /// canvases ..."). A capitalised word with trailing punctuation ("Read,") opens the description itself.
    /// </summary>
    private int SplitSectionHeading(int start, int end)
    {
        var lineEnd = IndexOfNewline(start, end);
        if (lineEnd >= 0 && !IsProse(Slice(start, lineEnd)))
        {
            return lineEnd;
        }

        var words = Words(start, end);
        var firstOfText = -1;
        for (var k = 1; k < words.Count && firstOfText < 0; k++)
        {
            if (!IsTitleWord(words[k]))
            {
                firstOfText = k;
            }
        }

        if (firstOfText < 0)
        {
            return end;
        }

        var opener = StartsCapitalised(words[firstOfText]) ? firstOfText : Math.Max(1, firstOfText - 1);
        while (opener > 1 && IsAcronym(words[opener]))
        {
            opener--;
        }

        if (!OpeningVerbs.Contains(Bare(words[opener])))
        {
            for (var k = opener - 1; k >= 1; k--)
            {
                if (OpeningVerbs.Contains(Bare(words[k])))
                {
                    opener = k;
                    break;
                }
            }
        }

        return words[opener].Start;
    }

    // Titles do not end sentences: "Manage contacts. Supports search" is a title with its description run on.
    private static bool IsProse(string line) =>
        line.EndsWith(".", StringComparison.Ordinal) || line.IndexOf(". ", StringComparison.Ordinal) >= 0;

    private List<(int Start, string Text)> Words(int start, int end)
    {
        var words = new List<(int Start, string Text)>();
        var i = SkipWhiteSpace(start, end);
        while (i < end)
        {
            var wordEnd = SkipToken(i, end);
            words.Add((i, _text.Substring(i, wordEnd - i)));
            i = SkipWhiteSpace(wordEnd, end);
        }

        return words;
    }

    // "Contacts", "CRM", "(In-App", "Agent)" and "&" belong to a title; "manage" or "Read," do not.
    private static bool IsTitleWord((int Start, string Text) word)
    {
        var text = word.Text;
        if (text == "&")
        {
            return true;
        }

        var last = text[text.Length - 1];
        var unbracketed = text.TrimStart('(');
        var startsTitle = StartsCapitalised(word) || (unbracketed.Length > 0 && char.IsDigit(unbracketed[0]));
        return startsTitle && last != '.' && last != ',' && last != ':' && last != ';';
    }

    private static bool StartsCapitalised((int Start, string Text) word)
    {
        var text = word.Text.TrimStart('(', '"', '\'');
        return text.Length > 0 && char.IsUpper(text[0]);
    }

    // "AI", "CRM", "B2B": capitals (and digits) only.
    private static bool IsAcronym((int Start, string Text) word)
    {
        var letters = 0;
        foreach (var c in word.Text)
        {
            if (!char.IsLetterOrDigit(c) || char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 2;
    }

    private static string Bare((int Start, string Text) word) => word.Text.TrimEnd('.', ',', ':', ';');
}
