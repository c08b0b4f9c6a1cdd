using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.OpenApi.Reader;
using SpecForge.Core;
using SpecForge.Core.Collections;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Documentation.Writing;
using SpecForge.Core.Emitting;
using SpecForge.Core.Emitting.Runtime;
using SpecForge.Core.Modeling;
using SpecForge.Tests.Shared;
using SpecForge.Tests.SharedGenerator;

namespace SpecForge.Generator.Tests.Escaping;

/// <summary>
/// Reads a spec from a JSON tree in memory rather than from text, which is the only way to hand the modeling and
/// emitting stages strings no file can carry (lone surrogates), and emits it with the mock.
/// </summary>
internal static class InMemory
{
    public static EmitResult Emit(JsonObject spec)
    {
        var read = new OpenApiJsonReader().Read(spec, new Uri("file:///specforge/spec.json"), new OpenApiReaderSettings { LoadExternalRefs = false });
        Assert.NotNull(read.Document);
        var diagnostics = new List<SpecDiagnostic>();
        var model = ApiModelBuilder.Build(read.Document!, "/specs/escaping.json", new StartLocator(), "Escaping", "EscapingClient", SpecForge.Core.Emitting.ArtifactTypeNames.For("EscapingClient"), diagnostics);
        Assert.DoesNotContain(diagnostics, d => d.Severity == SpecSeverity.Error);
        var withMock = model with { SpecJson = SpecJson.Write(read.Document!), HasMock = true };
        var sdk = SpecPipeline.Emit(withMock, EquatableArray<TemplateOverride>.Empty, EmitOptions.Latest);
        var runtime = SpecPipeline.EmitRuntime(new RuntimeRequest(withMock.RuntimeNamespace, SpecPipeline.RuntimeParts(withMock)));
        return new EmitResult(sdk.Files.Concat(runtime.Files).ToEquatableArray(), sdk.Diagnostics.Concat(runtime.Diagnostics).ToEquatableArray());
    }

    /// <summary>The emitted files compiled strictly, beside a consumer file, as the generator's output would be.</summary>
    public static Compilation Compile(EmitResult emitted)
    {
        var options = GeneratorHarness.LatestParseOptions;
        var compilation = Compilations.Create(options, emitted.Files.Select(f => f.Source).Prepend("namespace Consumer { internal static class Placeholder { } }").ToArray());
        var problems = Compilations.Problems(compilation, options);
        Assert.True(problems.Count == 0, "Generated code does not compile cleanly:\n" + Compilations.Describe(problems));
        return compilation;
    }

    private sealed class StartLocator : ISourceLocator
    {
        public SourcePosition Locate(string jsonPointer) => SourcePosition.Start;
    }
}
