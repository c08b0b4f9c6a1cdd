using System;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecForge.Core;
using SpecForge.Core.Collections;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Emitting;
using SpecForge.Core.Reading.External;

namespace SpecForge.Generator;

/// <summary>Turns Roslyn's inputs into plain, equatable values at the very start of the pipeline.</summary>
internal static class GeneratorInputs
{
    public const string SpecKind = "Spec";
    public const string TemplateKind = "Template";
    public const string PartKind = "Part";

    public static bool IsKind((AdditionalText File, AnalyzerConfigOptionsProvider Options) pair, string kind) =>
        string.Equals(Metadata(pair, "SpecForgeKind"), kind, StringComparison.OrdinalIgnoreCase);

    public static SpecFile ToSpecFile((AdditionalText File, AnalyzerConfigOptionsProvider Options) pair, CancellationToken cancellationToken)
    {
        pair.Options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var rootNamespace);
        pair.Options.GlobalOptions.TryGetValue("build_property.SpecForgeRuntimeNamespace", out var runtimeNamespace);
        var text = pair.File.GetText(cancellationToken)?.ToString() ?? string.Empty;
        return new SpecFile(pair.File.Path, text, Metadata(pair, "Namespace"), Metadata(pair, "ClientName"), Metadata(pair, "Api"), rootNamespace)
        {
            Mock = ParseFlag(Metadata(pair, "Mock")),
            Validators = ParseFlag(Metadata(pair, "Validators")),
            Client = ParseFlag(Metadata(pair, "Client")),
            IsInternal = string.Equals(Metadata(pair, "Visibility")?.Trim(), "internal", StringComparison.OrdinalIgnoreCase),
            RuntimeNamespace = string.IsNullOrWhiteSpace(runtimeNamespace) ? null : runtimeNamespace,
            IncludeOperations = EditorConfigText.Decode(Metadata(pair, "SpecForgeIncludeOperations")),
            ExcludeOperations = EditorConfigText.Decode(Metadata(pair, "SpecForgeExcludeOperations")),
        };
    }

    /// <summary>A file that a multi-file spec under its folder may name: its path and text.</summary>
    public static SpecPart ToSpecPart((AdditionalText File, AnalyzerConfigOptionsProvider Options) pair, CancellationToken cancellationToken) =>
        new(pair.File.Path, pair.File.GetText(cancellationToken)?.ToString() ?? string.Empty);

    public static TemplateOverride ToTemplateOverride((AdditionalText File, AnalyzerConfigOptionsProvider Options) pair, CancellationToken cancellationToken) =>
        new(Path.GetFileName(pair.File.Path), pair.File.Path, pair.File.GetText(cancellationToken)?.ToString() ?? string.Empty);

    /// <summary>A spec that is not read because the target cannot compile its SDK: the reason, reported at the spec.</summary>
    public static SpecParseResult Unsupported(SpecInput input, Blocker blocker) =>
        new(null, new[] { SpecDiagnostic.Create(blocker.Id, blocker.Message, input.Path) }.ToEquatableArray());

    /// <summary>
    /// <c>&lt;SpecForgeNullableWarnings&gt;true&lt;/SpecForgeNullableWarnings&gt;</c>: generated files keep the whole
    /// nullable context, so the compiler checks their bodies too (slower builds; SpecForge's tests build this way).
    /// </summary>
    public static bool WantsNullableWarnings(AnalyzerConfigOptionsProvider options) =>
        IsTrue(options, "SpecForgeNullableWarnings");

    /// <summary>Whether the project sets the compiler-visible MSBuild property <paramref name="name"/> to true.</summary>
    public static bool IsTrue(AnalyzerConfigOptionsProvider options, string name) =>
        options.GlobalOptions.TryGetValue("build_property." + name, out var value)
        && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    public static bool CanUseDependencyInjection(Compilation compilation)
    {
        var hasContainer = false;
        var hasFactory = false;
        foreach (var assembly in compilation.ReferencedAssemblyNames)
        {
            hasContainer |= assembly.Name == "Microsoft.Extensions.DependencyInjection.Abstractions";
            hasFactory |= assembly.Name == "Microsoft.Extensions.Http";
        }

        return hasContainer && hasFactory;
    }

    /// <summary>
    /// The compilation references ASP.NET Core routing and HTTP abstractions: the mock is emitted by default and
    /// <c>Map&lt;Base&gt;Mock</c> can be.
    /// </summary>
    public static bool CanUseAspNetCore(Compilation compilation)
    {
        var hasRouting = false;
        var hasHttp = false;
        foreach (var assembly in compilation.ReferencedAssemblyNames)
        {
            hasRouting |= assembly.Name == "Microsoft.AspNetCore.Routing";
            hasHttp |= assembly.Name == "Microsoft.AspNetCore.Http.Abstractions";
        }

        return hasRouting && hasHttp;
    }

    /// <summary>Whether a spec gets a mock: its <c>Mock</c> metadata decides, else whether ASP.NET Core is referenced.</summary>
    public static bool WantsMock(SpecInput spec, bool canUseAspNetCore) => spec.Mock ?? canUseAspNetCore;

    // "true"/"false" in any case; anything else (or nothing) leaves the choice to the compilation.
    private static bool? ParseFlag(string? value) =>
        bool.TryParse(value?.Trim(), out var flag) ? flag : null;

    private static string? Metadata((AdditionalText File, AnalyzerConfigOptionsProvider Options) pair, string name) =>
        pair.Options.GetOptions(pair.File).TryGetValue("build_metadata.AdditionalFiles." + name, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value
            : null;
}
