using System.Linq;
using SpecForge.Generator.Tests.Infrastructure;
using SpecForge.Tests.SharedGenerator;

namespace SpecForge.Generator.Tests;

/// <summary>A &lt;SpecForgeTemplate&gt; whose file name equals a default template's replaces it.</summary>
public sealed class TemplateOverrideTests
{
    private const string Spec = """
        openapi: 3.0.0
        info: { title: T, version: "1" }
        paths: {}
        components:
          schemas:
            Thing:
              type: object
              properties:
                name: { type: string }
        """;

    [Fact]
    public void A_hook_override_adds_members_to_every_record()
    {
        var hook = "\n        /// <summary>Added by the user's template.</summary>\n        public string Describe() => \"{{TypeName}}\";\n";

        var (_, result, output) = GeneratorHarness.Run(new[]
        {
            new TestFile("/specs/api.yaml", Spec),
            new TestFile("/repo/MyTemplates/Dto.Members.hbs", hook, Kind: "Template"),
        });

        GeneratedCode.AssertCleanAndCompiles(result, output);
        var thing = output.GetTypeByMetadataName("Api.Thing")!;
        Assert.Single(thing.GetMembers("Describe"));
        Assert.Contains("=> \"Thing\";", GeneratorHarness.Sources(result).Single(s => s.HintName == "ApiClient.Dto.Thing.g.cs").Text);
    }

    [Fact]
    public void A_whole_template_can_be_replaced()
    {
        var (_, result, output) = GeneratorHarness.Run(new[]
        {
            new TestFile("/specs/api.yaml", Spec),
            // The converter reads and writes the record's members, so a replacement still declares them.
            new TestFile(
                "/repo/MyTemplates/Dto.hbs",
                "{{> FileHeader}}\nnamespace {{Namespace}} { public sealed partial record {{TypeName}} { {{#each Properties}}public {{{TypeName}}} {{Name}} { get; init; } = default!; {{/each}}public bool Replaced => true; } }",
                Kind: "Template"),
        });

        GeneratedCode.AssertCleanAndCompiles(result, output);
        var thing = output.GetTypeByMetadataName("Api.Thing");
        Assert.NotNull(thing);
        Assert.True(thing!.IsSealed);
        Assert.NotEmpty(thing.GetMembers("Replaced"));
    }
}
