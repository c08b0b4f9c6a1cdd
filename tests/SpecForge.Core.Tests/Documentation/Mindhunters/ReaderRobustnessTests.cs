using System.Collections.Generic;
using System.Linq;
using SpecForge.Core.Documentation.Readers;

namespace SpecForge.Core.Tests.Documentation.Mindhunters;

public sealed class ReaderRobustnessTests
{
    public static TheoryData<string> Files() => new()
    {
        "llms.v1.txt", "llms.v2.txt", "get-a-single-pbx-extension-connector.md", "create-a-contact-pool.txt",
    };

    // Every reader gets every prefix of every seed (each kind read by the wrong reader too): diagnostics, never exceptions.
    [Theory]
    [MemberData(nameof(Files))]
    public void Every_reader_survives_every_prefix_of_every_seed(string file)
    {
        var (path, text) = MindhuntersFiles.Seed(file);

        foreach (var cut in Cuts(text.Length))
        {
            var prefix = text.Substring(0, cut);
            var index = DocsIndexReader.Read(path, prefix);
            var endpoint = EndpointPageReader.Read(path, prefix);
            var rendered = RenderedPageReader.Read(path, prefix);
            DocumentKinds.Detect(path, prefix);

            Assert.True(index.Entries.Count > 0 || index.Diagnostics.Count > 0);
            Assert.True(endpoint.Operations.Count > 0 || endpoint.Diagnostics.Count > 0);
            Assert.True(rendered.Operations.Count > 0 || rendered.Diagnostics.Count > 0);
        }
    }

    [Fact]
    public void A_truncated_newer_index_is_truncated_at_any_cut_inside_an_entry()
    {
        var (path, text) = MindhuntersFiles.Seed("llms.v2.txt");

        // Cutting right after an entry's title, inside its URL or inside a `code span` of its description.
        foreach (var marker in new[] { "](https://developers.mindhunters.ai/api-reference/contacts/", "[Create an agent", "`agent_uuid" })
        {
            var index = DocsIndexReader.Read(path, text.Substring(0, text.IndexOf(marker, System.StringComparison.Ordinal) + marker.Length));

            Assert.True(index.IsTruncated, marker);
        }
    }

    private static IEnumerable<int> Cuts(int length) =>
        Enumerable.Range(0, 120).Select(i => (int)((long)length * i / 120)).Concat(new[] { length }).Distinct();
}
