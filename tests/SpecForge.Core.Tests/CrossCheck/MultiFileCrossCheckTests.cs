using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.OpenApi;
using SpecForge.Core.Reading;
using SpecForge.Core.Reading.External;
using SpecForge.Tests.Shared;

namespace SpecForge.Core.Tests.CrossCheck;

/// <summary>
/// Redocly's cafe (../shared/corpus/multifile/redocly-cafe, 45 files) bundled by SpecForge against the bundle Redocly's
/// own CLI makes of it (build/install-redocly.sh; NSwag and Microsoft.OpenApi cannot follow a path item's $ref to a
/// file): the same operations, parameters, request and response members and component names, so bundling neither
/// drops nor invents anything.
/// </summary>
public sealed class MultiFileCrossCheckTests
{
    private static readonly string Cafe = Path.Combine(RepoPaths.Corpus, "multifile", "redocly-cafe", "openapi", "openapi.yaml");

    internal static string Redocly { get; } =
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "specforge-redocly", "node_modules", ".bin", "redocly");

    [RedoclyFact]
    public async Task Redocly_cafe_bundled_by_SpecForge_reads_like_the_bundle_Redocly_makes()
    {
        var bundled = SpecBundle.Bundle(Cafe, File.ReadAllText(Cafe), SpecFileSource.Disk);
        Assert.Empty(bundled.Diagnostics);
        var ours = OpenApiReader.Read("cafe.specforge.json", bundled.Json!);
        Assert.DoesNotContain(ours.Diagnostics, d => d.Severity == SpecForge.Core.Diagnostics.SpecSeverity.Error);

        var folder = Directory.CreateTempSubdirectory("specforge-redocly");
        try
        {
            var output = Path.Combine(folder.FullName, "cafe.redocly.json");
            var start = new ProcessStartInfo(Redocly) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "bundle", Cafe, "-o", output })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["REDOCLY_TELEMETRY"] = "off";
            start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
            using var run = Process.Start(start)!;
            var stderr = run.StandardError.ReadToEndAsync();
            await run.StandardOutput.ReadToEndAsync();
            await run.WaitForExitAsync();
            Assert.True(run.ExitCode == 0 && File.Exists(output), "redocly bundle failed: " + await stderr);
            var theirs = OpenApiReader.Read("cafe.redocly.json", File.ReadAllText(output));

            var theirView = Describe(theirs.Document!);
            Assert.True(theirView.Count >= 10, "Redocly's bundle has only: " + string.Join("\n", theirView));
            Assert.Equal(theirView, Describe(ours.Document!));

            // Both name the components a file holds after the file.
            Assert.Equal(SchemaNames(theirs.Document!), SchemaNames(ours.Document!));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string[] SchemaNames(OpenApiDocument document) =>
        (document.Components?.Schemas?.Keys ?? Enumerable.Empty<string>()).OrderBy(k => k, StringComparer.Ordinal).ToArray();

    // One line per operation: method, path, operationId, parameters, and the members of the request and 2xx responses.
    private static List<string> Describe(OpenApiDocument document)
    {
        var lines = new List<string>();
        foreach (var (path, pathItem) in document.Paths)
        {
            foreach (var (method, operation) in pathItem.Operations ?? new Dictionary<System.Net.Http.HttpMethod, OpenApiOperation>())
            {
                var parameters = (pathItem.Parameters ?? Array.Empty<IOpenApiParameter>()).Concat(operation.Parameters ?? Array.Empty<IOpenApiParameter>())
                    .Select(p => $"{p.Name} in {p.In}{(p.Required ? " required" : string.Empty)}")
                    .OrderBy(p => p, StringComparer.Ordinal);
                var request = Members(operation.RequestBody?.Content?.Values.FirstOrDefault()?.Schema);
                var responses = (operation.Responses ?? new OpenApiResponses())
                    .Where(r => r.Key.StartsWith("2", StringComparison.Ordinal))
                    .Select(r => r.Key + "=" + Members(r.Value.Content?.Values.FirstOrDefault()?.Schema));
                lines.Add($"{method.Method} {path} {operation.OperationId} [{string.Join(", ", parameters)}] request={request} {string.Join(" ", responses)}");
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    // The members a schema declares, allOf/oneOf/anyOf parts and array items followed, names sorted.
    private static string Members(IOpenApiSchema? schema)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        Collect(schema, names, 0);
        return "{" + string.Join(",", names) + "}";

        static void Collect(IOpenApiSchema? schema, SortedSet<string> names, int depth)
        {
            if (schema is null || depth > 8)
            {
                return;
            }

            names.UnionWith(schema.Properties?.Keys ?? Enumerable.Empty<string>());
            foreach (var part in (schema.AllOf ?? new List<IOpenApiSchema>()).Concat(schema.OneOf ?? new List<IOpenApiSchema>()).Concat(schema.AnyOf ?? new List<IOpenApiSchema>()))
            {
                Collect(part, names, depth + 1);
            }

            Collect(schema.Items, names, depth + 1);
        }
    }
}

/// <summary>Needs the corpus and Redocly CLI (build/install-redocly.sh, which .ci/run calls): skipped, saying which, without them.</summary>
internal sealed class RedoclyFactAttribute : FactAttribute
{
    public RedoclyFactAttribute()
    {
        if (!Directory.Exists(RepoPaths.Corpus))
        {
            Skip = $"The spec corpus folder {RepoPaths.Corpus} is absent.";
        }
        else if (!File.Exists(MultiFileCrossCheckTests.Redocly))
        {
            Skip = "Redocly CLI is not installed; run build/install-redocly.sh.";
        }
    }
}
