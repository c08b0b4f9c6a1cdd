using System;
using System.IO;
using System.Linq;
using SpecForge.Generator.Tests.Infrastructure;
using SpecForge.Tests.Shared;
using SpecForge.Tests.SharedGenerator;

namespace SpecForge.Generator.Tests;

/// <summary>
/// The same project built on two machines, or in two folders, compiles the same generated code: no absolute path or
/// documentation position reaches it, so builds are reproducible and a whitespace edit of the docs changes nothing.
/// </summary>
public sealed class DeterministicOutputTests
{
    private static readonly string[] Pages = { "get-a-single-pbx-extension-connector.md", "create-a-contact-pool.txt", "llms.v2.txt" };

    [Fact]
    public void Markdown_inputs_with_a_mock_give_byte_identical_sources_from_two_checkout_folders()
    {
        var first = Generate("/home/alice/src/sdk", edit: text => text);
        var second = Generate("/builds/agent-7/work/3f9c/sdk", edit: text => text);

        Assert.NotEmpty(first);
        Assert.Contains(first, f => f.HintName.Contains("MockServer", StringComparison.Ordinal));
        Assert.Equal(first.Select(f => f.HintName), second.Select(f => f.HintName));
        foreach (var (one, two) in first.Zip(second))
        {
            Assert.True(one.Text == two.Text, $"{one.HintName} differs between the two folders.");
            Assert.DoesNotContain("alice", one.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("agent-7", two.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Blank_lines_that_move_every_position_in_the_docs_leave_the_generated_sources_as_they_were()
    {
        var before = Generate("/repo", edit: text => text);
        var after = Generate("/repo", edit: text => "\n\n\n" + text + "\n\n");

        Assert.Equal(before.Select(f => f.HintName), after.Select(f => f.HintName));
        Assert.All(before.Zip(after), pair => Assert.True(pair.First.Text == pair.Second.Text, $"{pair.First.HintName} changed."));
    }

    private static (string HintName, string Text)[] Generate(string root, Func<string, string> edit)
    {
        var files = Pages
            .Select(name => new TestFile($"{root}/specs/mindhunters/{name}", edit(File.ReadAllText(RepoPaths.InRepo("specs", "mindhunters", name))), Api: "Mindhunters", Mock: "true"))
            .ToArray();
        var (_, result, output) = GeneratorHarness.Run(files);
        GeneratedCode.AssertCleanAndCompiles(result, output);
        return GeneratorHarness.Sources(result).Select(s => (s.HintName, s.Text)).OrderBy(s => s.HintName, StringComparer.Ordinal).ToArray();
    }
}
