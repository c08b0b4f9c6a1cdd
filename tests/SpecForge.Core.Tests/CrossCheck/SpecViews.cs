using System.Threading.Tasks;
using SpecForge.Core.Reading;

namespace SpecForge.Core.Tests.CrossCheck;

/// <summary>One spec text as SpecForge and as NSwag.Core read it, with the version both readers go by.</summary>
internal sealed record SpecViews(string? Version, SpecView Ours, SpecView Theirs)
{
    public static async Task<SpecViews> ReadAsync(string path, string text)
    {
        text = text.TrimStart('\uFEFF');
        var tree = SpecFormats.Parse(path, text);
        Assert.True(tree.Root is not null, $"SpecForge could not parse {path}.");
        var version = SpecVersions.Of(tree.Root!);

        var ours = OpenApiReader.Read(path, text);
        Assert.True(ours.Document is not null, $"SpecForge could not read {path}.");

        // NSwag reads JSON only. A JSON spec goes to it untouched; a YAML spec is first turned into JSON by
        // SpecForge's own YAML parser, so for YAML that step is ours and only what follows is NSwag's own reading.
        var json = SpecFormats.FromPath(path) == SpecFormat.Json ? text : tree.Root!.ToJsonString();
        var theirs = await NSwag.OpenApiDocument.FromJsonAsync(json);

        return new SpecViews(
            version,
            SpecForgeViewReader.Read(ours.Document!, SpecVersions.IsSwagger2(version)),
            NSwagViewReader.Read(theirs));
    }
}
