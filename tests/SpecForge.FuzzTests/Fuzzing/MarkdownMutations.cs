using System;
using System.Linq;

namespace SpecForge.FuzzTests.Fuzzing;

/// <summary>Mutations aimed at the documentation readers: broken headings, parameter lines, fences and examples.</summary>
internal static class MarkdownMutations
{
    private static readonly string[] Insertions =
    {
        "### GET", "### BOGUS /x", "### GET /a/{b/{c}}", "### POST /" + new string('a', 3000), "## ", "#", "```", "```json\n{\"a\":1,\"a\":2}\n```",
        "```json\n" + new string('[', 5000) + new string(']', 5000) + "\n```", "```yaml\nopenapi: 3.1.0\npaths: {\"/x\": {get: {responses: {\"200\": {description: ok}}}}}\n```",
        "- `name` (query", "- `x` (body, string, required): One of: a, b, or", "- `y` (query, integer): (1-99999999999999999999, default abc)",
        "- `z` (path, uuid[]|null): " + new string('x', 20000), "Parameters:", "Returns 999 Teapot", "**Scopes:** `a` `b`",
        "curl -X POST https://x/y -d '{\"a\":1,\"a\":2}'", "curl -X POST https://x/y -d '" + new string('{', 400) + "'",
        "- [Title](https://docs.example.com/api/x.md): description", "> Legacy alias: GET /deals", "| a | b |\n|---|", "\t\t\t",
        "Required range: 99999999999999999999 <= x <= -1", "Available options: ", "<script>alert(1)</script>",
    };

    public static (string Text, string Name) Apply(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            var at = random.Next(lines.Count + 1);
            var insertion = random.Next(4) == 0 ? HostileText.Next(random) : Insertions.Pick(random);
            lines.Insert(at, insertion);
        }

        return (string.Join("\n", lines), $"markdown-insert-{count}");
    }
}
