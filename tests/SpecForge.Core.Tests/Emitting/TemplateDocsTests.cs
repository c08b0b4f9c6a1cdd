using System;
using System.IO;
using System.Linq;
using SpecForge.Core.Emitting;
using SpecForge.Tests.Shared;

namespace SpecForge.Core.Tests.Emitting;

/// <summary>docs/templates.md and the catalog it is written from stay equal to the templates that exist.</summary>
public sealed class TemplateDocsTests
{
    private static readonly string DocsPath = RepoPaths.InRepo("docs", "templates.md");

    [Fact]
    public void The_catalog_lists_every_default_template_once_and_nothing_else()
    {
        var catalogued = TemplateCatalog.All.Select(e => e.Name).ToList();

        Assert.Equal(catalogued.Count, catalogued.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(DefaultTemplates.ByName.Keys.OrderBy(n => n, StringComparer.Ordinal), catalogued.OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void Hooks_render_nothing_but_a_keyword_by_default()
    {
        foreach (var hook in TemplateCatalog.All.Where(e => e.IsHook))
        {
            var text = DefaultTemplates.ByName[hook.Name].Text;
            var withoutComment = text.Substring(text.IndexOf("~}}", StringComparison.Ordinal) + 3).Trim();
            Assert.True(withoutComment is "" or "record", $"{hook.Name} renders '{withoutComment}' by default.");
        }
    }

    [Fact]
    public void Docs_list_every_template_and_every_model_member_as_the_code_has_them()
    {
        var generated = TemplateReference.Write();
        var current = File.ReadAllText(DocsPath).Replace("\r\n", "\n");
        var marker = current.IndexOf(TemplateReference.Marker, StringComparison.Ordinal);
        Assert.True(marker >= 0, $"{DocsPath} lost the line '{TemplateReference.Marker}'.");
        var expected = current.Substring(0, marker + TemplateReference.Marker.Length) + "\n\n" + generated;

        if (current != expected && Environment.GetEnvironmentVariable("SPECFORGE_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(DocsPath, expected);
            return;
        }

        Assert.True(current == expected, $"docs/templates.md is stale; run the tests with SPECFORGE_ACCEPT_SNAPSHOTS=1 and review the diff.\n--- expected reference ---\n{generated}");
    }
}
