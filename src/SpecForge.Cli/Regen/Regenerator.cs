using System.Collections.Generic;
using System.IO;
using System.Linq;
using System;
using SpecForge.Cli.Commands;
using SpecForge.Core.Collections;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Diffing;
using SpecForge.Core.Documentation;
using SpecForge.Core.Emitting;
using SpecForge.Core.Reading.External;
using SpecForge.Core;

namespace SpecForge.Cli.Regen;

/// <summary>One committed file: what is committed (null when missing) and what regeneration makes now.</summary>
/// <param name="Path">The file.</param>
/// <param name="Committed">Its current content, or null when it does not exist.</param>
/// <param name="Fresh">What it should contain.</param>
/// <param name="Semantic">For a normalized spec that changed, the API-level diff from committed to fresh.</param>
internal sealed record RegenArtifact(string Path, string? Committed, string Fresh, DiffReport? Semantic)
{
    // A checkout with CRLF line endings holds the same content; only the text matters.
    public bool IsStale => Committed is null || !string.Equals(Committed.Replace("\r\n", "\n"), Fresh, StringComparison.Ordinal);
}

/// <summary>What regenerating one API gives.</summary>
internal sealed record RegenResult(RegenApi Api, IReadOnlyList<RegenArtifact> Artifacts, IReadOnlyList<SpecDiagnostic> Errors);

/// <summary>
/// Recomputes every committed artifact of a manifest in memory: normalized specs from their documentation, and the
/// SDK surface from the (fresh) spec with the generator's own pipeline. Writing is the caller's choice.
/// </summary>
internal static class Regenerator
{
    public static IReadOnlyList<RegenResult> Run(RegenManifest manifest) => manifest.Apis.Select(api => Run(manifest, api)).ToList();

    private static RegenResult Run(RegenManifest manifest, RegenApi api)
    {
        var errors = new List<SpecDiagnostic>();
        var artifacts = new List<RegenArtifact>();
        string specText;
        if (api.Normalized is { } normalizedPath)
        {
            var documents = api.Sources
                .Select(path => new DocumentInput(NormalizeCommand.DisplayPath(path, manifest.SourceRoot), File.ReadAllText(path)))
                .ToList();
            var normalized = DocsNormalizer.Normalize(documents, api.Name);
            errors.AddRange(normalized.Diagnostics.Where(d => d.Severity == SpecSeverity.Error));
            if (normalized.Json is null)
            {
                return new RegenResult(api, artifacts, errors);
            }

            specText = normalized.Json;
            var committed = ReadIfExists(normalizedPath);
            var display = NormalizeCommand.DisplayPath(normalizedPath, manifest.SourceRoot);
            var artifact = new RegenArtifact(normalizedPath, committed, specText, null);
            artifacts.Add(artifact.IsStale && committed is not null
                ? artifact with { Semantic = SpecDiff.Compare(new DocumentInput(display, committed), new DocumentInput(display, specText)) }
                : artifact);
        }
        else
        {
            specText = File.ReadAllText(api.Spec!);
        }

        var input = SpecInput.Create(api.SdkInput, specText, api.Namespace, api.ClientName, rootNamespace: null) with { Files = SpecFileSource.Disk };
        var (parsed, emitted) = SpecPipeline.Run(input, EquatableArray<TemplateOverride>.Empty, EmitOptions.Latest);
        errors.AddRange(parsed.Diagnostics.Concat(emitted?.Diagnostics ?? EquatableArray<SpecDiagnostic>.Empty).Where(d => d.Severity == SpecSeverity.Error));
        if (emitted is not null)
        {
            artifacts.Add(new RegenArtifact(api.Surface, ReadIfExists(api.Surface), SdkSurface.Describe(emitted.Files), null));
        }

        return new RegenResult(api, artifacts, errors);
    }

    private static string? ReadIfExists(string path) => File.Exists(path) ? File.ReadAllText(path) : null;
}
