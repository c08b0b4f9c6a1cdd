using System;
using System.Linq;
using System.Text.Json.Nodes;
using SpecForge.Core.Reading;

namespace SpecForge.FuzzTests.Fuzzing;

/// <summary>Makes fuzz case number <c>index</c> of a run with a given seed, the same every time.</summary>
internal sealed class FuzzCaseFactory
{
    private readonly SeedCorpus _corpus;
    private readonly int _seed;

    public FuzzCaseFactory(SeedCorpus corpus, int seed)
    {
        _corpus = corpus;
        _seed = seed;
    }

    public FuzzInput Create(int index)
    {
        var random = new Random(unchecked((_seed * 1_000_003) ^ (index * 7_919)));
        var seed = _corpus.Pick(random);
        var (text, mutation) = Mutate(seed, random);
        var target = PickTarget(seed, random);
        return new FuzzInput($"{_seed}:{index}", target, seed.Path, text, seed.Text, seed.Name, mutation);
    }

    private static FuzzTarget PickTarget(Seed seed, Random random) => random.Next(10) switch
    {
        < 5 => seed.IsDocumentation ? FuzzTarget.Normalize : FuzzTarget.Generate,
        < 7 => FuzzTarget.Generate,
        < 9 => FuzzTarget.DiffNew,
        _ => FuzzTarget.DiffOld,
    };

    private static (string Text, string Name) Mutate(Seed seed, Random random)
    {
        var choice = random.Next(10);
        if (seed.IsDocumentation)
        {
            return choice < 5 ? MarkdownMutations.Apply(seed.Text, random) : TextMutations.Apply(seed.Text, random);
        }

        if (choice < 7 && SpecFormats.Parse(seed.Path, seed.Text).Root is { } tree)
        {
            var name = TreeMutations.Apply(tree, random);
            var yaml = SpecFormats.FromPath(seed.Path) == SpecFormat.Yaml && random.Next(4) != 0;
            var repeat = random.Next(12) == 0 ? RepeatTarget(tree, random) : null;
            return (TreeWriter.Write(tree, yaml, repeat), name + (repeat is null ? string.Empty : "+repeated-key"));
        }

        return TextMutations.Apply(seed.Text, random);
    }

    private static JsonObject? RepeatTarget(JsonNode tree, Random random)
    {
        var objects = TreeNodes.All(tree).OfType<JsonObject>().Where(o => o.Count > 0).ToList();
        return objects.Count > 0 ? objects.Pick(random) : tree as JsonObject;
    }
}
