using SpecForge.Core.Diagnostics;
using SpecForge.Core.Emitting;

namespace SpecForge.Core.Tests.Emitting;

public sealed class TemplateScannerTests
{
    private static readonly string[] Known = { "FileHeader", "Dto.Property" };

    [Theory]
    [InlineData("a\n{{#each Items}}\n{{Name}}\n", 2, 1, "never closed")]
    [InlineData("{{#if A}}\n  {{/each}}", 2, 3, "closes the '{{#if}}' block opened at line 1")]
    [InlineData("x {{/if}}", 1, 3, "never opened")]
    [InlineData("ok\nthen {{Name", 2, 6, "never closed with '}}'")]
    [InlineData("{{> Missing}}", 1, 1, "'Missing' does not exist")]
    [InlineData("{{!-- open comment", 1, 1, "'--}}'")]
    public void Problems_are_located(string template, int line, int column, string message)
    {
        var problem = TemplateScanner.Scan(template, Known);

        Assert.NotNull(problem);
        Assert.Equal(new SourcePosition(line, column), problem!.Position);
        Assert.Contains(message, problem.Message);
    }

    [Theory]
    [InlineData("{{> FileHeader}}\n{{#each Properties}}{{> Dto.Property}}{{else}}none{{/each}}")]
    [InlineData("{{!-- {{#if}} inside a comment --}}{{{Raw}}}")]
    [InlineData("{{#if A}}{{#unless B}}x{{/unless}}{{/if}}")]
    public void Sound_templates_pass(string template) => Assert.Null(TemplateScanner.Scan(template, Known));

    [Fact]
    public void Every_default_template_is_sound()
    {
        foreach (var template in DefaultTemplates.ByName.Values)
        {
            Assert.Null(TemplateScanner.Scan(template.Text, new System.Collections.Generic.List<string>(DefaultTemplates.ByName.Keys)));
        }

        Assert.Contains("Dto", DefaultTemplates.ByName.Keys);
        Assert.Contains("Client.Method", DefaultTemplates.ByName.Keys);
        Assert.Equal("templates/csharp/_partials/FileHeader.hbs", DefaultTemplates.ByName["FileHeader"].FilePath);
    }
}
