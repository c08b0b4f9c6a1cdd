using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SpecForge.Core.Collections;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Documentation;
using SpecForge.Core.Documentation.Readers;
using SpecForge.Core.Documentation.Writing;
using SpecForge.Core.Emitting;
using SpecForge.Core.Emitting.Artifacts;
using SpecForge.Core.Emitting.Planning;
using SpecForge.Core.Emitting.Runtime;
using SpecForge.Core.Modeling;
using SpecForge.Core.Reading;

namespace SpecForge.Core;

/// <summary>The result of reading and modeling one spec: the model (null when nothing usable was read) and the diagnostics.</summary>
public sealed record SpecParseResult(ApiModel? Model, EquatableArray<SpecDiagnostic> Diagnostics);

/// <summary>The result of planning one model: its units (none when planning failed) and the diagnostics.</summary>
public sealed record PlanResult(EquatableArray<EmitUnit> Units, EquatableArray<SpecDiagnostic> Diagnostics);

/// <summary>The result of emitting one model: the files and the diagnostics.</summary>
public sealed record EmitResult(EquatableArray<GeneratedFile> Files, EquatableArray<SpecDiagnostic> Diagnostics);

/// <summary>
/// The two stages the generator and the CLI share. Neither ever throws (cancellation aside):
/// an unexpected exception becomes SF9999, because a crashing generator breaks the user's whole build.
/// </summary>
public static class SpecPipeline
{
    /// <summary>Reads and models <paramref name="input"/>.</summary>
    public static SpecParseResult Parse(SpecInput input, CancellationToken cancellationToken = default) =>
        Parse(input, includeSpecJson: false, cancellationToken);

    /// <summary>
    /// Reads and models <paramref name="input"/>; with <paramref name="includeSpecJson"/> the model also carries the
    /// normalized OpenAPI 3.1 JSON a mock needs (<see cref="ApiModel.SpecJson"/>), which costs time on large specs.
    /// </summary>
    public static SpecParseResult Parse(SpecInput input, bool includeSpecJson, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<SpecDiagnostic>();
        try
        {
            string? normalizedJson = null;
            var read = IsDocumentation(input)
                ? ReadDocumentation(input, diagnostics, out normalizedJson)
                : OpenApiReader.Read(input.Path, input.Text, input.Operations, input.Files);
            diagnostics.AddRange(read.Diagnostics);
            cancellationToken.ThrowIfCancellationRequested();
            if (read.Document is null)
            {
                return new SpecParseResult(null, diagnostics.ToEquatableArray());
            }

            var model = ApiModelBuilder.Build(read.Document, input.Path, read.Locator, input.Namespace, input.ClientName, ReservedTypeNames(input), diagnostics, input.RuntimeNamespace, input.DatesAsDateTime)
                with { EmitValidators = input.Validators, EmitClient = input.Client, IsInternal = input.IsInternal };
            if (includeSpecJson)
            {
                // The normalized JSON holds every operation; a filtered document is written from what was kept.
                var specJson = (input.Operations.KeepsAll ? normalizedJson : null) ?? SpecJson.Write(read.Document);

                // Documentation carries the positions it was normalized from, which must not reach generated code.
                model = model with { SpecJson = normalizedJson is null ? specJson : SpecJson.WithoutSources(specJson), HasMock = true };
            }

            return new SpecParseResult(model, diagnostics.ToEquatableArray());
        }
        catch (Exception ex) when (ProcessingSite.IsUnexpected(ex, out var site))
        {
            diagnostics.Add(InternalError(ex, input.Path, site));
            return new SpecParseResult(null, diagnostics.ToEquatableArray());
        }
    }

    // What the artifacts declare, and what the user's templates say they declare besides.
    private static IEnumerable<string> ReservedTypeNames(SpecInput input) =>
        ArtifactTypeNames.For(input.ClientName).Concat(input.ReservedTypeNames.Select(name => TemplateReservations.ForClient(name, input.ClientName)));

    // A .json/.yaml file is OpenAPI (its reader explains what is wrong with it); anything else that is not OpenAPI is
    // documentation for the normalizer, which reports a kind it does not know. Companions need the normalizer too.
    private static bool IsDocumentation(SpecInput input) =>
        !input.Companions.IsEmpty
        || (SpecFormats.FromPath(input.Path) == SpecFormat.Unsupported && DocumentKinds.Detect(input.Path, input.Text) != DocumentKind.OpenApi);

    private static OpenApiReadResult ReadDocumentation(SpecInput input, List<SpecDiagnostic> diagnostics, out string? normalizedJson)
    {
        var documents = new[] { new DocumentInput(input.Path, input.Text) }
            .Concat(input.Companions.Select(c => new DocumentInput(c.Path, c.Text)))
            .ToList();
        var normalized = DocsNormalizer.Normalize(documents);
        diagnostics.AddRange(normalized.Diagnostics);
        normalizedJson = normalized.Json;

        // The normalized document is valid by construction; whatever the reader still says is about it, so it is
        // reported against the documentation file that produced it.
        if (normalized.Json is null)
        {
            return new OpenApiReadResult(null, new FixedSourceLocator(SourcePosition.Start), Array.Empty<SpecDiagnostic>());
        }

        var read = OpenApiReader.Read(input.Path + ".normalized.json", normalized.Json, input.Operations);

        // A pattern is about the documentation the user wrote, not the normalized file nobody sees.
        var diagnosticsInDocs = read.Diagnostics
            .Select(d => d.Id == DiagnosticCatalog.OperationPatternUnmatched ? d with { FilePath = input.Path, Line = 1, Column = 1 } : d)
            .ToList();
        return new OpenApiReadResult(read.Document, read.Locator, diagnosticsInDocs);
    }


    /// <summary>
    /// Renders every artifact of <paramref name="model"/> with the templates in force, unit by unit
    /// (<see cref="EmitPlanner"/>), its mock too when the model carries the spec's JSON (the CLI; the generator renders
    /// each unit as a pipeline item of its own through <see cref="EmitUnit"/>, and the mock through <see cref="EmitMock"/>).
    /// </summary>
    public static EmitResult Emit(ApiModel model, EquatableArray<TemplateOverride> templateOverrides, EmitOptions options, CancellationToken cancellationToken = default) =>
        Render(model.ClientName, model.SourcePath, templateOverrides, reportOverrideProblems: true, options.NullableWarnings, cancellationToken, (templates, add) =>
        {
            foreach (var unit in EmitPlanner.Plan(model))
            {
                UnitEmitter.Emit(unit, templates, options, add);
            }

            if (MockSpec.Of(model) is { } mock)
            {
                MockEmitter.Emit(mock, templates, options, add);
            }
        });

    /// <summary>Cuts <paramref name="model"/> into the units its files are rendered from; a failure is SF9999 and no units.</summary>
    public static PlanResult Plan(ApiModel model, CancellationToken cancellationToken = default)
    {
        try
        {
            var units = EmitPlanner.Plan(model);
            cancellationToken.ThrowIfCancellationRequested();
            return new PlanResult(units, EquatableArray<SpecDiagnostic>.Empty);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new PlanResult(EquatableArray<EmitUnit>.Empty, new[] { InternalError(ex, model.SourcePath) }.ToEquatableArray());
        }
    }

    /// <summary>
    /// Renders one unit of a spec's output. Override problems are reported once for the compilation
    /// (<see cref="TemplateDiagnostics"/>) and long file names once per spec (<see cref="FileNameDiagnostics"/>).
    /// </summary>
    public static EmitResult EmitUnit(EmitUnit unit, EquatableArray<TemplateOverride> templateOverrides, EmitOptions options, CancellationToken cancellationToken = default) =>
        Render(unit.Model.ClientName, unit.Model.SourcePath, templateOverrides, reportOverrideProblems: false, options.NullableWarnings, cancellationToken, (templates, add) => UnitEmitter.Emit(unit, templates, options, add), reportShortenedNames: false);

    /// <summary>What is wrong with the user's template overrides themselves (not with what they render).</summary>
    public static EquatableArray<SpecDiagnostic> TemplateDiagnostics(EquatableArray<TemplateOverride> templateOverrides)
    {
        try
        {
            return TemplateSet.For(templateOverrides).Diagnostics.ToEquatableArray();
        }
        catch (Exception ex) when (ProcessingSite.IsUnexpected(ex, out var site))
        {
            return new[] { InternalError(ex, templateOverrides.Count > 0 ? templateOverrides[0].FilePath : "templates", site) }.ToEquatableArray();
        }
    }

    /// <summary>The warning that some of <paramref name="model"/>'s file names had to be shortened, or nothing.</summary>
    public static EquatableArray<SpecDiagnostic> FileNameDiagnostics(ApiModel model, EmitOptions options)
    {
        var hintNames = new HintNames();
        foreach (var name in EmitPlanner.HintNames(model, options))
        {
            hintNames.Fit(name);
        }

        return hintNames.Shortened.Count == 0
            ? EquatableArray<SpecDiagnostic>.Empty
            : new[] { Shortened(hintNames, model.ClientName) }.ToEquatableArray();
    }

    /// <summary>
    /// Renders the mock of one spec from its own value, so the SDK's files do not wait on (or compare) the spec's JSON
    /// and the mock's are rendered again only when that JSON changes. Override problems are reported by
    /// <see cref="Emit"/>, which always runs beside it.
    /// </summary>
    public static EmitResult EmitMock(MockSpec spec, EquatableArray<TemplateOverride> templateOverrides, EmitOptions options, CancellationToken cancellationToken = default) =>
        Render(spec.ClientName, spec.ClientName, templateOverrides, reportOverrideProblems: false, options.NullableWarnings, cancellationToken, (templates, add) => MockEmitter.Emit(spec, templates, options, add));

    private static EmitResult Render(
        string clientName,
        string sourcePath,
        EquatableArray<TemplateOverride> templateOverrides,
        bool reportOverrideProblems,
        bool nullableWarnings,
        CancellationToken cancellationToken,
        Action<TemplateSet, AddSource> emit,
        bool reportShortenedNames = true)
    {
        var files = new List<GeneratedFile>();
        var diagnostics = new List<SpecDiagnostic>();
        try
        {
            var templates = nullableWarnings ? TemplateSet.For(templateOverrides) : TemplateSet.For(templateOverrides).AnnotationsOnly;
            if (reportOverrideProblems)
            {
                diagnostics.AddRange(templates.Diagnostics);
            }

            var hintNames = new HintNames();
            var assembler = new FileAssembler();
            emit(templates, (hintName, source) =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                assembler.Add(hintName, source);
            });

            foreach (var (hintName, source) in assembler.Files())
            {
                var fileName = hintNames.Fit(hintName);
                files.Add(new GeneratedFile(fileName, Guarded(fileName, source, diagnostics)));
            }

            if (reportShortenedNames && hintNames.Shortened.Count > 0)
            {
                diagnostics.Add(Shortened(hintNames, clientName));
            }
        }
        catch (TemplateRenderException ex)
        {
            diagnostics.Add(SpecDiagnostic.Create(
                DiagnosticCatalog.TemplateRenderError,
                $"Template failed while rendering: {ex.Message}",
                ex.FilePath,
                ex.Position.Line,
                ex.Position.Column));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            diagnostics.Add(InternalError(ex, sourcePath));
        }

        return new EmitResult(files.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static SpecDiagnostic Shortened(HintNames hintNames, string clientName) => SpecDiagnostic.Create(
        DiagnosticCatalog.FileNameShortened,
        $"{hintNames.Shortened.Count} generated file names are longer than file systems accept ({NameLimits.FileNameBytes} bytes), e.g. '{hintNames.Shortened[0]}'; they end in a hash instead. A shorter ClientName than '{clientName}' may keep them whole.",
        clientName);

    // Defense in depth: a character SourceGuard forbids can only come from a spec through an escaping gap, so it is
    // neutralized and reported as SpecForge's bug (fuzzers look for SF9999) rather than left to inject code.
    private static string Guarded(string fileName, string source, List<SpecDiagnostic> diagnostics)
    {
        var first = SourceGuard.FindForbidden(source);
        if (first < 0)
        {
            return source;
        }

        diagnostics.Add(SpecDiagnostic.Create(
            DiagnosticCatalog.InternalError,
            $"SpecForge failed to escape U+{(int)source[first]:X4} at line {SourceGuard.LineOf(source, first)} of '{fileName}'; every such character in the file is written as a \\u escape instead. Please report this with the spec.",
            fileName,
            SourceGuard.LineOf(source, first),
            1));
        return SourceGuard.Neutralize(source, first);
    }

    /// <summary>
    /// The runtime parts <paramref name="model"/>'s generated code calls: the JSON codec always, the enums' converters
    /// with an enum, the transport with a client, the checks with validators, the engine with a mock.
    /// </summary>
    public static EquatableArray<string> RuntimeParts(ApiModel model)
    {
        var parts = new List<string> { RuntimePart.Json };
        if (model.Enums.Count > 0 || (model.EmitClient && model.ServerVariables.Any(v => v.Enum is not null)))
        {
            parts.Add(RuntimePart.Enums);
        }

        if (model.EmitClient)
        {
            parts.Add(RuntimePart.Client);
            if (model.Operations.Any(o => Emitting.Artifacts.OperationTemplateBuilder.PagedItemType(o) is not null))
            {
                parts.Add(RuntimePart.Paging);
            }
        }

        if (model.EmitValidators)
        {
            parts.Add(RuntimePart.Validation);
            if (PatternUse.In(model))
            {
                parts.Add(RuntimePart.Patterns);
            }
        }

        if (model.HasMock)
        {
            parts.Add(RuntimePart.Mocking);
        }

        return parts.ToEquatableArray();
    }

    /// <summary>
    /// Emits the runtime every SDK of a compilation shares, once: the parts any of them needs, in the compilation's
    /// runtime namespace. Never throws; a failure is SF9999.
    /// </summary>
    public static EmitResult EmitRuntime(RuntimeRequest request, CancellationToken cancellationToken = default)
    {
        var files = new List<GeneratedFile>();
        var diagnostics = new List<SpecDiagnostic>();
        try
        {
            RuntimeEmitter.Emit(request, (hintName, source) =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                files.Add(new GeneratedFile(hintName, source));
            });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            diagnostics.Add(InternalError(ex, request.Namespace));
        }

        return new EmitResult(files.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>Parses and emits in one go, as the CLI does.</summary>
    /// <remarks>
    /// The one SDK is the whole output, so its runtime comes with it, unless <paramref name="withRuntime"/> is false
    /// (the SDK calls the SpecForge.Runtime package; <see cref="SpecInput.RuntimeNamespace"/> is then its namespace).
    /// </remarks>
    public static (SpecParseResult Parse, EmitResult? Emit) Run(SpecInput input, EquatableArray<TemplateOverride> templateOverrides, EmitOptions options, bool withRuntime = true)
    {
        input = input with { ReservedTypeNames = TemplateReservations.In(templateOverrides) };
        var parsed = Parse(input, includeSpecJson: input.Mock == true);
        if (parsed.Model is not { } model)
        {
            return (parsed, null);
        }

        var sdk = Emit(model, templateOverrides, options);
        if (!withRuntime)
        {
            return (parsed, sdk);
        }

        var runtime = EmitRuntime(new RuntimeRequest(model.RuntimeNamespace, RuntimeParts(model)) { IsPublic = !model.IsInternal, Uses = RuntimeTrimmer.UsesIn(sdk.Files), NullableWarnings = options.NullableWarnings });
        return (parsed, new EmitResult(sdk.Files.Concat(runtime.Files).ToEquatableArray(), sdk.Diagnostics.Concat(runtime.Diagnostics).ToEquatableArray()));
    }

    /// <summary>True when any diagnostic is an error.</summary>
    public static bool HasErrors(IEnumerable<SpecDiagnostic> diagnostics) => diagnostics.Any(d => d.Severity == SpecSeverity.Error);

    /// <summary>
    /// SF9999 for an exception that escaped SpecForge, at the element being processed when it was thrown (else the
    /// start of <paramref name="filePath"/>), with its first stack frame so a bug report can be acted on.
    /// </summary>
    internal static SpecDiagnostic InternalError(Exception ex, string filePath, (string FilePath, SourcePosition Position, string What)? site = null)
    {
        var frame = ex.StackTrace?.Split('\n').FirstOrDefault()?.Trim();
        var where = site is { } known ? $" while processing {known.What}" : string.Empty;
        var position = site?.Position ?? SourcePosition.Start;
        return SpecDiagnostic.Create(
            DiagnosticCatalog.InternalError,
            $"SpecForge failed unexpectedly{where}: {ex.GetType().Name}: {ex.Message} {frame}",
            site?.FilePath ?? filePath,
            position.Line,
            position.Column);
    }
}
