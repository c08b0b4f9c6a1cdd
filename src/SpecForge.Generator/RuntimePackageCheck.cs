using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecForge.Core;
using SpecForge.Core.Diagnostics;

namespace SpecForge.Generator;

/// <summary>The SpecForge.Runtime assembly a compilation references: its version and whether its build has <c>DateOnly</c>.</summary>
internal sealed record ReferencedRuntime(Version Version, bool HasDateOnly)
{
    public static ReferencedRuntime? In(Compilation compilation)
    {
        var exception = compilation.GetTypesByMetadataName(RuntimeChoice.PackageName + ".ApiException")
            .FirstOrDefault(type => !SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly)
                && type.ContainingAssembly.Identity.Name == RuntimeChoice.PackageName
                && type.DeclaredAccessibility == Accessibility.Public);
        if (exception is null)
        {
            return null;
        }

        var codec = exception.ContainingAssembly.GetTypeByMetadataName(RuntimeChoice.PackageName + ".Client.JsonCodec");
        var hasDateOnly = codec?.GetMembers("ReadDate").OfType<IMethodSymbol>()
            .Any(method => method.ReturnType.ToDisplayString() == "System.DateOnly") ?? false;
        return new ReferencedRuntime(exception.ContainingAssembly.Identity.Version, hasDateOnly);
    }
}

/// <summary>Whether a project that chose the runtime package can use the one it references.</summary>
internal static class RuntimePackageCheck
{
    // The generator and the package come from one build: the SDK calls helpers by their exact signatures.
    private static readonly Version GeneratorVersion = typeof(SpecPipeline).Assembly.GetName().Version ?? new Version(0, 0);

    private static string Expected => $"<PackageReference Include=\"{RuntimeChoice.PackageName}\" Version=\"{GeneratorVersion.ToString(3)}\" />";

    /// <summary>Null when the runtime is emitted as source, or when the package is referenced at the generator's version.</summary>
    public static Blocker? Blocker(RuntimeChoice choice, ReferencedRuntime? referenced)
    {
        if (choice.Unrecognized is { } value)
        {
            return new Blocker(DiagnosticCatalog.RuntimePackageUnusable,
                $"<SpecForgeRuntime> is '{value}'; it takes Source (the default: the runtime is emitted into this project) or Package "
                + $"(the SDKs call the {RuntimeChoice.PackageName} package, which the project then references).");
        }

        if (!choice.UsesPackage)
        {
            return null;
        }

        if (referenced is null)
        {
            return new Blocker(DiagnosticCatalog.RuntimePackageUnusable,
                $"<SpecForgeRuntime>Package</SpecForgeRuntime> makes the SDKs call the {RuntimeChoice.PackageName} package, and this "
                + $"project does not reference it. Add {Expected} to the project, or remove <SpecForgeRuntime> to emit the runtime as source.");
        }

        return referenced.Version == GeneratorVersion
            ? null
            : new Blocker(DiagnosticCatalog.RuntimePackageUnusable,
                $"The project references {RuntimeChoice.PackageName} {referenced.Version.ToString(3)}, and the SpecForge generator is "
                + $"{GeneratorVersion.ToString(3)}: generated code calls the runtime of its own release. Use {Expected}.");
    }
}
