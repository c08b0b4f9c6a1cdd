using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecForge.Core.Diagnostics;

namespace SpecForge.Generator;

/// <summary>
/// What the consumer's compilation gives generated code (language version, framework types, polyfills) as plain
/// values: netstandard2.0 and .NET Framework lack several of them.
/// </summary>
/// <param name="Blocker">Why no SDK can compile here and what to change, or null; nothing is generated while it is set.</param>
/// <param name="DatesAsDateTime">No <c>DateOnly</c>: the runtime's sources choose the same with <c>NET6_0_OR_GREATER</c>.</param>
/// <param name="HasRequiredMembers">C# 11 and the attributes <c>required</c> members need (from the framework or PolySharp).</param>
/// <param name="NeedsIsExternalInit">Records and init accessors need a marker type that neither the framework nor PolySharp gives.</param>
/// <param name="UsesRuntimePackage">The SDKs call the referenced SpecForge.Runtime package; no runtime source is emitted.</param>
internal sealed record TargetSupport(Blocker? Blocker, bool DatesAsDateTime, bool HasRequiredMembers, bool NeedsIsExternalInit, bool UsesRuntimePackage = false)
{
    /// <summary>The emitted runtime holds only what the SDKs reach (<see cref="RuntimeChoice.TrimsSource"/>).</summary>
    public bool TrimsRuntime { get; init; } = true;

    public const LanguageVersion MinimumLanguageVersion = LanguageVersion.CSharp9;

    /// <remarks>
    /// With the runtime package, dates follow the build of it the project references rather than the project's own
    /// symbols: a net6.0 project gets the package's netstandard2.0 build, which has no <c>DateOnly</c> methods.
    /// </remarks>
    public static TargetSupport Of(CompilationFacts facts, bool lacksDateOnly, bool hasPolySharp, RuntimeChoice runtime) => new(
        facts.Blocker ?? RuntimePackageCheck.Blocker(runtime, facts.RuntimePackage),
        runtime.UsesPackage && facts.RuntimePackage is { } package ? !package.HasDateOnly : lacksDateOnly,
        facts.LanguageVersion >= LanguageVersion.CSharp11 && (hasPolySharp || facts.HasRequiredMemberAttributes),
        !hasPolySharp && !facts.HasIsExternalInit,
        runtime.UsesPackage)
    {
        TrimsRuntime = runtime.TrimsSource,
    };

    /// <summary>The runtime's sources take their pre-.NET 6 paths exactly when this symbol is missing; so do the models.</summary>
    public static bool LacksDateOnly(ParseOptions options) => !options.PreprocessorSymbolNames.Contains("NET6_0_OR_GREATER");

    /// <summary>
    /// PolySharp declares its polyfills from a source generator, which is not in the compilation another generator
    /// sees, so the props tell whether the project references it.
    /// </summary>
    public static bool HasPolySharp(AnalyzerConfigOptionsProvider options) =>
        GeneratorInputs.IsTrue(options, "SpecForgeHasPolySharp");
}

/// <summary>What the compilation itself holds, read without keeping the compilation.</summary>
internal sealed record CompilationFacts(LanguageVersion LanguageVersion, Blocker? Blocker, bool HasRequiredMemberAttributes, bool HasIsExternalInit)
{
    /// <summary>The SpecForge.Runtime assembly the compilation references, or null.</summary>
    public ReferencedRuntime? RuntimePackage { get; init; }

    public static CompilationFacts Read(Compilation compilation)
    {
        var language = (compilation as CSharpCompilation)?.LanguageVersion ?? LanguageVersion.Latest;
        return new CompilationFacts(
            language,
            BlockerIn(compilation, language),
            Has(compilation, "System.Runtime.CompilerServices.RequiredMemberAttribute")
                && Has(compilation, "System.Runtime.CompilerServices.CompilerFeatureRequiredAttribute")
                && Has(compilation, "System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute"),
            Has(compilation, "System.Runtime.CompilerServices.IsExternalInit"))
        {
            RuntimePackage = ReferencedRuntime.In(compilation),
        };
    }

    private static Blocker? BlockerIn(Compilation compilation, LanguageVersion language)
    {
        if (language < TargetSupport.MinimumLanguageVersion)
        {
            return new Blocker(DiagnosticCatalog.TargetNotSupported, $"SpecForge generates C# 9 (records and init accessors), and this project compiles C# {language.ToDisplayString()}, "
                + "the default for netstandard2.0 and .NET Framework. Set <LangVersion>9.0</LangVersion> or later (latest works: "
                + "the compiler, not the target framework, decides it) in the project file.");
        }

        if (!Has(compilation, "System.Text.Json.Utf8JsonReader"))
        {
            return new Blocker(DiagnosticCatalog.TargetNotSupported, "The generated SDK reads and writes JSON with System.Text.Json, which this target framework does not include "
                + "(netstandard2.0 and .NET Framework do not). Add <PackageReference Include=\"System.Text.Json\" Version=\"10.0.0\" /> to the project.");
        }

        return null;
    }

    // Declared in the compilation or in a reference it can see: an internal polyfill inside another assembly does not count.
    private static bool Has(Compilation compilation, string metadataName) =>
        compilation.GetTypesByMetadataName(metadataName).Any(type => compilation.IsSymbolAccessibleWithin(type, compilation.Assembly));
}

/// <summary>Why no SDK is generated: the diagnostic's id and a message that names the fix.</summary>
internal sealed record Blocker(string Id, string Message);
