using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

using SpecForge.Core.Diagnostics;

namespace SpecForge.Cli.Regen;

/// <summary>
/// One API whose artifacts are committed. Either <see cref="Sources"/> (documentation normalized into
/// <see cref="Normalized"/>) or <see cref="Spec"/> (an OpenAPI file used as is) is set. Paths are absolute.
/// </summary>
internal sealed record RegenApi(
    string Name,
    IReadOnlyList<string> Sources,
    string? Normalized,
    string? Spec,
    string Namespace,
    string ClientName,
    string Surface)
{
    /// <summary>The OpenAPI document the SDK is generated from.</summary>
    public string SdkInput => Normalized ?? Spec!;
}

/// <summary>
/// <c>specs/specforge.json</c>: which sources make which committed files. Paths in it are relative to the manifest's
/// folder; <c>sourceRoot</c> (default: the folder above it) is what file names inside normalized specs are relative
/// to, so regeneration gives the same bytes wherever it is run from.
/// </summary>
internal sealed record RegenManifest(string Path, string SourceRoot, string? IgnoreFile, IReadOnlyList<RegenApi> Apis)
{
    /// <summary>The conventional manifest location, relative to a repository root.</summary>
    public static readonly string DefaultPath = System.IO.Path.Combine("specs", "specforge.json");

    /// <summary>Reads the manifest, or returns the reason it cannot be used.</summary>
    public static (RegenManifest? Manifest, SpecDiagnostic? Error) Load(string path)
    {
        if (!File.Exists(path))
        {
            return (null, CliDiagnostics.FileNotFound(path));
        }

        if (CliDiagnostics.TryRead(path, out var unreadable) is not { } text)
        {
            return (null, unreadable);
        }

        try
        {
            using var json = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
            string Resolve(string relative) => System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, relative));
            var root = json.RootElement;
            var apis = new List<RegenApi>();
            foreach (var api in Array(root, "apis", path))
            {
                var name = Text(api, "name", path)!;
                var sources = api.TryGetProperty("sources", out _) ? Array(api, "sources", path).Select(s => Resolve(s.GetString()!)).ToList() : new List<string>();
                var spec = Text(api, "spec", path, optional: true);
                var normalized = Text(api, "normalized", path, optional: true);
                if ((sources.Count > 0) == (spec is not null) || (sources.Count > 0) != (normalized is not null))
                {
                    throw new FormatException($"API '{name}' needs either 'sources' with 'normalized', or 'spec'.");
                }

                apis.Add(new RegenApi(
                    name,
                    sources,
                    normalized is null ? null : Resolve(normalized),
                    spec is null ? null : Resolve(spec),
                    Text(api, "namespace", path)!,
                    Text(api, "clientName", path)!,
                    Resolve(Text(api, "surface", path)!)));
            }

            var ignore = Text(root, "ignoreFile", path, optional: true);
            return (new RegenManifest(path, Resolve(Text(root, "sourceRoot", path, optional: true) ?? ".."), ignore is null ? null : Resolve(ignore), apis), null);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            var line = ex is JsonException { LineNumber: { } zeroBased } ? (int)zeroBased + 1 : 1;
            return (null, SpecDiagnostic.Create(DiagnosticCatalog.InputFileUnreadable, "The manifest cannot be used: " + ex.Message, path, line, 1));
        }
    }

    private static IEnumerable<JsonElement> Array(JsonElement element, string name, string path) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : throw new FormatException($"'{name}' must be an array in {path}.");

    private static string? Text(JsonElement element, string name, string path, bool optional = false) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : optional ? null : throw new FormatException($"'{name}' must be a string in {path}.");
}
