using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecForge.Core;
using SpecForge.Core.Collections;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Emitting;
using SpecForge.Core.Emitting.Runtime;

namespace SpecForge.Generator;

/// <summary>
/// The Roslyn shell around SpecForge.Core: it turns &lt;SpecForgeSpec&gt; and &lt;SpecForgeTemplate&gt; items into
/// generated C#. All the work is Core's; this class only wires the incremental pipeline.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SpecForgeGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Each additional file paired with its metadata; nothing is read from a file that is not SpecForge's.
        var files = context.AdditionalTextsProvider.Combine(context.AnalyzerConfigOptionsProvider);

        // The files of multi-file specs, each with the spec it belongs to (the props add a spec's folder).
        var parts = files
            .Where(static pair => GeneratorInputs.IsKind(pair, GeneratorInputs.PartKind))
            .Select(static (pair, token) => GeneratorInputs.ToSpecPart(pair, token))
            .Collect();

        // Each spec as a plain (path, text, names, parts) value; files sharing an Api name form one input.
        var specs = files
            .Where(static pair => GeneratorInputs.IsKind(pair, GeneratorInputs.SpecKind))
            .Select(static (pair, token) => GeneratorInputs.ToSpecFile(pair, token))
            .Collect()
            .Combine(parts)
            .SelectMany(static (all, _) => SpecGrouping.Group(all.Left, all.Right))
            .WithTrackingName(TrackingNames.SpecInputs);

        // What the target framework and language version give generated code: plain values, read once per compilation.
        var targetSupport = context.CompilationProvider
            .Select(static (compilation, _) => CompilationFacts.Read(compilation))
            .Combine(context.ParseOptionsProvider.Select(static (options, _) => TargetSupport.LacksDateOnly(options)))
            .Combine(context.AnalyzerConfigOptionsProvider.Select(static (options, _) => (TargetSupport.HasPolySharp(options), RuntimeChoice.Read(options))))
            .Select(static (input, _) => TargetSupport.Of(input.Left.Left, input.Left.Right, input.Right.Item1, input.Right.Item2))
            .WithTrackingName(TrackingNames.TargetSupport);

        // Whether the compilation references ASP.NET Core: a plain value, so a compilation edit that keeps it stops here.
        var canUseAspNetCore = context.CompilationProvider
            .Select(static (compilation, _) => GeneratorInputs.CanUseAspNetCore(compilation));

        // The user's template overrides, in a stable order so reordering items changes nothing.
        var templates = files
            .Where(static pair => GeneratorInputs.IsKind(pair, GeneratorInputs.TemplateKind))
            .Select(static (pair, token) => GeneratorInputs.ToTemplateOverride(pair, token))
            .Collect()
            .Select(static (items, _) => items.OrderBy(t => t.FilePath, StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(TrackingNames.Templates);

        // The type names the overrides declare, which modeling must not give a schema: a value of its own, so editing a
        // template's body leaves the specs' reading and modeling alone.
        var reservations = templates.Select(static (overrides, _) => TemplateReservations.In(overrides));

        // Reading and modeling, in their own step so a text edit that changes nothing meaningful stops at the model;
        // the normalized spec JSON only when a mock will be emitted, as it costs time on large specs.
        // A target that cannot compile an SDK gets one diagnostic per spec and no model, so nothing else is emitted.
        var parsed = specs
            .Combine(reservations)
            .Combine(targetSupport)
            .Combine(canUseAspNetCore)
            .Select(static (input, token) =>
            {
                var support = input.Left.Right;
                var spec = input.Left.Left.Left with { ReservedTypeNames = input.Left.Left.Right, DatesAsDateTime = support.DatesAsDateTime };
                if (support.UsesRuntimePackage)
                {
                    spec = spec with { RuntimeNamespace = RuntimeChoice.PackageName };
                }

                return support.Blocker is { } blocker
                    ? GeneratorInputs.Unsupported(spec, blocker)
                    : SpecPipeline.Parse(spec, GeneratorInputs.WantsMock(spec, input.Right), token);
            })
            .WithTrackingName(TrackingNames.Parse);

        // The model alone, without the spec's JSON (the mock's own value below): equal models mean nothing downstream
        // runs again, and comparing them does not compare megabytes of JSON.
        var models = parsed
            .Select(static (result, _) => result.Model is { } model ? model with { SpecJson = null } : null)
            .WithTrackingName(TrackingNames.Model);

        var mockSpecs = parsed
            .Select(static (result, _) => result.Model is { } model ? MockSpec.Of(model) : null)
            .WithTrackingName(TrackingNames.MockSpec);

        // Reading and modeling diagnostics, reported on their own output.
        var parseDiagnostics = parsed
            .Select(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.ParseDiagnostics);
        context.RegisterSourceOutput(parseDiagnostics, static (output, diagnostics) => DiagnosticReporter.Report(output, diagnostics));

        // What the consumer's language version allows (C# 11 required members), whether it references what the
        // dependency-injection extension needs, and whether ASP.NET Core routing is there for the mock endpoints;
        // all plain values, so a compilation edit that changes none stops here.
        var canUseDependencyInjection = context.CompilationProvider
            .Select(static (compilation, _) => GeneratorInputs.CanUseDependencyInjection(compilation));
        var nullableWarnings = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => GeneratorInputs.WantsNullableWarnings(options));
        var emitOptions = targetSupport
            .Combine(canUseDependencyInjection)
            .Combine(canUseAspNetCore)
            .Combine(nullableWarnings)
            .Select(static (input, _) => new EmitOptions(UseRequiredMembers: input.Left.Left.Left.HasRequiredMembers)
            {
                EmitDependencyInjection = input.Left.Left.Right,
                EmitMockEndpoints = input.Left.Right,
                NullableWarnings = input.Right,
            })
            .WithTrackingName(TrackingNames.EmitOptions);

        // Each model cut into units (a record's file, an enum's, the client's files, the codec), each a pipeline item
        // holding only its slice of the model: an edit to one schema renders that schema's file again, not all of them.
        var plans = models
            .Where(static model => model is not null)
            .Select(static (model, token) => SpecPipeline.Plan(model!, token))
            .WithTrackingName(TrackingNames.Plan);
        var units = plans
            .SelectMany(static (plan, _) => plan.Units)
            .WithTrackingName(TrackingNames.Units);
        var emitted = units
            .Combine(templates)
            .Combine(emitOptions)
            .Select(static (input, token) => SpecPipeline.EmitUnit(input.Left.Left, input.Left.Right, input.Right, token))
            .WithTrackingName(TrackingNames.Emit);

        // Adding the files; a failure here must not take the build down.
        context.RegisterSourceOutput(emitted.Select(static (result, _) => result.Files), static (output, files) => AddFiles(output, files));

        // What rendering reported, once: a template that fails fails the same way in every unit that renders it.
        var emitDiagnostics = emitted
            .Select(static (result, _) => result.Diagnostics)
            .Collect()
            .Select(static (all, _) => all.SelectMany(d => d).Distinct().ToEquatableArray())
            .WithTrackingName(TrackingNames.EmitDiagnostics);
        context.RegisterSourceOutput(emitDiagnostics, static (output, diagnostics) => DiagnosticReporter.Report(output, diagnostics));

        // What planning found, the file names that had to be shortened (once per spec) and the overrides' own problems
        // (once per compilation).
        context.RegisterSourceOutput(plans.Select(static (plan, _) => plan.Diagnostics), static (output, diagnostics) => DiagnosticReporter.Report(output, diagnostics));
        var fileNameDiagnostics = models
            .Where(static model => model is not null)
            .Combine(emitOptions)
            .Select(static (input, _) => SpecPipeline.FileNameDiagnostics(input.Left!, input.Right));
        context.RegisterSourceOutput(fileNameDiagnostics, static (output, diagnostics) => DiagnosticReporter.Report(output, diagnostics));
        context.RegisterSourceOutput(templates.Select(static (overrides, _) => SpecPipeline.TemplateDiagnostics(overrides)), static (output, diagnostics) => DiagnosticReporter.Report(output, diagnostics));

        // The mock, rendered again only when its spec JSON, the templates or the options change.
        var emittedMocks = mockSpecs
            .Where(static spec => spec is not null)
            .Combine(templates)
            .Combine(emitOptions)
            .Select(static (input, token) => SpecPipeline.EmitMock(input.Left.Left!, input.Left.Right, input.Right, token))
            .WithTrackingName(TrackingNames.EmitMock);
        context.RegisterSourceOutput(emittedMocks, static (output, result) => AddSources(output, result));

        // The runtime names each unit and mock mentions, read where it was rendered: a plain value per item, so an edit
        // that names nothing new of the runtime stops at the union below. Nothing is read when no runtime source is
        // trimmed (the SDKs call the package, or the project asked for the parts whole): the text is megabytes.
        var trimsRuntime = targetSupport.Select(static (support, _) => support.TrimsRuntime && !support.UsesRuntimePackage);
        var runtimeUses = emitted
            .Combine(trimsRuntime)
            .Select(static (input, _) => UsesWhenTrimmed(input.Left, input.Right))
            .Collect()
            .Combine(emittedMocks.Combine(trimsRuntime).Select(static (input, _) => UsesWhenTrimmed(input.Left, input.Right)).Collect())
            .Select(static (all, _) => all.Left.Concat(all.Right).SelectMany(uses => uses).Distinct(StringComparer.Ordinal).OrderBy(name => name, StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(TrackingNames.RuntimeUses);

        // The runtime every SDK shares, once per compilation: what the generated code reaches of the parts any model
        // calls, in the runtime namespace; none when the SDKs call the SpecForge.Runtime package.
        var runtime = models
            .Combine(targetSupport.Select(static (support, _) => support.UsesRuntimePackage))
            .Where(static input => input.Left is not null && !input.Right)
            .Select(static (input, _) => input.Left)
            .Combine(nullableWarnings)
            .Select(static (input, _) => new RuntimeRequest(input.Left!.RuntimeNamespace, SpecPipeline.RuntimeParts(input.Left)) { IsPublic = !input.Left.IsInternal, NullableWarnings = input.Right })
            .Collect()
            .Combine(runtimeUses.Combine(trimsRuntime).Select(static (input, _) => input.Right ? input.Left : (EquatableArray<string>?)null))
            .SelectMany(static (input, _) => RuntimeRequest.Merge(input.Left.Select(request => request with { Uses = input.Right })))
            .Select(static (request, token) => SpecPipeline.EmitRuntime(request, token))
            .WithTrackingName(TrackingNames.Runtime);
        context.RegisterSourceOutput(runtime, static (output, result) => AddSources(output, result));

        // The marker type records need, once, where the framework lacks it and no polyfill package gives it.
        var needsPolyfill = models
            .Collect()
            .Combine(targetSupport)
            .Select(static (input, _) => input.Right.NeedsIsExternalInit && input.Left.Any(model => model is not null));
        context.RegisterSourceOutput(needsPolyfill, static (output, needed) =>
        {
            if (needed)
            {
                output.AddSource(Polyfills.IsExternalInit.HintName, Polyfills.IsExternalInit.Source);
            }
        });
    }

    // The runtime names a unit or mock mentions, or none when nothing is trimmed (the scan reads megabytes).
    private static EquatableArray<string> UsesWhenTrimmed(EmitResult result, bool trims) =>
        trims ? RuntimeTrimmer.UsesIn(result.Files) : EquatableArray<string>.Empty;

    private static void AddSources(SourceProductionContext output, EmitResult result)
    {
        DiagnosticReporter.Report(output, result.Diagnostics);
        AddFiles(output, result.Files);
    }

    private static void AddFiles(SourceProductionContext output, EquatableArray<GeneratedFile> files)
    {
        foreach (var file in files)
        {
            try
            {
                output.AddSource(file.HintName, file.Source);
            }
            catch (ArgumentException ex)
            {
                // Two specs with the same client name produce the same hint names.
                output.ReportDiagnostic(DiagnosticReporter.ToRoslyn(SpecDiagnostic.Create(
                    DiagnosticCatalog.InternalError,
                    $"Could not add '{file.HintName}': {ex.Message} Give each <SpecForgeSpec> its own ClientName.",
                    file.HintName)));
            }
        }
    }
}
