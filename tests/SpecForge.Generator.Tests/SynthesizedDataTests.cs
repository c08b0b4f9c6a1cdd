using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using SpecForge.Core;
using SpecForge.Core.Modeling;
using SpecForge.Generator.Tests.Infrastructure;
using SpecForge.Tests.Shared;
using SpecForge.Tests.SharedGenerator;

namespace SpecForge.Generator.Tests;

/// <summary>
/// Property test over every component schema of the corpus: what the mock synthesizes for a schema (three fixed seeds)
/// is read by the generated converters and passes the generated validators. Everything runs inside the generated SDK
/// (its mock runtime's synthesizer, its converters, its typed validators), compiled and loaded, so a disagreement
/// between the mock and the typed code shows up here.
/// </summary>
public sealed class SynthesizedDataTests
{
    private static readonly ulong[] Seeds = { 1, 2, 3 };

    public static IEnumerable<object[]> Specs()
    {
        var files = new[] { "petstore", "vendor", "apisguru", "large" }.SelectMany(RepoPaths.CorpusFiles).ToList();
        return files.Count == 0
            ? new[] { new object[] { "(corpus absent)" } }
            : files.Select(f => new object[] { Path.GetRelativePath(RepoPaths.Corpus, f) });
    }

    [CorpusTheory]
    [MemberData(nameof(Specs))]
    public void Synthesized_data_passes_the_generated_validators(string spec)
    {
        var path = Path.Combine(RepoPaths.Corpus, spec);
        var text = File.ReadAllText(path);
        var parsed = SpecPipeline.Parse(SpecInput.Create(path, text, null, null, null), includeSpecJson: true);
        Assert.NotNull(parsed.Model?.SpecJson);
        var model = parsed.Model!;

        var (_, result, output) = GeneratorHarness.Run(new[] { new TestFile(path, text, Mock: "true") });
        GeneratedCode.AssertCleanAndCompiles(result, output);
        using var assembly = LoadedAssembly.From(output);

        using var document = JsonDocument.Parse(model.SpecJson!);
        var synthesizer = new GeneratedSynthesizer(assembly, model.Namespace, document.RootElement);
        var failures = new List<string>();
        var checkedValues = 0;
        foreach (var dto in ComponentRecords(model, document.RootElement))
        {
            var type = assembly.Assembly.GetType(model.Namespace + "." + dto.Record.Name.TrimStart('@'));
            if (type is null || type.IsAbstract)
            {
                continue;
            }

            foreach (var seed in Seeds)
            {
                var json = synthesizer.Synthesize(dto.Schema, seed);
                checkedValues++;
                if (TypedReading.Failure(type, json) is { } failure)
                {
                    failures.Add($"{dto.Record.SchemaPath} (seed {seed}): {failure}\n    {Encoding.UTF8.GetString(json)}");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedValues} synthesized values failed:\n" + string.Join("\n", failures.Take(20)));
    }

    // Records declared as components; inline records have no schema of their own to synthesize from.
    private static IEnumerable<(DtoModel Record, JsonElement Schema)> ComponentRecords(ApiModel model, JsonElement root)
    {
        const string prefix = "/components/schemas/";
        foreach (var dto in model.Dtos.Where(d => d.SchemaPath.StartsWith(prefix, StringComparison.Ordinal) && d.SchemaPath.IndexOf('/', prefix.Length) < 0))
        {
            var name = dto.SchemaPath.Substring(prefix.Length).Replace("~1", "/").Replace("~0", "~");
            if (root.TryGetProperty("components", out var components)
                && components.TryGetProperty("schemas", out var schemas)
                && schemas.TryGetProperty(name, out var schema))
            {
                yield return (dto, schema);
            }
        }
    }

    /// <summary>The runtime's synthesizer as emitted into the compilation (internal, so reached by reflection).</summary>
    private sealed class GeneratedSynthesizer
    {
        private readonly object _synthesizer;
        private readonly MethodInfo _synthesize;
        private readonly object _responseDirection;

        public GeneratedSynthesizer(LoadedAssembly assembly, string ns, JsonElement root)
        {
            var document = Activator.CreateInstance(assembly.Type(ns + ".SpecForge.Mocking.MockDocument"), root)!;
            var validator = Activator.CreateInstance(assembly.Type(ns + ".SpecForge.Validation.SchemaValidator"), root)!;
            var type = assembly.Type(ns + ".SpecForge.Mocking.SchemaSynthesizer");
            _synthesizer = Activator.CreateInstance(type, document, validator)!;
            _synthesize = type.GetMethod("Synthesize")!;
            _responseDirection = Enum.Parse(assembly.Type(ns + ".SpecForge.Validation.SchemaDirection"), "Response");
        }

        public byte[] Synthesize(JsonElement schema, ulong seed) => (byte[])_synthesize.Invoke(_synthesizer, new object[] { schema, seed, _responseDirection })!;
    }
}
