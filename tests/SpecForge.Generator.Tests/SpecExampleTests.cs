using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using SpecForge.Core;
using SpecForge.Generator.Tests.Infrastructure;
using SpecForge.Tests.Shared;
using SpecForge.Tests.SharedGenerator;

namespace SpecForge.Generator.Tests;

/// <summary>
/// The corpus specs' own examples, written by their vendors: every example the runtime's schema validator accepts
/// (the judge the mock uses, reading the normalized spec) is read by the generated converters and passes the
/// generated validators. Vendors' examples are not all valid (Twilio sends prices as strings, S3 booleans as
/// strings), so an example the schema validator rejects proves nothing either way and is only counted.
/// </summary>
public sealed class SpecExampleTests
{
    [CorpusTheory]
    [MemberData(nameof(SynthesizedDataTests.Specs), MemberType = typeof(SynthesizedDataTests))]
    public void Examples_the_schema_accepts_are_read_and_pass_the_generated_validators(string spec)
    {
        var path = Path.Combine(RepoPaths.Corpus, spec);
        var text = File.ReadAllText(path);
        var model = SpecPipeline.Parse(SpecInput.Create(path, text, null, null, null), includeSpecJson: true).Model!;
        using var document = JsonDocument.Parse(model.SpecJson!);
        var examples = SpecExamples.Collect(document.RootElement);
        if (examples.Count == 0)
        {
            return;
        }

        var (_, result, output) = GeneratorHarness.Run(new[] { new TestFile(path, text, Mock: "true") });
        GeneratedCode.AssertCleanAndCompiles(result, output);
        using var assembly = LoadedAssembly.From(output);
        var judge = new GeneratedSchemaValidator(assembly, model.Namespace, document.RootElement);
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        var recordNames = model.Dtos.GroupBy(d => d.SchemaPath).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);

        var failures = new List<string>();
        int accepted = 0, rejected = 0;
        foreach (var example in examples)
        {
            var pointer = "/components/schemas/" + example.SchemaName.Replace("~", "~0").Replace("/", "~1");
            var type = recordNames.TryGetValue(pointer, out var name) ? assembly.Assembly.GetType(model.Namespace + "." + name.TrimStart('@')) : null;
            if (type is null || type.IsAbstract)
            {
                continue;
            }

            if (judge.Violations(example.Value, schemas.GetProperty(example.SchemaName), example.IsRequest).Count > 0)
            {
                rejected++;
                continue;
            }

            accepted++;
            if (TypedReading.Failure(type, Encoding.UTF8.GetBytes(example.Value.GetRawText())) is { } failure)
            {
                failures.Add($"{example.Where} as {name}: {failure}");
            }
        }

        Assert.True(
            failures.Count == 0,
            $"{failures.Count} of the {accepted} examples the schema accepts fail the generated code ({rejected} rejected by the schema):\n" + string.Join("\n", failures.Take(20)));
    }

    /// <summary>The runtime's schema validator as emitted into the compilation (internal, so reached by reflection).</summary>
    private sealed class GeneratedSchemaValidator
    {
        private readonly object _validator;
        private readonly MethodInfo _validate;
        private readonly Type _violationList;
        private readonly object _request;
        private readonly object _response;

        public GeneratedSchemaValidator(LoadedAssembly assembly, string ns, JsonElement root)
        {
            var type = assembly.Type(ns + ".SpecForge.Validation.SchemaValidator");
            _validator = Activator.CreateInstance(type, root)!;
            _validate = type.GetMethod("Validate")!;
            _violationList = typeof(List<>).MakeGenericType(assembly.Type(ns + ".SpecForge.ConstraintViolation"));
            var direction = assembly.Type(ns + ".SpecForge.Validation.SchemaDirection");
            _request = Enum.Parse(direction, "Request");
            _response = Enum.Parse(direction, "Response");
        }

        public IList Violations(JsonElement instance, JsonElement schema, bool isRequest)
        {
            var violations = (IList)Activator.CreateInstance(_violationList)!;
            _validate.Invoke(_validator, new[] { instance, schema, string.Empty, isRequest ? _request : _response, violations });
            return violations;
        }
    }
}
